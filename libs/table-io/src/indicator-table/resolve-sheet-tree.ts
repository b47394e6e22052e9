import { type ScoringMode, VERDICT_RULE_KIND } from '@accredit/scoring';
import type { TableIndicator, TableRule } from '../indicator-table';
import { columnLetter } from './cell-grid';
import type { TableHeader } from './header';
import { ORGANISATION_OWNED, splitUnits } from './parse-cells';
import type { ProblemSink } from './problem-sink';
import { rawRuleHasPoints, readPointsRule, readVerdictRule } from './read-rule';
import type { SheetRows } from './read-sheet-rows';
import type { OpenNode } from './sheet-node';
import type { SystemParams } from './system-params';
import { UnitOccurrences } from './unit-occurrence';

// The second phase: once every row is read, the tree (children, 选做 groups), its scoring modes
// (system parameters, weights, points or a checklist's verdicts) and each indicator's rules read
// in its mode, with their units.

export interface SheetTree {
  systemMode: ScoringMode;
  units: UnitOccurrences;
  /** Rules whose points could not be read (the tree's checks do not count them as 0). */
  unknownPoints: WeakSet<TableRule>;
  nodeOf: Map<TableIndicator, OpenNode>;
  /** Each indicator's mode: its own, or verdicts under a checklist. */
  modeOf: Map<OpenNode, ScoringMode>;
}

export function resolveSheetTree({ roots, all, statedTotal }: SheetRows, header: TableHeader, problems: ProblemSink, params: SystemParams | null): SheetTree {
  const unknownPoints = new WeakSet<TableRule>();
  const nodeOf = new Map<TableIndicator, OpenNode>();
  for (const node of all) {
    nodeOf.set(node.indicator, node);
    if (node.children.length > 0) node.indicator.children = node.children.map((child) => child.indicator);
    if (node.elective) {
      const { marker, at } = node.elective;
      const options = node.children.length;
      if (marker.options !== undefined && marker.options !== options) {
        problems.error('BAD_ELECTIVE', at.row, at.place, `指标 ${node.indicator.code} 写的是 ${marker.options} 选 ${marker.min}，但有 ${options} 个下级指标（选项）`);
      }
      node.indicator.elective = { min: marker.min, max: marker.max ?? Math.max(options, marker.min), counting: marker.counting, ...(marker.best !== undefined ? { best: marker.best } : {}) };
    }
  }
  for (const [code, override] of params?.indicators ?? []) {
    const node = all.find((candidate) => candidate.indicator.code === code);
    if (node) node.indicator.scoringMode = override.scoringMode;
    else problems.warning('BAD_PARAMS', header.row, null, `系统参数中的指标 ${code} 不在表中，其计分方式（${override.scoringMode}）未使用`);
  }
  for (const node of all) {
    if (node.indicator.scoringMode === undefined && node.children.some((child) => child.indicator.weight !== undefined)) node.indicator.scoringMode = 'weights';
  }
  const hasPoints = (statedTotal?.value ?? 0) > 0 || all.some((node) => (node.indicator.maxScore ?? 0) > 0) || all.some((node) => node.rawRules.some((raw) => rawRuleHasPoints(raw)));
  const systemMode: ScoringMode = params?.scoringMode ?? (roots.some((node) => node.indicator.weight !== undefined) ? 'weights' : hasPoints ? 'points' : 'verdicts');

  const units = new UnitOccurrences();
  const unitColumn = header.columns.units;
  const modeOf = new Map<OpenNode, ScoringMode>();
  const visit = (node: OpenNode, inherited: 'points' | 'verdicts') => {
    const mode: ScoringMode = inherited === 'verdicts' ? 'verdicts' : (node.indicator.scoringMode ?? 'points');
    modeOf.set(node, mode);
    node.indicator.rules = node.rawRules.map((raw) => (mode === 'verdicts' ? readVerdictRule(raw, problems) : readPointsRule(raw, problems, unknownPoints)));
    if (mode === 'verdicts' && header.columns.rule === undefined && node.children.length === 0 && node.indicator.rules.length === 0) {
      node.indicator.rules = [{ text: node.indicator.title, points: 0, scoring: { kind: VERDICT_RULE_KIND }, units: [], note: '' }];
      node.synthesised = true;
    }
    readUnits(node, units, unitColumn, problems);
    node.children.forEach((child) => visit(child, mode === 'verdicts' ? 'verdicts' : 'points'));
  };
  roots.forEach((node) => visit(node, systemMode === 'verdicts' ? 'verdicts' : 'points'));
  return { systemMode, units, unknownPoints, nodeOf, modeOf };
}

/**
 * Units of each rule: a blank cell inherits the rule above in the same indicator; 「本单位」 (or a
 * dash) is the organisation's own work; a blank with nothing to inherit is the organisation's own
 * work too, with a warning in case a unit was forgotten.
 */
function readUnits(node: OpenNode, units: UnitOccurrences, unitColumn: number | undefined, problems: ProblemSink): void {
  let state: 'none' | 'units' | 'own' = 'none';
  node.indicator.rules.forEach((rule, index) => {
    const raw = node.rawRules[index];
    const text = raw?.unitsText ?? '';
    if (text && ORGANISATION_OWNED.test(text.replace(/\s+/g, ''))) {
      if (state === 'units') rule.organisationOwned = true;
      state = 'own';
      return;
    }
    rule.units = splitUnits(text);
    if (rule.units.length > 0) {
      state = 'units';
      if (unitColumn) rule.units.forEach((name) => units.add(name, raw.row, `${columnLetter(unitColumn)}${raw.row}`));
    } else if (state === 'none' && unitColumn && raw) {
      problems.warning(
        'NO_UNITS',
        raw.row,
        'units',
        '评分规则没有责任单位，上方也没有可继承的单位（同一指标内）：将作为本单位（牵头办公室）自己的工作；如需部门完成请填写责任单位，确属本单位的可写「本单位」',
      );
    }
  });
}
