import { type ScoringMode, bottomUpMaximum, VERDICT_RULE_KIND } from '@accredit/scoring';
import { type TreeProblem, checkIndicatorTree } from '../check-indicator-tree';
import type { IndicatorTable, TableIndicator, TableRule } from '../indicator-table';
import { toSystemIndicator } from '../scoring-system';
import { type CellGrid, cellAt, columnLetter } from './cell-grid';
import { type ElectiveMarker, parseElectiveMarker, splitElectiveTitle } from './elective-marker';
import { type AttributeField, type LevelColumn, type TableHeader, type TableLayout, fieldText } from './header';
import { ORGANISATION_OWNED, codeDepth, parseIndicatorHeading, parseLevelHeading, parsePoints, parseRequirements, parseWeight, splitUnits } from './parse-cells';
import type { ProblemPlace, ProblemSink } from './problem-sink';
import { type RawRule, rawRuleHasPoints, readPointsRule, readVerdictRule } from './read-rule';
import type { SystemParams } from './system-params';
import { UnitOccurrences } from './unit-occurrence';

export interface SheetRead {
  table: IndicatorTable;
  units: UnitOccurrences;
  layout: TableLayout;
}

interface Place {
  row: number;
  place: ProblemPlace;
}

/** An indicator while its rows are read. */
interface OpenNode {
  indicator: TableIndicator;
  level: number;
  row: number;
  heading: Place;
  /** The heading cell as written, to recognise it repeated on the next rows (CSV has no merges). */
  headingText: string;
  parent: OpenNode | null;
  children: OpenNode[];
  /** The last text read per column, so a value repeated on every row of the indicator counts once. */
  lastText: Map<number, string>;
  cells: Partial<Record<AttributeField, Place>>;
  elective: { marker: ElectiveMarker; at: Place } | null;
  rawRules: RawRule[];
  /** Rules made up for a checklist table without a rule column (one per criterion). */
  synthesised: boolean;
}

const round = (value: number) => Math.round(value * 100) / 100;
const TOTAL_ROW = /^(合计|总计|总分|小计合计)/;

/**
 * Reads an indicator table of any depth, laid out one of three ways (see TableLayout): levels in
 * separate columns (一级指标 / 二级指标 / …), or by numbering in one 指标 column (1 / 1.1 / 1.1.1,
 * A1 / B2 / C14; the Shapingba table is the one-level case). One row may name indicators, give
 * their points (分值), weight (权重) and 选做 marker, a requirement and a rule; merged or blank
 * cells belong to the row above, and a value repeated on every row (CSV) counts once. A 分值 /
 * 权重 / 选做 column belongs to the level column to its left, else to the deepest indicator of the
 * row. Rules of a checklist subtree are judged with verdicts; a table with no points anywhere is a
 * checklist, and without a rule column each of its criteria (the leaves) becomes one verdict rule,
 * the organisation's own work. Every problem is placed at its row and column.
 */
