import { electiveCountedOptions, checkElectiveChoice } from './elective';
import { roundPoints, sumPoints } from './points';
import { DEFAULT_VERDICT_SCALE, type ElectiveCounting, type ElectiveGroup, type ScoringMode, type VerdictScale, VERDICT_RULE_KIND } from './scoring-mode';
import { type VerdictTally, tallyVerdicts } from './verdicts';

/** A rule of the system being totalled: `points` is the most it can earn (0 for a veto or a verdict rule). */
export interface SystemRule {
  id: string;
  code: string;
  text: string;
  points: number;
  params: Record<string, unknown>;
}

/** An indicator: its own rules plus its sub-indicators (any depth). */
export interface SystemIndicator {
  id: string;
  code: string;
  title: string;
  /** The indicator's maximum as the table states it; null when it does not (then: see maxPoints). */
  maxScore: number | null;
  rules: SystemRule[];
  children: SystemIndicator[];
  /** Its weight (权重) within a parent that scores by `weights`. */
  weight?: number | null;
  /** How it is scored; absent: `verdicts` inside a verdicts subtree, `points` otherwise. */
  scoringMode?: ScoringMode | null;
  /** Its sub-indicators are options a participant chooses from (选做). */
  elective?: ElectiveGroup | null;
}

export interface ScoringSystem {
  /** The stated total (100); null when the system has none. */
  totalScore: number | null;
  indicators: SystemIndicator[];
  /** How the top-level indicators combine (`weights`), or `verdicts` for a checklist; default `points`. */
  scoringMode?: ScoringMode | null;
  /** The verdicts the checklist rules are judged with; default 达标 / 基本达标 / 未达标. */
  verdicts?: VerdictScale | null;
}

/** The recorded (or projected) outcome of one rule. */
export interface RecordedScore {
  points: number;
  vetoed: boolean;
  /** For a rule judged with a verdict (a checklist rule): the verdict given. */
  verdict?: string | null;
}

export type ScoresByRule = ReadonlyMap<string, RecordedScore>;

/** A participant's choices: elective-group indicator id → the ids of the options chosen. */
export type ElectiveChoices = ReadonlyMap<string, readonly string[]>;

export interface TotalsOptions {
  /** Without a recorded choice every option of a group counts as chosen. */
  choices?: ElectiveChoices;
}

/** An elective group's state in a total. */
export interface ElectiveTotal {
  min: number;
  max: number;
  counting: ElectiveCounting;
  /** With bestN: how many of the chosen count. */
  best: number | null;
  /** Ids of the options that count as chosen (all of them while no choice is recorded). */
  chosen: string[];
  /** A choice was recorded for the group. */
  recorded: boolean;
  /** What is wrong with the recorded choice, in Chinese; null when nothing is. */
  problem: string | null;
}

export interface IndicatorTotal {
  id: string;
  code: string;
  title: string;
  level: number;
  /** The maximum as the table states it (null: not stated). */
  maxScore: number | null;
  /** The maximum its points are read out of: stated, or the sum below it (0 when unscored). */
  maxPoints: number;
  weight: number | null;
  /** Under a parent scored by weights: the most it adds to the parent (the parent's maximum × its share of the weights). */
  share: number | null;
  /** How it is scored, inheritance applied. */
  scoringMode: ScoringMode;
  /** After the indicator's cap. */
  points: number;
  /** Before the cap. */
  uncapped: number;
  capped: boolean;
  /** Counts towards its parent: false for an option not chosen, or chosen but not among the best N. */
  counted: boolean;
  /** For an option of an elective group: chosen or not; null for any other indicator. */
  chosen: boolean | null;
  elective: ElectiveTotal | null;
  /** The verdicts of the checklist rules below it; null when there are none. */
  verdicts: VerdictTally | null;
  /** Rules under it (sub-indicators included, options not chosen left out) that have a score or verdict. */
  scoredRules: number;
  rules: number;
  vetoed: boolean;
  children: IndicatorTotal[];
}

