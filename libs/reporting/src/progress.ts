/**
 * The one definition of progress used everywhere (dashboard, rankings, exports): the share of
 * tasks that have reached a final state of their workflow (已通过 for the task workflow).
 * Submitted work is not progress until the office approves it.
 */
export function progressOf(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((done / total) * 1000) / 1000;
}