export function readIndicatorSheet(grid: CellGrid, header: TableHeader, problems: ProblemSink, base: Pick<IndicatorTable, 'key' | 'version' | 'name'>, params: SystemParams | null): SheetRead {
  const multi = header.layout === 'multi-level';
  const levelOfCode = numberedLevels(grid, header);
  const open: (OpenNode | null)[] = [];
  const roots: OpenNode[] = [];
  const all: OpenNode[] = [];
  const generated = new Map<number, number>();
  let statedTotal: (Place & { value: number }) | null = null;

  const deepestOpen = (): OpenNode | null => {
    for (let level = open.length - 1; level >= 1; level -= 1) if (open[level]) return open[level];
    return null;
  };
  const parentFor = (level: number): OpenNode | null => {
    for (let above = level - 1; above >= 1; above -= 1) if (open[above]) return open[above];
    return null;
  };
  const openNode = (level: number, code: string, title: string, row: number, heading: ProblemPlace, headingText: string, marker: string | null): OpenNode => {
    const parent = parentFor(level);
    const node: OpenNode = {
      indicator: { code, title, maxScore: null, requirements: [], rules: [] },
      level,
      row,
      heading: { row, place: heading },
      headingText,
      parent,
      children: [],
      lastText: new Map(),
      cells: {},
      elective: null,
      rawRules: [],
      synthesised: false,
    };
    if (marker) setElective(node, marker, { row, place: heading });
    if (parent) parent.children.push(node);
    else roots.push(node);
    all.push(node);
    open[level] = node;
    open.length = level + 1;
    return node;
  };
  const setElective = (node: OpenNode, text: string, at: Place) => {
    const read = parseElectiveMarker(text);
    if (!read) return;
    if (!read.ok) problems.error('BAD_ELECTIVE', at.row, at.place, read.message);
    else if (node.elective && JSON.stringify(node.elective.marker) !== JSON.stringify(read.marker)) {
      problems.error('BAD_ELECTIVE', at.row, at.place, `指标 ${node.indicator.code} 的选做要求写了两次且不同`);
    } else node.elective ??= { marker: read.marker, at };
  };

  for (let row = header.row + 1; row <= grid.rows.length; row += 1) {
    const first = multi ? cellAt(grid, row, header.levels[0].column) : fieldText(grid, header, row, 'indicator');
    if (first.text && !first.continuation && TOTAL_ROW.test(first.text.replace(/\s+/g, ''))) {
      const columns = header.attributes.filter((attribute) => attribute.field === 'maxScore').sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
      for (const column of columns) {
        const total = cellAt(grid, row, column.column).text;
        if (!total) continue;
        const value = parsePoints(total);
        if (value === null) problems.error('BAD_POINTS', row, column, `总分「${total}」不是有效的分值（应为非负数，最多两位小数）`);
        else statedTotal = { value, row, place: column };
        break;
      }
      open.length = 0;
      continue;
    }

    // The indicators this row names.
    if (multi) {
      for (const level of header.levels) {
        const cell = cellAt(grid, row, level.column);
        if (!cell.text || cell.continuation) continue;
        const headingRead = multiLevelHeading(cell.text);
        const same = open[level.level];
        // A heading repeated on the next rows (no merged cells, e.g. CSV) is the same indicator.
        if (same && same.indicator.title === headingRead.title && (headingRead.code === null || headingRead.code === same.indicator.code)) continue;
        const count = (generated.get(level.level) ?? 0) + 1;
        generated.set(level.level, count);
        const letter = String.fromCharCode(64 + level.level);
        const code = headingRead.code ?? `${letter}${count}`;
        if (!headingRead.code) problems.warning('MISSING_TITLE', row, level, `${level.label}「${headingRead.title}」末尾没有编号（如（${letter}1）），已编为 ${code}`);
        const node = openNode(level.level, code, headingRead.title, row, level, cell.text, headingRead.marker);
        if (level !== header.levels[0] && !node.parent) problems.error('ORPHAN_LEVEL', row, level, `${level.label}「${headingRead.title}」上方没有所属的${shallowerLabel(header.levels, level)}`);
      }
    } else {
      const cell = fieldText(grid, header, row, 'indicator');
      if (cell.text && !cell.continuation) {
        const parsed = parseIndicatorHeading(cell.text);
        const level = parsed.code ? levelOfCode(parsed.code) : 1;
        if (open[level]?.headingText !== cell.text) {
          const code = parsed.code ?? String(roots.length + 1);
          const split = splitElectiveTitle(parsed.title);
          if (!parsed.code) problems.warning('MISSING_TITLE', row, 'indicator', `指标「${split.title}」前没有序号，已按顺序编为 ${code}`);
          const node = openNode(level, code, split.title, row, 'indicator', cell.text, split.marker);
          const expected = parsed.code && codeDepth(parsed.code).kind === 'dotted' ? parsed.code.split('.').slice(0, -1).join('.') : null;
          if (level > 1 && !node.parent) problems.error('ORPHAN_LEVEL', row, 'indicator', `指标「${code} ${split.title}」上方没有所属的上级指标`);
          else if (node.parent && expected && node.parent.indicator.code !== expected) {
            problems.error('ORPHAN_LEVEL', row, 'indicator', `指标编号 ${code} 应在指标 ${expected} 之下，但上方是指标 ${node.parent.indicator.code}：请检查编号或行的顺序`);
          }
        }
      }
    }
    const deepest = deepestOpen();

    // Points, weights and 选做 markers.
    for (const attribute of header.attributes) {
      const cell = cellAt(grid, row, attribute.column);
      if (!cell.text || cell.continuation) continue;
      const target = (attribute.level !== null ? open[attribute.level] : null) ?? deepest;
      if (!target) {
        problems.error('RULE_WITHOUT_INDICATOR', row, attribute, `这一行的${attribute.label || '内容'}上方没有指标：请在指标列填写它所属的指标`);
        continue;
      }
      if (target.lastText.get(attribute.column) === cell.text) continue;
      target.lastText.set(attribute.column, cell.text);
      readAttribute(target, attribute.field, cell.text, { row, place: attribute });
    }

    // Requirements: of the deepest indicator named on this row or above.
    for (const column of [header.columns.requirements, ...header.extraRequirements.map((extra) => extra.column)]) {
      if (column === undefined) continue;
      const cell = cellAt(grid, row, column);
      if (!cell.text || cell.continuation) continue;
      if (!deepest) {
        problems.error('RULE_WITHOUT_INDICATOR', row, 'requirements', '这条考察要素上方没有指标：请在指标列填写它所属的指标');
        continue;
      }
      if (deepest.lastText.get(column) === cell.text) continue;
      deepest.lastText.set(column, cell.text);
      deepest.indicator.requirements.push(...parseRequirements(cell.text, deepest.indicator.code, deepest.indicator.requirements.length));
    }

    // The rule of the row.
    const ruleCell = fieldText(grid, header, row, 'rule');
    const unitsCell = fieldText(grid, header, row, 'units');
    if (!ruleCell.text) {
      if (deepest && unitsCell.text && !unitsCell.continuation) problems.error('MISSING_RULE', row, 'rule', '这一行有责任单位但没有评分规则：请填写评分规则或删去责任单位');
      continue;
    }
    if (!deepest) {
      problems.error('RULE_WITHOUT_INDICATOR', row, 'rule', '这条评分规则上方没有指标：请在「指标」列填写它所属的指标');
      continue;
    }
    const notes = [header.columns.note, ...header.extraNotes.map((extra) => extra.column)]
      .filter((column): column is number => column !== undefined)
      .map((column) => cellAt(grid, row, column))
      .filter((cell) => cell.text && !cell.continuation)
      .map((cell) => cell.text);
    deepest.rawRules.push({
      row,
      text: ruleCell.text.replace(/\s*\n\s*/g, ''),
      pointsText: fieldText(grid, header, row, 'rulePoints').text,
      scoringText: fieldText(grid, header, row, 'scoring').text,
      unitsText: unitsCell.continuation ? '' : unitsCell.text,
      note: notes.join('\n'),
    });
  }

  function readAttribute(node: OpenNode, field: AttributeField, text: string, at: Place): void {
    const { indicator } = node;
    if (field === 'maxScore') {
      const value = parsePoints(text);
      if (value === null) problems.error('BAD_POINTS', at.row, at.place, `分值「${text}」不是有效的分值（应为非负数，最多两位小数）`);
      else if (indicator.maxScore !== null && indicator.maxScore !== value) {
        problems.error('BAD_POINTS', at.row, at.place, `指标 ${indicator.code} 的分值写了两次且不同（${indicator.maxScore} 和 ${value}）`);
      } else {
        indicator.maxScore = value;
        node.cells.maxScore ??= at;
      }
    } else if (field === 'weight') {
      const value = parseWeight(text);
      if (value === null) problems.error('BAD_WEIGHT', at.row, at.place, `权重「${text}」不是有效的权重（应为正数，如 0.3 或 30%）`);
      else if (indicator.weight !== undefined && indicator.weight !== value) {
        problems.error('BAD_WEIGHT', at.row, at.place, `指标 ${indicator.code} 的权重写了两次且不同（${indicator.weight} 和 ${value}）`);
      } else {
        indicator.weight = value;
        node.cells.weight ??= at;
      }
    } else setElective(node, text, at);
  }

  // The tree, its modes, its rules.
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
  const hasPoints =
    (statedTotal?.value ?? 0) > 0 || all.some((node) => (node.indicator.maxScore ?? 0) > 0) || all.some((node) => node.rawRules.some((raw) => rawRuleHasPoints(raw)));
  const systemMode: ScoringMode = params?.scoringMode ?? (roots.some((node) => node.indicator.weight !== undefined) ? 'weights' : hasPoints ? 'points' : 'verdicts');

  const units = new UnitOccurrences();
  const unitColumn = header.columns.units;
  const visit = (node: OpenNode, inherited: 'points' | 'verdicts') => {
    const mode: ScoringMode = inherited === 'verdicts' ? 'verdicts' : (node.indicator.scoringMode ?? 'points');
    node.indicator.rules = node.rawRules.map((raw) => (mode === 'verdicts' ? readVerdictRule(raw, problems) : readPointsRule(raw, problems, unknownPoints)));
    if (mode === 'verdicts' && header.columns.rule === undefined && node.children.length === 0 && node.indicator.rules.length === 0) {
      node.indicator.rules = [{ text: node.indicator.title, points: 0, scoring: { kind: VERDICT_RULE_KIND }, units: [], note: '' }];
      node.synthesised = true;
    }
    readUnits(node, units, unitColumn, problems);
    node.children.forEach((child) => visit(child, mode === 'verdicts' ? 'verdicts' : 'points'));
  };
  roots.forEach((node) => visit(node, systemMode === 'verdicts' ? 'verdicts' : 'points'));

  // What the rows cannot tell one by one.
  const table: IndicatorTable = { ...base, totalScore: null, indicators: roots.map((node) => node.indicator) };
  if (systemMode !== 'points') table.scoringMode = systemMode;
  if (params?.verdicts) table.verdicts = params.verdicts;
  const statedLeaves = all.some((node) => node.children.length === 0 && node.indicator.maxScore !== null);
  const statedAny = all.some((node) => node.indicator.maxScore !== null);
  if (statedTotal) table.totalScore = statedTotal.value;
  else if (systemMode === 'points' && statedAny) table.totalScore = round(roots.reduce((sum, node) => sum + bottomUpMaximum(toSystemIndicator(node.indicator, node.indicator.code)), 0));
  finish(all, roots, header, problems, systemMode, statedLeaves);
  const place = (problem: TreeProblem): Place => placeOf(problem, nodeOf, header, statedTotal);
  for (const problem of checkIndicatorTree(table, { pointsUnknown: (rule) => unknownPoints.has(rule) })) {
    const at = place(problem);
    if (problem.severity === 'error') problems.error(problem.code, at.row, at.place, problem.message);
    else problems.warning(problem.code, at.row, at.place, problem.message);
  }
  const layout: TableLayout = multi ? 'multi-level' : all.some((node) => node.level > 1) ? 'numbered' : 'two-level';
  return { table, units, layout };
}

