import { tr } from '../plugins/i18n';
import { formatDateTime } from './chinese-date';

// How the campaign's elective choices (选做) show wherever its indicator tree is: the group's
// line (选做：已选 2 项（任选2项） · 张三 2026年12月5日 10:30 选定) and an option's mark (已选 / 未选).
// The API words the choice (one wording for screens and exports); these only lay it out.

/** The API's ElectiveChoiceSummary, the fields the screens show. */
export interface ElectiveChoiceView {
  text: string;
  decided: boolean;
  chosenBy?: string | null;
  chosenAt?: string | null;
}

/** The group's line: its wording, then who chose and when once a choice is made. */
export function electiveChoiceLine(choice: ElectiveChoiceView | null | undefined): string | null {
  if (!choice) return null;
  if (!choice.decided || !choice.chosenBy) return choice.text;
  return tr('domain.elective.chosenBy', { text: choice.text, who: choice.chosenBy, when: formatDateTime(choice.chosenAt ?? null) });
}

/** An option's mark: 已选, 未选 (greyed, counts nothing), or none while the group is not decided. */
export type ElectiveOptionMark = 'chosen' | 'unchosen' | null;

export function electiveOptionMark(chosen: boolean | null | undefined): ElectiveOptionMark {
  if (chosen === true) return 'chosen';
  if (chosen === false) return 'unchosen';
  return null;
}

export const ELECTIVE_OPTION_LABELS: Readonly<Record<'chosen' | 'unchosen', string>> = {
  get chosen() {
    return tr('domain.elective.chosen');
  },
  get unchosen() {
    return tr('domain.elective.unchosen');
  },
};
