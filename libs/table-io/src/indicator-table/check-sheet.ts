import type { ScoringMode } from '@accredit/scoring';
import { type TreeProblem, checkIndicatorTree } from '../check-indicator-tree';
import type { IndicatorTable, TableIndicator } from '../indicator-table';
import type { TableHeader } from './header';
import type { ProblemPlace, ProblemSink } from './problem-sink';
import type { SheetRows } from './read-sheet-rows';
import type { SheetTree } from './resolve-sheet-tree';
import { type OpenNode, type Place, round } from './sheet-node';

// The last phase: what the rows cannot tell one by one (duplicate codes, missing points, rules and
// columns), then the indicator tree's own checks, each placed at the cell it is about.

export function checkSheet(table: IndicatorTable, { all, roots, statedTotal }: SheetRows, tree: SheetTree, header: TableHeader, problems: ProblemSink): void {
  const statedLeaves = all.some((node) => node.children.length === 0 && node.indicator.maxScore !== null);
  finish(all, roots, header, problems, tree.modeOf, statedLeaves);
  const place = (problem: TreeProblem): Place => placeOf(problem, tree.nodeOf, header, statedTotal);
  for (const problem of checkIndicatorTree(table, { pointsUnknown: (rule) => tree.unknownPoints.has(rule) })) {
    const at = place(problem);
    if (problem.severity === 'error') problems.error(problem.code, at.row, at.place, problem.message);
    else problems.warning(problem.code, at.row, at.place, problem.message);
  }
}

/** Codes, missing points, rules and columns: what is checked once every row is read. */
function finish(all: OpenNode[], roots: OpenNode[], header: TableHeader, problems: ProblemSink, modeOf: ReadonlyMap<OpenNode, ScoringMode>, statedLeaves: boolean): void {
  if (roots.length === 0) problems.error('EMPTY_TABLE', header.row, null, '表头下方没有任何指标：请从表头下一行开始填写指标和评分规则');
  const codes = new Map<string, number>();
  for (const node of all) {
    const { indicator } = node;
    const earlier = codes.get(indicator.code);
    if (earlier !== undefined) problems.error('DUPLICATE_CODE', node.heading.row, node.heading.place, `指标编号 ${indicator.code} 与第 ${earlier} 行重复`);
    else codes.set(indicator.code, node.row);
    const requirementCodes = new Set<string>();
    for (const requirement of indicator.requirements) {
      if (requirementCodes.has(requirement.code)) problems.error('DUPLICATE_CODE', node.row, 'requirements', `考察内容编号 ${requirement.code} 重复`);
      requirementCodes.add(requirement.code);
    }
    const leaf = node.children.length === 0;
    if (leaf && header.columns.rule !== undefined && indicator.rules.length === 0) problems.warning('MISSING_POINTS', node.row, 'rule', `指标 ${indicator.code} 没有评分规则`);
    if (leaf && statedLeaves && modeOf.get(node) === 'points' && indicator.maxScore === null) {
      problems.error(
        'MISSING_POINTS',
        node.row,
        pointsPlace(node, header),
        `指标 ${indicator.code} 没有分值：请在「分值」列填写（其评分规则合计 ${round(indicator.rules.reduce((sum, rule) => sum + rule.points, 0))} 分）`,
      );
    }
  }
  const ruled = all.some((node) => !node.synthesised && node.indicator.rules.length > 0);
  if (header.columns.units === undefined && ruled) {
    problems.warning('MISSING_COLUMN', header.row, null, '没有「责任单位」列：所有评分规则都将作为本单位（牵头办公室）自己的工作；需要部门完成的，请加「责任单位」列');
  }
}

/** The column a node's points are read from (or written to). */
function pointsPlace(node: OpenNode, header: TableHeader): ProblemPlace {
  const columns = header.attributes.filter((attribute) => attribute.field === 'maxScore');
  return columns.find((column) => column.level === node.level) ?? columns.find((column) => column.level === null) ?? columns[0] ?? 'maxScore';
}

function placeOf(problem: TreeProblem, nodeOf: Map<TableIndicator, OpenNode>, header: TableHeader, statedTotal: Place | null): Place {
  const node = problem.indicator ? nodeOf.get(problem.indicator) : undefined;
  if (!node) {
    if (problem.field === 'totalScore' && statedTotal) return statedTotal;
    return { row: header.row, place: null };
  }
  if (problem.rule !== undefined) {
    const raw = node.rawRules[problem.rule];
    return raw ? { row: raw.row, place: problem.field === 'scoring' ? (header.columns.scoring ? 'scoring' : 'rule') : 'rule' } : node.heading;
  }
  switch (problem.field) {
    case 'maxScore':
      return node.cells.maxScore ?? { row: node.row, place: pointsPlace(node, header) };
    case 'weight': {
      if (problem.code === 'WEIGHT_SUM') return node.heading;
      const column = header.attributes.find((attribute) => attribute.field === 'weight' && (attribute.level === node.level || attribute.level === null));
      return node.cells.weight ?? { row: node.row, place: column ?? node.heading.place };
    }
    case 'elective':
      return node.elective?.at ?? node.heading;
    default:
      return node.heading;
  }
}
