import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { STORED_FILES } from '@accredit/api';
import { ContentIntents, EVIDENCE_STORE, type EvidenceStore, verifyEvidenceStore } from '@accredit/evidence';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { httpGet, uploadMultipart } from '../support/multipart-client';
import { uploadCampaignDocumentFile, uploadFormFile } from '../support/stored-file-owners';
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
    const result = await uploadMultipart(
      `${t.api.url}/api/evidence/upload`,
      { taskId, requirementCode: '1-1' },
      files.map((data, i) => ({ filename: `f${i}`, data })),
      { token: kexie.token },
    );
    expect(result.status).toBe(201);
    const store = t.api.app.get<EvidenceStore>(EVIDENCE_STORE);
    const em = t.api.app.get(MikroORM).em.fork() as EntityManager;

    const clean = await verifyEvidenceStore(em, store, STORED_FILES);
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

    const report = await verifyEvidenceStore(em, store, STORED_FILES);
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

  it('removes content stored for an upload that never committed, once its announcement is older than the grace period, and nothing else', async () => {
    const store = t.api.app.get<EvidenceStore>(EVIDENCE_STORE);
    const intents = t.api.app.get(ContentIntents);
    const em = t.api.app.get(MikroORM).em.fork() as EntityManager;
    const put = async (data: Buffer) => {
      const path = join(dir, 'tmp', `${randomUUID()}.bin`);
      writeFileSync(path, data);
      await store.put({ path, sha256: sha256(data), size: data.length });
      return sha256(data);
    };
    // A crash between storing and recording: announced, stored, never settled.
    const orphan = fixtures.pdf(700);
    await intents.announce([sha256(orphan)]);
    await put(orphan);
    // Content some evidence refers to, announced again by a second upload that died: kept.
    const rows = await em.execute<{ sha256: string }[]>('select sha256 from evidence_file order by sha256');
    const present = await Promise.all(rows.map(async (row) => ((await store.stat(row.sha256)) ? row : null)));
    const referenced = present.find((row) => row !== null)!;
    await intents.announce([referenced.sha256]);
    // An upload still in progress (announced just now) is not touched by a sweep with a grace period.
    const inFlight = fixtures.pdf(800);
    await intents.announce([sha256(inFlight)]);
    await put(inFlight);

    expect(await intents.sweep(60_000)).toEqual([]);
    expect(await store.stat(sha256(orphan))).not.toBeNull();
    await em.execute(`update evidence_content_intent set created_at = now() - interval '2 minutes' where sha256 in (?, ?)`, [sha256(orphan), referenced.sha256]);
    expect(await intents.sweep(60_000)).toEqual([sha256(orphan)]);
    expect(await store.stat(sha256(orphan))).toBeNull();
    expect(await store.stat(referenced.sha256)).not.toBeNull();
    expect(await store.stat(sha256(inFlight))).not.toBeNull();
    const [left] = await em.execute<{ n: number }[]>('select count(*)::int as n from evidence_content_intent');
    expect(left.n).toBe(1);
  });

  it('keeps content a campaign document or a form still refers to (their modules answer), and removes it once none does', async () => {
    const store = t.api.app.get<EvidenceStore>(EVIDENCE_STORE);
    const intents = t.api.app.get(ContentIntents);
    const em = t.api.app.get(MikroORM).em.fork() as EntityManager;
    const office = await t.as('office');
    const campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id as string;
    // Through their own upload routes: a campaign document with its file, and a form's seal.
    const { documentId, data: report } = await uploadCampaignDocumentFile(t.api.url, office, campaignId, fixtures.pdf(900));
    const { data: seal } = await uploadFormFile(t.api.url, office, campaignId, fixtures.png(600));
    const hashes = [sha256(report), sha256(seal)];
    // Announced again by uploads that died long ago: only the owners' rows keep the content now.
    const announceStale = async () => {
      await intents.announce(hashes);
      await em.execute(`update evidence_content_intent set created_at = now() - interval '2 minutes' where sha256 in (?, ?)`, hashes);
    };
    await announceStale();
    expect(await intents.sweep(60_000)).toEqual([]);
    for (const hash of hashes) expect(await store.stat(hash)).not.toBeNull();

    await em.execute('delete from campaign_document where id = ?', [documentId]);
    await em.execute('delete from form_file where sha256 = ?', [sha256(seal)]);
    await announceStale();
    expect((await intents.sweep(60_000)).sort()).toEqual([...hashes].sort());
    for (const hash of hashes) expect(await store.stat(hash)).toBeNull();
  });

  it('evidence:verify checks a campaign document’s and a form’s files like evidence, and lists neither as unreferenced', async () => {
    const store = t.api.app.get<EvidenceStore>(EVIDENCE_STORE);
    const em = t.api.app.get(MikroORM).em.fork() as EntityManager;
    const office = await t.as('office');
    const campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id as string;
    const before = await verifyEvidenceStore(em, store, STORED_FILES);
    const document = await uploadCampaignDocumentFile(t.api.url, office, campaignId);
    const form = await uploadFormFile(t.api.url, office, campaignId);
    const hashes = [sha256(document.data), sha256(form.data)];
    for (const hash of hashes) expect(await store.stat(hash)).not.toBeNull();

    const report = await verifyEvidenceStore(em, store, STORED_FILES);
    // Pruning by this list must never delete a live file: neither content is in it.
    for (const hash of hashes) expect(report.unreferenced.map((object) => object.sha256)).not.toContain(hash);
    expect(report.unreferenced).toEqual(before.unreferenced);
    expect(report.checked).toBe(before.checked + 2);
    expect(report.bytes).toBe(before.bytes + document.data.length + form.data.length);

    // And they are checked: the form's seal altered in the store is reported, naming its size.
    const objectPath = join(dir, 'objects', hashes[1].slice(0, 2), hashes[1].slice(2, 4), hashes[1]);
    chmodSync(objectPath, 0o640);
    writeFileSync(objectPath, Buffer.concat([form.data, Buffer.from('!')]));
    const altered = await verifyEvidenceStore(em, store, STORED_FILES);
    expect(altered.altered.find((problem) => problem.sha256 === hashes[1])).toMatchObject({ size: form.data.length, files: 1, found: { size: form.data.length + 1 } });
  });
});
