/**
 * What a scorer records for one rule, by kind. The input is data (stored as JSON beside the
 * points), so the points can always be recomputed from it.
 *
 * - fixed: `{ achieved }` — the requirement is met or not.
 * - range: `{ points }` — judged by the scorer within [min, max].
 * - alternative: `{ option }` — the label of the option that applies, or null for none.
 * - tiered: `{ rank, of }` — rank among `of` applicants (1 = best on the basis), or
 *   `{ points }` when there is a single applicant (judged within `singleApplicant` or [min, max]).
 * - perItem: `{ items }` — how many items count.
 * - conditionalCap: `{ points, conditionMet }` — judged within [min, max]; `conditionMet` means
 *   the rule's capping condition holds (e.g. 未处于前30%), so at most `cap` counts.
 * - veto: `{ triggered }` — the disqualifying event happened.
 * - series: `{ met }`, or `{ values }` with one value per year of the rule, met when strictly increasing.
 */
export type RuleInput =
  | { kind: 'fixed'; achieved: boolean }
  | { kind: 'range'; points: number }
  | { kind: 'alternative'; option: string | null }
  | { kind: 'tiered'; rank: number; of: number }
  | { kind: 'tiered'; points: number }
  | { kind: 'perItem'; items: number }
  | { kind: 'conditionalCap'; points: number; conditionMet: boolean }
  | { kind: 'veto'; triggered: boolean }
  | { kind: 'series'; met: boolean }
  | { kind: 'series'; values: number[] };

/** The outcome of scoring one rule. */
export interface RuleScore {
  /** Points earned, after the rule's own caps (perItem cap, conditional cap). */
  points: number;
  /** The rule is a veto and it was triggered: the campaign fails whatever its points. */
  vetoed: boolean;
  /** A cap of the rule lowered the points. */
  capped: boolean;
  /** How the points came about, in Chinese, for the report and the UI. */
  explanation: string;
}

export type ScoreCheck = { ok: true; input: RuleInput; score: RuleScore } | { ok: false; problems: string[] };
