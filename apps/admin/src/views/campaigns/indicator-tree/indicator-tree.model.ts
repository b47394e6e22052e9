import { type ElectiveOptionMark, electiveChoiceLine, electiveOptionMark } from '../../../domain/elective-choice';
import type { CampaignPhaseFieldsFragment, IndicatorNodeFieldsFragment } from '../../../graphql/generated/graphql';

// The page's view of a campaign's indicator system: the tree as the API sends it, flattened
// into table rows, and the figures of the summary line. Pure functions, tested on their own.

export type IndicatorNode = Omit<IndicatorNodeFieldsFragment, 'parentId'> & { parentId?: string | null; children?: readonly IndicatorNode[] };
export type EvidenceRequirementView = IndicatorNodeFieldsFragment['requirements'][number];
export type ScoringRuleView = IndicatorNodeFieldsFragment['scoringRules'][number];
export type ResponsibleUnitView = ScoringRuleView['responsibleUnits'][number];
export type CampaignPhaseView = CampaignPhaseFieldsFragment & { steps?: readonly CampaignPhaseFieldsFragment[] };

export interface IndicatorRow {
  id: string;
  code: string;
  title: string;
  maxScore: number | null;
  /** Depth in the tree, 0 for a top-level indicator. */
  depth: number;
  parentId: string | null;
  hasChildren: boolean;
  requirements: readonly EvidenceRequirementView[];
  scoringRules: readonly ScoringRuleView[];
  /** Rules of this indicator and of the indicators below it. */
  ruleCount: number;
  /** Lead (牵头) units of this indicator's rules, each once, in order of appearance. */
  leadUnits: string[];
  /** For an elective group (选做): how the campaign chose (已选 2 项…, who, when); null otherwise. */
  electiveLine: string | null;
  /** For an option of a group chosen in: 已选 or 未选; null otherwise. */
  electiveMark: ElectiveOptionMark;
  /** An option not chosen, or an indicator under one: no tasks, counts nothing (greyed). */
  unchosen: boolean;
}

export interface IndicatorTreeSummary {
  indicatorCount: number;
  requirementCount: number;
  ruleCount: number;
  totalScore: number;
}

export function isLeadUnit(unit: Pick<ResponsibleUnitView, 'role'>): boolean {
  return unit.role === 'lead';
}

/** Lead units first, each group keeping the order the table gives. */
export function orderUnits<T extends Pick<ResponsibleUnitView, 'role'>>(units: readonly T[]): T[] {
  return [...units.filter(isLeadUnit), ...units.filter((u) => !isLeadUnit(u))];
}

function childrenOf(node: IndicatorNode): readonly IndicatorNode[] {
  return node.children ?? [];
}

/**
 * Visits the tree depth-first, each indicator once: an API that lists a child both under its
 * parent and at the top level would otherwise count it twice.
 */
function walk(roots: readonly IndicatorNode[], visit: (node: IndicatorNode, depth: number, parentId: string | null) => void): void {
  const seen = new Set<string>();
  const nestedIds = new Set<string>();
  const collectNested = (nodes: readonly IndicatorNode[]): void => {
    for (const node of nodes) {
      for (const child of childrenOf(node)) nestedIds.add(child.id);
      collectNested(childrenOf(node));
    }
  };
  collectNested(roots);
  const go = (node: IndicatorNode, depth: number, parentId: string | null): void => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    visit(node, depth, parentId);
    for (const child of childrenOf(node)) go(child, depth + 1, node.id);
  };
  for (const root of roots) if (!nestedIds.has(root.id)) go(root, 0, null);
}

function countRules(node: IndicatorNode): number {
  return node.scoringRules.length + childrenOf(node).reduce((sum, child) => sum + countRules(child), 0);
}

/** An indicator's points: its own maximum, else what its sub-indicators add up to. */
function scoreOf(node: IndicatorNode): number {
  if (node.maxScore !== null && node.maxScore !== undefined) return node.maxScore;
  return childrenOf(node).reduce((sum, child) => sum + scoreOf(child), 0);
}

/**
 * The tree from the API's flat list (table order, each with its parentId): children in the order
 * they come. A node whose parent is not in the list is shown at the top rather than lost.
 */
export function nestIndicators(flat: readonly IndicatorNodeFieldsFragment[]): IndicatorNode[] {
  const ids = new Set(flat.map((node) => node.id));
  const childrenOf = new Map<string, IndicatorNodeFieldsFragment[]>();
  for (const node of flat) {
    if (node.parentId && ids.has(node.parentId)) childrenOf.set(node.parentId, [...(childrenOf.get(node.parentId) ?? []), node]);
  }
  const build = (node: IndicatorNodeFieldsFragment): IndicatorNode => ({ ...node, children: (childrenOf.get(node.id) ?? []).map(build) });
  return flat.filter((node) => !node.parentId || !ids.has(node.parentId)).map(build);
}

export function leadUnitsOf(rules: readonly ScoringRuleView[]): string[] {
  const names = rules.flatMap((rule) => rule.responsibleUnits.filter(isLeadUnit).map((unit) => unit.name));
  return [...new Set(names)];
}

export function flattenIndicatorTree(roots: readonly IndicatorNode[]): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const unchosenIds = new Set<string>();
  walk(roots, (node, depth, parentId) => {
    const mark = electiveOptionMark(node.electiveChosen);
    const unchosen = mark === 'unchosen' || (parentId !== null && unchosenIds.has(parentId));
    if (unchosen) unchosenIds.add(node.id);
    rows.push({
      id: node.id,
      code: node.code,
      title: node.title,
      maxScore: node.maxScore ?? null,
      depth,
      parentId,
      hasChildren: childrenOf(node).length > 0,
      requirements: node.requirements,
      scoringRules: node.scoringRules,
      ruleCount: countRules(node),
      leadUnits: leadUnitsOf(node.scoringRules),
      electiveLine: electiveChoiceLine(node.electiveChoice),
      electiveMark: mark,
      unchosen,
    });
  });
  return rows;
}

export function summarizeIndicatorTree(roots: readonly IndicatorNode[]): IndicatorTreeSummary {
  const summary: IndicatorTreeSummary = { indicatorCount: 0, requirementCount: 0, ruleCount: 0, totalScore: 0 };
  walk(roots, (node, depth) => {
    summary.indicatorCount += 1;
    summary.requirementCount += node.requirements.length;
    summary.ruleCount += node.scoringRules.length;
    if (depth === 0) summary.totalScore += scoreOf(node);
  });
  summary.totalScore = roundPoints(summary.totalScore);
  return summary;
}

/** Points are halves and quarters at most; keep sums free of binary noise (0.1 + 0.2). */
export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}

/** 2 → '2', 0.5 → '0.5', 1.25 → '1.25'. */
export function formatPoints(points: number | null | undefined): string {
  if (points === null || points === undefined || Number.isNaN(points)) return '—';
  return String(roundPoints(points));
}