/** A heading of a level column: the code at its end (…（C12）) or at its start (1.2 …), and a 选做 marker. */
function multiLevelHeading(text: string): { code: string | null; title: string; marker: string | null } {
  const atEnd = parseLevelHeading(text);
  const parsed = atEnd.code ? atEnd : parseIndicatorHeading(text);
  const split = splitElectiveTitle(parsed.title);
  return { code: parsed.code, title: split.title, marker: split.marker };
}

function shallowerLabel(levels: readonly LevelColumn[], level: LevelColumn): string {
  const index = levels.indexOf(level);
  return index > 0 ? levels[index - 1].label.replace(/[（(].*$/, '') : '上级指标';
}

/**
 * The level of a code in a numbered 指标 column: dotted codes by their parts (the shallowest in
 * the table is level 1), lettered codes by their letter among those used (A1 / B2 / C14).
 */
function numberedLevels(grid: CellGrid, header: TableHeader): (code: string) => number {
  const letters = new Set<string>();
  let shallowest = Infinity;
  if (header.layout !== 'multi-level') {
    for (let row = header.row + 1; row <= grid.rows.length; row += 1) {
      const cell = fieldText(grid, header, row, 'indicator');
      if (!cell.text || cell.continuation) continue;
      const { code } = parseIndicatorHeading(cell.text);
      if (!code) continue;
      const depth = codeDepth(code);
      if (depth.kind === 'lettered') letters.add(depth.letter);
      else shallowest = Math.min(shallowest, depth.depth);
    }
  }
  const sorted = [...letters].sort();
  return (code) => {
    const depth = codeDepth(code);
    return depth.kind === 'lettered' ? sorted.indexOf(depth.letter) + 1 : depth.depth - (Number.isFinite(shallowest) ? shallowest : 1) + 1;
  };
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
      problems.warning('NO_UNITS', raw.row, 'units', '评分规则没有责任单位，上方也没有可继承的单位（同一指标内）：将作为本单位（牵头办公室）自己的工作；如需部门完成请填写责任单位，确属本单位的可写「本单位」');
    }
  });
}

/** Codes, missing points, rules and columns: what is checked once every row is read. */
function finish(all: OpenNode[], roots: OpenNode[], header: TableHeader, problems: ProblemSink, systemMode: ScoringMode, statedLeaves: boolean): void {
  if (roots.length === 0) problems.error('EMPTY_TABLE', header.row, null, '表头下方没有任何指标：请从表头下一行开始填写指标和评分规则');
  const codes = new Map<string, number>();
  const modeOf = new Map<OpenNode, ScoringMode>();
  const resolve = (node: OpenNode, inherited: 'points' | 'verdicts') => {
    const mode: ScoringMode = inherited === 'verdicts' ? 'verdicts' : (node.indicator.scoringMode ?? 'points');
    modeOf.set(node, mode);
    node.children.forEach((child) => resolve(child, mode === 'verdicts' ? 'verdicts' : 'points'));
  };
  roots.forEach((node) => resolve(node, systemMode === 'verdicts' ? 'verdicts' : 'points'));
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
      problems.error('MISSING_POINTS', node.row, pointsPlace(node, header), `指标 ${indicator.code} 没有分值：请在「分值」列填写（其评分规则合计 ${round(indicator.rules.reduce((sum, rule) => sum + rule.points, 0))} 分）`);
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
