/**
 * How a node of an indicator system is scored — data on the system or on any indicator:
 *
 * - `points` (the default): the node's points are the sum of its rules and sub-indicators,
 *   capped at its maximum.
 * - `weights`: the node combines its sub-indicators by their `weight` — the weighted mean of
 *   their normalised scores (points ÷ maximum), read out of the node's own maximum. It says how
 *   this one node combines its children; the children themselves score by points unless they
 *   say otherwise.
 * - `verdicts`: the node and everything below it are unscored (a checklist, an inspection): its
 *   rules are judged with a verdict (达标 / 基本达标 / 未达标, see VerdictScale) and the node
 *   shows the verdicts, never points. Inherited by the whole subtree.
 */
export const SCORING_MODES = ['points', 'weights', 'verdicts'] as const;
export type ScoringMode = (typeof SCORING_MODES)[number];

export const SCORING_MODE_LABELS: Record<ScoringMode, string> = {
  points: '按分值计分',
  weights: '按权重计分',
  verdicts: '不计分（达标判定）',
};

/**
 * How the options of an elective group that a participant chose count:
 * - `normalise`: the chosen options' points, scaled to the group's maximum
 *   (Σ points of the chosen ÷ Σ their maxima × the group's maximum); unchosen options are left
 *   out of the maximum.
 * - `bestN`: the best `best` of the chosen options count (by points earned), the others not.
 */
export const ELECTIVE_COUNTINGS = ['normalise', 'bestN'] as const;
export type ElectiveCounting = (typeof ELECTIVE_COUNTINGS)[number];

/**
 * An elective group (选做 / 任选): the indicator's sub-indicators are options, of which a
 * participant chooses at least `min` and at most `max`.
 */
export interface ElectiveGroup {
  min: number;
  max: number;
  counting: ElectiveCounting;
  /** With `bestN`: how many of the chosen options count; `min` when absent. */
  best?: number;
}

/** One verdict of a verdict scale, best first; `value` (e.g. 1 / 0.5 / 0) is optional. */
export interface VerdictOption {
  label: string;
  value?: number;
}

/**
 * How a node's verdict follows from the verdicts of the rules below it:
 * - `worst` (the default): the worst verdict given — all 达标 → 达标; any 未达标 → 未达标;
 *   otherwise 基本达标. Known as soon as one rule has the worst verdict.
 * - `mean`: the mean of the verdicts' values; the node gets the best verdict whose value is
 *   at most that mean (1 / 0.5 / 0: three 达标 and one 未达标 → 0.75 → 基本达标). Needs values.
 */
export const VERDICT_ROLL_UPS = ['worst', 'mean'] as const;
export type VerdictRollUp = (typeof VERDICT_ROLL_UPS)[number];

/** The verdicts a checklist's rules are judged with, best first, and how they roll up. */
export interface VerdictScale {
  options: VerdictOption[];
  rollUp?: VerdictRollUp;
}

export const DEFAULT_VERDICT_SCALE: VerdictScale = {
  options: [
    { label: '达标', value: 1 },
    { label: '基本达标', value: 0.5 },
    { label: '未达标', value: 0 },
  ],
  rollUp: 'worst',
};

/**
 * The `kind` of a rule that is judged with a verdict instead of scored (the rules of a
 * `verdicts` subtree). Not one of the eight points kinds: it carries no points and no parameters.
 */
export const VERDICT_RULE_KIND = 'verdict';

export const isVerdictRule = (params: { kind?: unknown } | null | undefined): boolean => params?.kind === VERDICT_RULE_KIND;
