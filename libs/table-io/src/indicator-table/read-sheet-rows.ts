import { cellAt, type CellGrid } from './cell-grid';
import { parseElectiveMarker, splitElectiveTitle } from './elective-marker';
import { type AttributeField, type LevelColumn, type TableHeader, fieldText } from './header';
import { codeDepth, parseIndicatorHeading, parseLevelHeading, parsePoints, parseRequirements, parseWeight } from './parse-cells';
import type { ProblemPlace, ProblemSink } from './problem-sink';
import type { OpenNode, Place } from './sheet-node';

// The first phase of reading an indicator sheet: row by row, the indicators each row names (by
// level columns or by numbering), their points, weights and 选做 markers, requirements and rules.
// Merged or blank cells belong to the row above; a value repeated on every row counts once.

/** The total a 合计 row states, and where. */
export type StatedTotal = Place & { value: number };

export interface SheetRows {
  /** The top-level indicators. */
  roots: OpenNode[];
  /** Every indicator, in the order of the rows. */
  all: OpenNode[];
  statedTotal: StatedTotal | null;
}

const TOTAL_ROW = /^(合计|总计|总分|小计合计)/;

export function readSheetRows(grid: CellGrid, header: TableHeader, problems: ProblemSink): SheetRows {
  const multi = header.layout === 'multi-level';
  const levelOfCode = numberedLevels(grid, header);
  const open: (OpenNode | null)[] = [];
  const roots: OpenNode[] = [];
  const all: OpenNode[] = [];
  const generated = new Map<number, number>();
  let statedTotal: StatedTotal | null = null;

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

  return { roots, all, statedTotal };
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
