import { type ElectiveChoiceSummaryModel, toElectiveChoiceSummary } from '@accredit/indicator-systems';
import type { IndicatorTotal } from '@accredit/scoring';
import type { Scoreboard } from './scoreboard';

/** What an indicator shows of the campaign's elective choices. */
export interface ElectiveMark {
  /** For an elective group: how it was chosen (who, when); null for any other indicator. */
  choice: ElectiveChoiceSummaryModel | null;
  /** For an option of a group that was chosen in: chosen or not; null otherwise (nothing chosen yet: every option counts). */
  chosen: boolean | null;
  /** The option itself or one above it was not chosen: no tasks, nothing counts (greyed). */
  unchosen: boolean;
}

const NO_MARK: ElectiveMark = { choice: null, chosen: null, unchosen: false };

/**
 * Indicator id → its elective mark, read off the scoring library's totals (which options count is
 * its word) and the recorded choices (who, when). Every screen and export of the scores uses it.
 */
export function electiveMarks(board: Scoreboard): Map<string, ElectiveMark> {
  const marks = new Map<string, ElectiveMark>();
  const records = board.data.choiceRecords ?? new Map();
  const visit = (node: IndicatorTotal, chosen: boolean | null, underUnchosen: boolean): void => {
    const elective = node.elective;
    const choice = elective
      ? toElectiveChoiceSummary(
          { min: elective.min, max: elective.max, counting: elective.counting, ...(elective.best !== null ? { best: elective.best } : {}) },
          node.children.length,
          elective.recorded ? (records.get(node.id) ?? []) : [],
        )
      : null;
    const unchosen = underUnchosen || chosen === false;
    if (choice || chosen !== null || unchosen) marks.set(node.id, { choice, chosen, unchosen });
    for (const child of node.children) visit(child, elective?.recorded ? child.chosen === true : null, unchosen);
  };
  board.totals.self.indicators.forEach((indicator) => visit(indicator, null, false));
  return marks;
}

export function electiveMarkOf(marks: ReadonlyMap<string, ElectiveMark>, indicatorId: string): ElectiveMark {
  return marks.get(indicatorId) ?? NO_MARK;
}