export interface CampaignTotals {
  indicators: IndicatorTotal[];
  /** The campaign's points after every cap; shown even when vetoed. */
  points: number;
  uncapped: number;
  capped: boolean;
  /** The stated total, or the sum of the indicators' maxima when there is none. */
  maxTotal: number;
  /** How the system scores: `verdicts` is a checklist (show verdicts, never "0 / 0 分"). */
  scoringMode: ScoringMode;
  /** Some rule earns points (false for a checklist). */
  hasPoints: boolean;
  /** The verdicts of every checklist rule of the system; null when there are none. */
  verdicts: VerdictTally | null;
  /** A veto rule was triggered: the campaign fails whatever its points (取消创建资格). */
  vetoed: boolean;
  /** The ids of the triggered veto rules. */
  vetoedBy: string[];
  scoredRules: number;
  rules: number;
  /** Every rule has a score (or verdict). */
  complete: boolean;
}

/** The system as one node, so the campaign total is computed like any indicator's. */
interface Node {
  id: string;
  maxScore: number | null;
  rules: SystemRule[];
  children: SystemIndicator[];
  weight?: number | null;
  scoringMode?: ScoringMode | null;
  elective?: ElectiveGroup | null;
}

type Inherited = 'points' | 'verdicts';

const modeOf = (node: Node, inherited: Inherited): ScoringMode => (inherited === 'verdicts' ? 'verdicts' : (node.scoringMode ?? 'points'));
const childInherited = (mode: ScoringMode): Inherited => (mode === 'verdicts' ? 'verdicts' : 'points');
const isVeto = (rule: SystemRule) => rule.params['kind'] === 'veto';
/** A rule judged with a verdict: a verdict rule anywhere, or any rule but a veto in a verdicts subtree. */
const isVerdictItem = (rule: SystemRule, mode: ScoringMode) => rule.params['kind'] === VERDICT_RULE_KIND || (mode === 'verdicts' && !isVeto(rule));
const positive = (weight: number | null | undefined) => (typeof weight === 'number' && Number.isFinite(weight) && weight > 0 ? weight : 0);
const isGroup = (node: Node) => !!node.elective && node.children.length > 0;

/**
 * The most a node can earn, from what is below it (no weight from above): its stated maximum;
 * for an elective group the sum of the largest option maxima that count (`min`, or `best` for
 * bestN); otherwise the sum of its rules and sub-indicators. 0 in a verdicts subtree.
 */
export function bottomUpMaximum(node: Node, inherited: Inherited = 'points'): number {
  const mode = modeOf(node, inherited);
  if (mode === 'verdicts') return 0;
  if (node.maxScore !== null && node.maxScore !== undefined) return node.maxScore;
  const below = node.children.map((child) => bottomUpMaximum(child, childInherited(mode)));
  if (isGroup(node)) {
    const counted = electiveCountedOptions(node.elective as ElectiveGroup);
    return sumPoints([...below].sort((a, b) => b - a).slice(0, counted));
  }
  return sumPoints([...node.rules.filter((rule) => !isVerdictItem(rule, mode)).map((rule) => rule.points), ...below]);
}

interface Context {
  scores: ScoresByRule;
  choices: ElectiveChoices;
  scale: VerdictScale;
  vetoedBy: string[];
}

interface Evaluated {
  total: IndicatorTotal;
  /** Verdicts of the checklist rules below (null = not judged yet), for rolling up. */
  verdicts: (string | null)[];
  /** The unrounded maximum, for the weighted ratio. */
  max: number;
}

