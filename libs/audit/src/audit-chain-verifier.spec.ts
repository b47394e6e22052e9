import { type ChainRow, verifyAuditChain } from './audit-chain-verifier';
import { type AuditContent, GENESIS_HASH, auditHash } from './audit-hash';

function chain(length: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let id = 1; id <= length; id++) {
    const content: AuditContent = {
      at: new Date(Date.UTC(2026, 4, 1, 8, 0, id)),
      actorId: null,
      actorUsername: `user${id}`,
      actorName: null,
      organisationId: null,
      action: 'login',
      entityType: 'user',
      entityId: String(id),
      details: { n: id },
    };
    const hash = auditHash(content, prevHash);
    rows.push({ ...content, id, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

const kinds = (report: { problems: { kind: string; id: number }[] }) => report.problems.map((problem) => `${problem.kind}@${problem.id}`);

describe('verifyAuditChain', () => {
  it('accepts an intact chain and reports its head', async () => {
    const rows = chain(6);
    const report = await verifyAuditChain(() => rows);
    expect(report).toMatchObject({ ok: true, checked: 6, problems: [], head: { id: 6, hash: rows[5].hash } });
  });

  it('accepts an empty log', async () => {
    expect(await verifyAuditChain(() => [])).toMatchObject({ ok: true, checked: 0, head: null });
  });

  it('finds an edited row', async () => {
    const rows = chain(6);
    rows[2] = { ...rows[2], details: { n: 99 } };
    const report = await verifyAuditChain(() => rows);
    expect(kinds(report)).toEqual(['edited@3']);
    expect(report.problems[0].message).toContain('第 3 条');
  });

  it('finds an edited row whose hash was recomputed: the next link breaks', async () => {
    const rows = chain(6);
    const forged = { ...rows[2], actorUsername: 'someone-else' };
    rows[2] = { ...forged, hash: auditHash(forged, forged.prevHash) };
    expect(kinds(await verifyAuditChain(() => rows))).toEqual(['broken@4']);
  });

  it('finds a deleted row, the first row deleted, and several deleted', async () => {
    const rows = chain(8);
    expect(kinds(await verifyAuditChain(() => rows.filter((row) => row.id !== 4)))).toEqual(['deleted@4']);
    expect(kinds(await verifyAuditChain(() => rows.slice(1)))).toEqual(['deleted@1']);
    const report = await verifyAuditChain(() => rows.filter((row) => row.id < 3 || row.id > 5));
    expect(kinds(report)).toEqual(['deleted@3']);
    expect(report.problems[0].message).toContain('共 3 条');
  });

  it('finds rows deleted and the rest renumbered', async () => {
    const rows = chain(6);
    const renumbered = rows.filter((row) => row.id !== 3).map((row, index) => ({ ...row, id: index + 1 }));
    expect(kinds(await verifyAuditChain(() => renumbered))).toEqual(['broken@3']);
  });

  it('finds two rows swapped', async () => {
    const rows = chain(7);
    const swapped = rows.map((row) => (row.id === 4 ? { ...rows[4], id: 4 } : row.id === 5 ? { ...rows[3], id: 5 } : row));
    const report = await verifyAuditChain(() => swapped);
    expect(report.ok).toBe(false);
    expect(report.problems.every((problem) => problem.kind === 'reordered')).toBe(true);
    expect(kinds(report)).toEqual(['reordered@4', 'reordered@5', 'reordered@6']);
    expect(report.problems[0].message).toContain('应接在现第 5 条之后');
  });

  it('finds a cut-off tail against a head written down earlier', async () => {
    const rows = chain(6);
    const head = { id: 6, hash: rows[5].hash };
    expect((await verifyAuditChain(() => rows, { expectHead: head })).ok).toBe(true);
    expect(kinds(await verifyAuditChain(() => rows.slice(0, 4), { expectHead: head }))).toEqual(['deleted@5']);
    expect(kinds(await verifyAuditChain(() => rows, { expectHead: { id: 6, hash: rows[4].hash } }))).toEqual(['edited@6']);
  });

  it('reads the rows a second time only when a link is broken', async () => {
    const rows = chain(5);
    let reads = 0;
    const source = () => {
      reads++;
      return rows;
    };
    await verifyAuditChain(source);
    expect(reads).toBe(1);
    rows[1] = { ...rows[2], id: 2 };
    rows[2] = { ...chain(5)[1], id: 3 };
    await verifyAuditChain(source);
    expect(reads).toBe(3);
  });

  it('keeps at most maxProblems problems but counts them all', async () => {
    const rows = chain(10).map((row) => ({ ...row, details: { tampered: true } }));
    const report = await verifyAuditChain(() => rows, { maxProblems: 3 });
    expect(report.problems).toHaveLength(3);
    expect(report.problemCount).toBe(10);
  });
});
