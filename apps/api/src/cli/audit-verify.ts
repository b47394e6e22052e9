import { Logger } from '@nestjs/common';
import { type ChainLink, describeChainReport, parseChainLink, verifyStoredAuditChain } from '@accredit/audit';
import { withOrm } from './with-orm';

/** `--expect-head <id>:<hash>`: the head written down at an earlier check, or in a backup manifest. */
function expectedHead(args: string[]): ChainLink | null {
  const at = args.findIndex((arg) => arg === '--expect-head' || arg.startsWith('--expect-head='));
  if (at < 0) return null;
  const value = args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
  return parseChainLink(value ?? '');
}

/**
 * `npm run audit:verify`: walks the audit log's hash chain and reports edited, deleted and
 * reordered rows (exit code 1). Reads the log once (twice when a link is broken).
 */
void withOrm('audit:verify', async (orm) => {
  const logger = new Logger('audit:verify');
  const report = await verifyStoredAuditChain(orm.em.fork(), { expectHead: expectedHead(process.argv.slice(2)) });
  const { problems, summary } = describeChainReport(report);
  for (const line of problems) logger.error(line);
  if (!report.ok) throw new Error(summary);
  logger.log(summary);
});
