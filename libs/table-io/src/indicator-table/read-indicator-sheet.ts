import { bottomUpMaximum } from '@accredit/scoring';
import type { IndicatorTable } from '../indicator-table';
import { toSystemIndicator } from '../scoring-system';
import type { CellGrid } from './cell-grid';
import { checkSheet } from './check-sheet';
import type { TableHeader, TableLayout } from './header';
import type { ProblemSink } from './problem-sink';
import { readSheetRows } from './read-sheet-rows';
import { resolveSheetTree } from './resolve-sheet-tree';
import { round } from './sheet-node';
import type { SystemParams } from './system-params';
import type { UnitOccurrences } from './unit-occurrence';

export interface SheetRead {
  table: IndicatorTable;
  units: UnitOccurrences;
  layout: TableLayout;
}

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
 *
 * In three phases: the rows (read-sheet-rows.ts), the tree with its modes and rules
 * (resolve-sheet-tree.ts), the checks (check-sheet.ts).
 */
export function readIndicatorSheet(grid: CellGrid, header: TableHeader, problems: ProblemSink, base: Pick<IndicatorTable, 'key' | 'version' | 'name'>, params: SystemParams | null): SheetRead {
  const rows = readSheetRows(grid, header, problems);
  const tree = resolveSheetTree(rows, header, problems, params);
  const { all, roots, statedTotal } = rows;
  const { systemMode } = tree;
  const table: IndicatorTable = { ...base, totalScore: null, indicators: roots.map((node) => node.indicator) };
  if (systemMode !== 'points') table.scoringMode = systemMode;
  if (params?.verdicts) table.verdicts = params.verdicts;
  const statedAny = all.some((node) => node.indicator.maxScore !== null);
  if (statedTotal) table.totalScore = statedTotal.value;
  else if (systemMode === 'points' && statedAny) table.totalScore = round(roots.reduce((sum, node) => sum + bottomUpMaximum(toSystemIndicator(node.indicator, node.indicator.code)), 0));
  checkSheet(table, rows, tree, header, problems);
  const layout: TableLayout = header.layout === 'multi-level' ? 'multi-level' : all.some((node) => node.level > 1) ? 'numbered' : 'two-level';
  return { table, units: tree.units, layout };
}
