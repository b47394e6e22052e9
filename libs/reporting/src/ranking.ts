/**
 * 红黑榜 as a supervisor reads it. Completion alone praises a unit that approved two tasks and
 * let forty run late; overdue work has to weigh against it:
 *
 * - 排名分 = (已通过 − 已逾期) / 全部任务: every overdue task cancels one approved task.
 * - Ranked by 排名分, then more approved tasks, then fewer overdue ones, then the organisation's
 *   own order of its departments.
 * - 红榜: the best `size` whose 排名分 is above 0 — more approved than overdue, so a unit at 0 %
 *   completion is never on it, nor one whose late work outweighs its approvals.
 * - 黑榜: the worst `size` of the units with overdue tasks, never one on the 红榜. A unit with
 *   nothing late is on neither (it is not behind yet).
 * Rules: docs/scoring.md, "红黑榜".
 */

export interface DepartmentTally {
  total: number;
  done: number;
  overdue: number;
  /** The organisation's order of its departments: the last tie-break. */
  order: number;
}

export type Board = 'red' | 'black';

export interface Ranked {
  rank: number;
  /** (done − overdue) / total, rounded to 0.001. */
  score: number;
  board: Board | null;
}

export const BOARD_SIZE = 10;

export function rankingScore(tally: Pick<DepartmentTally, 'total' | 'done' | 'overdue'>): number {
  if (tally.total <= 0) return 0;
  return Math.round(((tally.done - tally.overdue) / tally.total) * 1000) / 1000;
}

export function rankDepartments<T extends DepartmentTally>(rows: readonly T[], size = BOARD_SIZE): Array<T & Ranked> {
  const ordered = rows
    .map((row) => ({ row, score: rankingScore(row) }))
    .sort((a, b) => b.score - a.score || b.row.done - a.row.done || a.row.overdue - b.row.overdue || a.row.order - b.row.order)
    .map(({ row, score }, index) => ({ ...row, rank: index + 1, score, board: null as Board | null }));
  const red = ordered.filter((r) => r.score > 0).slice(0, size);
  red.forEach((r) => (r.board = 'red'));
  const late = ordered.filter((r) => r.board === null && r.overdue > 0);
  late.slice(Math.max(0, late.length - size)).forEach((r) => (r.board = 'black'));
  return ordered;
}
