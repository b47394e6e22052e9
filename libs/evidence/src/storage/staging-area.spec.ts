import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { StagingArea } from './staging-area';

describe('StagingArea', () => {
  let root: string;
  let staging: StagingArea;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'staging-'));
    staging = new StagingArea(root);
    await staging.init();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names temp files after this machine and process', () => {
    expect(basename(staging.newPath())).toMatch(new RegExp(`~${process.pid}~[0-9a-f-]{36}\\.part$`));
  });

  it('removes what dead processes and this process left, and what has been untouched for an hour', async () => {
    const ours = staging.newPath();
    const dead = staging.newPath().replace(`~${process.pid}~`, `~${spawnSync(process.execPath, ['-e', '0']).pid}~`);
    const alive = staging.newPath().replace(`~${process.pid}~`, `~${process.ppid}~`);
    const foreignFresh = join(staging.dir, 'elsewhere~1~00000000-0000-4000-8000-000000000000.part');
    const foreignStale = join(staging.dir, 'elsewhere~1~00000000-0000-4000-8000-000000000001.part');
    for (const path of [ours, dead, alive, foreignFresh, foreignStale]) writeFileSync(path, 'x');
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(foreignStale, old, old);
    const removed = await staging.removeAbandoned();
    expect(removed.sort()).toEqual([ours, dead, foreignStale].map((path) => basename(path)).sort());
    expect(readdirSync(staging.dir).sort()).toEqual([alive, foreignFresh].map((path) => basename(path)).sort());
  });

  it('discards a file that is already gone without complaint', async () => {
    await expect(staging.discard(join(staging.dir, 'nothing.part'))).resolves.toBeUndefined();
  });
});