function evaluate(node: Node, meta: { code: string; title: string; level: number }, inherited: Inherited, share: number | null, active: boolean, ctx: Context): Evaluated {
  const mode = modeOf(node, inherited);
  const stated = node.maxScore !== null && node.maxScore !== undefined ? node.maxScore : null;
  const max = mode === 'verdicts' ? 0 : (stated ?? bottomUpMaximum(node, inherited));
  const group = isGroup(node) ? (node.elective as ElectiveGroup) : null;

  // Who is chosen (elective groups), and what each sub-indicator is read out of (weights).
  const recorded = group ? ctx.choices.get(node.id) : undefined;
  const chosenIds = new Set(group ? (recorded ?? node.children.map((child) => child.id)) : node.children.map((child) => child.id));
  const weightSum = mode === 'weights' ? node.children.reduce((sum, child) => sum + positive(child.weight), 0) : 0;
  const children = node.children.map((child) => {
    const share = mode === 'weights' ? (weightSum > 0 ? (max * positive(child.weight)) / weightSum : 0) : null;
    return evaluate(child, { code: child.code, title: child.title, level: meta.level + 1 }, childInherited(mode), share, active && chosenIds.has(child.id), ctx);
  });

  // Own rules: points, vetoes, verdicts.
  const ownPoints: number[] = [];
  const verdicts: (string | null)[] = [];
  let scoredRules = 0;
  let vetoed = false;
  if (active) {
    for (const rule of node.rules) {
      const score = ctx.scores.get(rule.id);
      if (score?.vetoed) {
        ctx.vetoedBy.push(rule.id);
        vetoed = true;
      }
      if (isVerdictItem(rule, mode)) {
        verdicts.push(score?.verdict ?? null);
        if (score?.verdict) scoredRules += 1;
      } else {
        ownPoints.push(score?.points ?? 0);
        if (score) scoredRules += 1;
      }
    }
  }

  // Which sub-indicators count, and the node's points from them.
  let counted = node.children.map((child) => chosenIds.has(child.id));
  let fromChildren = 0;
  if (mode === 'verdicts') fromChildren = 0;
  else if (group && group.counting === 'bestN') {
    const best = group.best ?? group.min;
    const ranked = children
      .map((child, index) => ({ index, points: child.total.points }))
      .filter((entry) => chosenIds.has(node.children[entry.index]!.id))
      .sort((a, b) => b.points - a.points || a.index - b.index)
      .slice(0, best)
      .map((entry) => entry.index);
    counted = children.map((_child, index) => ranked.includes(index));
    fromChildren = sumPoints(children.filter((_child, index) => counted[index]).map((child) => child.total.points));
  } else if (group) {
    const inGroup = children.filter((_child, index) => counted[index]);
    const maxima = inGroup.reduce((sum, child) => sum + child.max, 0);
    fromChildren = maxima > 0 ? roundPoints((max * inGroup.reduce((sum, child) => sum + child.total.points, 0)) / maxima) : 0;
  } else if (mode === 'weights') {
    const weighted = children.filter((child, index) => counted[index] && child.max > 0 && positive(node.children[index]!.weight) > 0);
    const weights = weighted.reduce((sum, child) => sum + positive(child.total.weight), 0);
    const ratio = weights > 0 ? weighted.reduce((sum, child) => sum + (positive(child.total.weight) * child.total.points) / child.max, 0) / weights : 0;
    fromChildren = roundPoints(max * ratio);
  } else {
    fromChildren = sumPoints(children.filter((_child, index) => counted[index]).map((child) => child.total.points));
  }
  children.forEach((child, index) => {
    child.total.counted = counted[index]!;
    if (group) child.total.chosen = chosenIds.has(node.children[index]!.id);
  });

  const uncapped = mode === 'verdicts' ? 0 : sumPoints([...ownPoints, fromChildren]);
  const cap = mode === 'verdicts' ? null : (stated ?? (group ? max : null));
  const capped = cap !== null && uncapped > roundPoints(cap);
  for (const child of children) verdicts.push(...child.verdicts);

  const total: IndicatorTotal = {
    id: node.id,
    code: meta.code,
    title: meta.title,
    level: meta.level,
    maxScore: node.maxScore,
    maxPoints: roundPoints(max),
    weight: node.weight ?? null,
    share: share === null ? null : roundPoints(share),
    scoringMode: mode,
    points: capped ? roundPoints(cap as number) : uncapped,
    uncapped,
    capped,
    counted: true,
    chosen: null,
    elective: group
      ? {
          min: group.min,
          max: group.max,
          counting: group.counting,
          best: group.counting === 'bestN' ? (group.best ?? group.min) : null,
          chosen: node.children.filter((child) => chosenIds.has(child.id)).map((child) => child.id),
          recorded: recorded !== undefined,
          problem:
            recorded !== undefined
              ? checkElectiveChoice(
                  group,
                  node.children.map((child) => child.id),
                  recorded,
                ).join('；') || null
              : null,
        }
      : null,
    verdicts: verdicts.length > 0 ? tallyVerdicts(verdicts, ctx.scale) : null,
    scoredRules: scoredRules + children.reduce((sum, child) => sum + child.total.scoredRules, 0),
    rules: (active ? node.rules.length : 0) + children.reduce((sum, child) => sum + child.total.rules, 0),
    vetoed: vetoed || children.some((child) => child.total.vetoed),
    children: children.map((child) => child.total),
  };
  return { total, verdicts, max };
}

