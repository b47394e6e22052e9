import type { IndicatorTable, TableIndicator } from '../indicator-table';
import type { CellGrid } from './cell-grid';
import { type TableField, type TableHeader, fieldText } from './header';
import { parseLevelHeading } from './parse-cells';
import type { ProblemSink } from './problem-sink';
import type { SheetRead } from './read-two-level';
import { UnitOccurrences } from './unit-occurrence';

const LEVELS: { field: TableField; letter: string; name: string }[] = [
  { field: 'levelA', letter: 'A', name: '一级指标' },
  { field: 'levelB', letter: 'B', name: '二级指标' },
  { field: 'levelC', letter: 'C', name: '三级指标' },
];

/**
 * Reads a multi-level system without points, like the 2016–2020 national table:
 * 一级指标（A） / 二级指标（B） / 三级指标（C） / 相关指标考察要素 (/ 相关工作情况, ignored).
 * A heading carries its code in brackets at the end (…（C12）). A blank level cell means "the
 * same as above"; each 考察要素 cell is one evidence requirement of the deepest indicator named
 * on its row or above, coded `<indicator>-<n>` (C4-1).
 */
export function readMultiLevel(grid: CellGrid, header: TableHeader, problems: ProblemSink, base: Pick<IndicatorTable, 'key' | 'version' | 'name'>): SheetRead {
  const roots: TableIndicator[] = [];
  /** The open indicator of each level; deeper levels close when a shallower one opens. */
  const open: (TableIndicator | null)[] = [null, null, null];
  const rowsOf = new Map<string, number>();
  const generated = [0, 0, 0];
  const levels = LEVELS.filter((level) => header.columns[level.field]);

  for (let row = header.row + 1; row <= grid.rows.length; row += 1) {
    let deepest = null as TableIndicator | null;
    for (const [depth, level] of levels.entries()) {
      const cell = fieldText(grid, header, row, level.field);
      if (!cell.text || cell.continuation) continue;
      const parsed = parseLevelHeading(cell.text);
      const same = open[depth];
      // A heading repeated on the next rows (no merged cells, e.g. CSV) is the same indicator.
      if (same && same.title === parsed.title && (parsed.code === null || parsed.code === same.code)) continue;
      generated[depth] += 1;
      const code = parsed.code ?? `${level.letter}${generated[depth]}`;
      if (!parsed.code) problems.warning('MISSING_TITLE', row, level.field, `${level.name}「${parsed.title}」末尾没有编号（如（${level.letter}1）），已编为 ${code}`);
      const earlier = rowsOf.get(code);
      if (earlier !== undefined) problems.error('DUPLICATE_CODE', row, level.field, `指标编号 ${code} 与第 ${earlier} 行重复`);
      rowsOf.set(code, row);
      const indicator: TableIndicator = { code, title: parsed.title, maxScore: null, requirements: [], rules: [], children: [] };
      // The nearest open indicator of a shallower level is the parent.
      const parent = open.slice(0, depth).reverse().find((candidate) => candidate !== null) ?? null;
      if (depth > 0 && !parent) problems.error('ORPHAN_LEVEL', row, level.field, `${level.name}「${parsed.title}」上方没有所属的${LEVELS[depth - 1].name}`);
      if (parent) parent.children?.push(indicator);
      else roots.push(indicator);
      open[depth] = indicator;
      for (let deeper = depth + 1; deeper < open.length; deeper += 1) open[deeper] = null;
      deepest = indicator;
    }
    const requirement = fieldText(grid, header, row, 'requirements');
    if (!requirement.text || requirement.continuation) continue;
    const target = deepest ?? [...open].reverse().find(Boolean) ?? null;
    if (!target) {
      problems.error('RULE_WITHOUT_INDICATOR', row, 'requirements', '这条考察要素上方没有指标：请在指标列填写它所属的指标');
      continue;
    }
    target.requirements.push({ code: `${target.code}-${target.requirements.length + 1}`, text: requirement.text });
  }

  if (roots.length === 0) problems.error('EMPTY_TABLE', header.row, null, '表头下方没有任何指标：请从表头下一行开始填写');
  const prune = (indicator: TableIndicator): TableIndicator => {
    const children = (indicator.children ?? []).map(prune);
    return children.length > 0 ? { ...indicator, children } : { code: indicator.code, title: indicator.title, maxScore: null, requirements: indicator.requirements, rules: [] };
  };
  return { table: { ...base, totalScore: null, indicators: roots.map(prune) }, units: new UnitOccurrences(), ruleRows: new Map() };
}
