import { tr } from '../../plugins/i18n';
// What to tell a liaison before the task goes to review, and the 开始 step's place: pure.

export interface EvidenceRequirementView {
  code: string;
  text: string;
}

/**
 * Whether to show the liaison, before `action`, which requirements still have no evidence: the
 * task's workflow says so per transition (`checksEvidence`, declared or taken from a `hasEvidence`
 * guard, as on 提交 and 重新提交). The guard itself may ask only for some evidence
 * (`hasEvidence: any`), so a missing requirement is a question, not a refusal.
 */
export function checksEvidenceBefore(action: { readonly checksEvidence?: boolean | null } | undefined): boolean {
  return action?.checksEvidence === true;
}

/**
 * The task workflow's 开始 (待开始 → 进行中). A first upload fires it for the liaison: uploading is
 * starting the work, so nobody has to find and press a separate button first.
 */
export const START_EVENT = 'start';

/** The requirements with no evidence yet, in the indicator's order. */
export function requirementsWithoutEvidence(requirements: readonly EvidenceRequirementView[], countByRequirement: Readonly<Record<string, number>>): EvidenceRequirementView[] {
  return requirements.filter((r) => !(countByRequirement[r.code] ?? 0));
}

const GIST = 30;

/** The confirmation shown before submitting with gaps; null when every requirement has evidence. */
export function missingEvidenceMessage(missing: readonly EvidenceRequirementView[], action: string): string | null {
  if (!missing.length) return null;
  // A requirement's text can run to a paragraph: its opening is enough to recognise it.
  const lines = missing.map((r) => `${r.code} ${r.text.length > GIST ? `${r.text.slice(0, GIST)}…` : r.text}`);
  return tr('task.missingEvidence', { lines: lines.join('\n'), action }, missing.length);
}