/**
 * Totals a system's rule scores, at any depth:
 * - `points` nodes: the sum of their rules and counted sub-indicators, capped at their maximum;
 * - `weights` nodes: their maximum × the weighted mean of the sub-indicators' points ÷ maxima
 *   (each sub-indicator normalised by its own maximum; its `share` of the parent is shown);
 * - elective groups: only the chosen options count — `normalise` scales their points to the
 *   group's maximum, `bestN` adds the best N; options not chosen are shown but count nothing;
 * - `verdicts` subtrees: no points; each rule's verdict is counted and rolled up per node.
 * The campaign combines the top-level indicators the same way (by the system's mode) and is
 * capped at the stated total. A triggered veto (outside options not chosen) marks the campaign
 * failed, but the points are still shown. Rules without a score count 0; scores of rules not in
 * the system are ignored. Sums are done in hundredths.
 */
export function totals(system: ScoringSystem, scores: ScoresByRule, options: TotalsOptions = {}): CampaignTotals {
  const ctx: Context = { scores, choices: options.choices ?? new Map(), scale: system.verdicts ?? DEFAULT_VERDICT_SCALE, vetoedBy: [] };
  const root: Node = { id: '', maxScore: system.totalScore, rules: [], children: system.indicators, scoringMode: system.scoringMode ?? null };
  const { total, verdicts } = evaluate(root, { code: '', title: '', level: 0 }, 'points', null, true, ctx);
  const hasPoints = total.maxPoints > 0;
  return {
    indicators: total.children,
    points: total.points,
    uncapped: total.uncapped,
    capped: total.capped,
    maxTotal: total.maxPoints,
    scoringMode: total.scoringMode,
    hasPoints,
    verdicts: verdicts.length > 0 ? tallyVerdicts(verdicts, ctx.scale) : null,
    vetoed: ctx.vetoedBy.length > 0,
    vetoedBy: ctx.vetoedBy,
    scoredRules: total.scoredRules,
    rules: total.rules,
    complete: total.scoredRules === total.rules,
  };
}

/** Every rule of the system in table order (depth first), with the indicator it belongs to. */
export function rulesInOrder(system: ScoringSystem): { rule: SystemRule; indicator: SystemIndicator }[] {
  const out: { rule: SystemRule; indicator: SystemIndicator }[] = [];
  const visit = (indicator: SystemIndicator) => {
    indicator.rules.forEach((rule) => out.push({ rule, indicator }));
    indicator.children.forEach(visit);
  };
  system.indicators.forEach(visit);
  return out;
}

/** Every rule in table order with the scoring mode it is under (inheritance applied). */
export function rulesWithMode(system: ScoringSystem): { rule: SystemRule; indicator: SystemIndicator; scoringMode: ScoringMode; judged: boolean }[] {
  const out: { rule: SystemRule; indicator: SystemIndicator; scoringMode: ScoringMode; judged: boolean }[] = [];
  const visit = (indicator: SystemIndicator, inherited: Inherited) => {
    const mode = modeOf(indicator, inherited);
    indicator.rules.forEach((rule) => out.push({ rule, indicator, scoringMode: mode, judged: isVerdictItem(rule, mode) }));
    indicator.children.forEach((child) => visit(child, childInherited(mode)));
  };
  const top = system.scoringMode === 'verdicts' ? 'verdicts' : 'points';
  system.indicators.forEach((indicator) => visit(indicator, top));
  return out;
}

/** Flattens indicator totals depth first (table order), for lists and exports. */
export function flattenTotals(indicators: IndicatorTotal[]): IndicatorTotal[] {
  return indicators.flatMap((indicator) => [indicator, ...flattenTotals(indicator.children)]);
}
