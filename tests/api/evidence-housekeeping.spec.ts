import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { EVIDENCE_STORE, type EvidenceStore, verifyEvidenceStore } from '@accredit/evidence';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { httpGet, uploadMultipart } from '../support/multipart-client';
import { type TestApi, startTestApi } from '../support/test-api';

describe('evidence housekeeping: start-up clean-up and evidence:verify', () => {
  let t: TestApi;
  let dir: string;
  const host = hostname().replace(/[^A-Za-z0-9._-]/g, '_') || 'host';
  const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
  const part = (owner: string, pid: number) => `${owner}~${pid}~${randomUUID()}.part`;
  const names = {
    deadProcess: part(host, deadPid),
    thisProcess: part(host, process.pid),
    otherMachineFresh: part('other-host', 4242),
    otherMachineStale: part('other-host', 4243),
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-housekeeping-'));
    mkdirSync(join(dir, 'tmp'));
    for (const name of Object.values(names)) writeFileSync(join(dir, 'tmp', name), fixtures.pdf(1000));
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dir, 'tmp', names.otherMachineStale), twoHoursAgo, twoHoursAgo);
    t = await startTestApi({ env: { EVIDENCE_DIR: dir } });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('removes at start-up the temp files no running upload owns, and keeps another machine’s fresh one', () => {
    expect(readdirSync(join(dir, 'tmp'))).toEqual([names.otherMachineFresh]);
  });

  it('re-hashes every stored file and reports missing, altered and unreferenced content', async () => {
    const kexie = await t.as('kexie');
    const { data } = await t.gql('{ campaigns { id } }');
    const tasks = await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 1) { edges { node { id } } } }', { id: data!.campaigns[0].id });
    const taskId = tasks.data!.tasks.edges[0].node.id;
    const files = [fixtures.pdf(10_000), fixtures.png(20_000), fixtures.jpeg(30_000)];
    const result = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId, requirementCode: '1-1' }, files.map((data, i) => ({ filename: `f${i}`, data })), { token: kexie.token });
    expect(result.status).toBe(201);
    const store = t.api.app.get<EvidenceStore>(EVIDENCE_STORE);
    const em = t.api.app.get(MikroORM).em.fork() as EntityManager;

    const clean = await verifyEvidenceStore(em, store);
    expect(clean).toMatchObject({ checked: 3, missing: [], altered: [], unreferenced: [] });
    expect(clean.bytes).toBe(60_000);

    const objectPath = (hash: string) => join(dir, 'objects', hash.slice(0, 2), hash.slice(2, 4), hash);
    const [altered, missing] = [sha256(files[0]), sha256(files[1])];
    chmodSync(objectPath(altered), 0o640);
    writeFileSync(objectPath(altered), Buffer.concat([files[0], Buffer.from('tampered')]));
    rmSync(objectPath(missing));
    const stray = fixtures.pdf(500);
    mkdirSync(join(dir, 'objects', sha256(stray).slice(0, 2), sha256(stray).slice(2, 4)), { recursive: true });
    writeFileSync(objectPath(sha256(stray)), stray);

    const report = await verifyEvidenceStore(em, store);
    expect(report.checked).toBe(3);
    expect(report.missing).toEqual([{ sha256: missing, size: 20_000, files: 1, found: null }]);
    expect(report.altered).toEqual([{ sha256: altered, size: 10_000, files: 1, found: { size: 10_008, sha256: sha256(Buffer.concat([files[0], Buffer.from('tampered')])) } }]);
    expect(report.unreferenced).toEqual([{ sha256: sha256(stray), size: 500 }]);

    // Serving a damaged file is refused with a clear error instead of wrong bytes.
    const evidenceId = result.json.files[0].evidenceId;
    const download = await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`, { token: kexie.token });
    expect(download.status).toBe(500);
    expect(download.json.errors[0].message).toContain('evidence:verify');
    expect(existsSync(objectPath(sha256(files[2])))).toBe(true);
  });
});
