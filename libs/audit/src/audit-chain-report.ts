import type { ChainLink, ChainProblemKind, ChainReport } from './audit-chain-verifier';

export const CHAIN_PROBLEM_LABELS: Readonly<Record<ChainProblemKind, string>> = {
  edited: '记录被改动',
  deleted: '记录被删除',
  reordered: '顺序被调换',
  broken: '链断开',
};

/** What `audit:verify` prints: one line per problem, and a summary naming the head to write down. */
export function describeChainReport(report: ChainReport): { problems: string[]; summary: string } {
  const problems = report.problems.map((problem) => `【${CHAIN_PROBLEM_LABELS[problem.kind]}】${problem.message}`);
  if (report.problemCount > report.problems.length) problems.push(`……另有 ${report.problemCount - report.problems.length} 处问题未列出`);
  const head = report.head ? `；最后一条为第 ${report.head.id} 条，哈希 ${report.head.hash}（可记下，以后用 --expect-head ${report.head.id}:${report.head.hash} 发现末尾记录被删除）` : '';
  const summary = report.ok
    ? `审计日志完整：共 ${report.checked} 条记录，哈希链无误${head}`
    : `审计日志被篡改：共 ${report.checked} 条记录，发现 ${report.problemCount} 处问题${head}。请从备份核对，并追查数据库的超级用户操作`;
  return { problems, summary };
}

/** Parses `--expect-head <id>:<hash>` (a head written down earlier). */
export function parseChainLink(text: string): ChainLink {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new Error(`--expect-head 的格式应为 序号:哈希（64 位十六进制），例如 120:${'ab'.repeat(32)}；收到「${text}」`);
  return { id: Number(match[1]), hash: match[2] };
}
