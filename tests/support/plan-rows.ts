/** A node of `EXPLAIN (ANALYZE, FORMAT JSON)`: what the plan-shape suites count. */
export interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/**
 * Rows each table's scans read (returned or filtered out), over every loop. EXPLAIN gives a loop's
 * rows as a rounded mean, so the sum may exceed the exact count a little: bounds want some slack.
 */
export function rowsRead(node: PlanNode, into: Record<string, number> = {}): Record<string, number> {
  const table = node['Relation Name'];
  if (table) {
    const read = node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
    into[table] = (into[table] ?? 0) + read * node['Actual Loops'];
  }
  for (const child of node.Plans ?? []) rowsRead(child, into);
  return into;
}
