import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDefinitionFile, loadWorkflowDirectory } from './loader';
import { FIXTURES_DIR, WORKFLOWS_DIR } from './spec-helpers';

describe('loadWorkflowDirectory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'workflows-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the shipped workflows', () => {
    const result = loadWorkflowDirectory(WORKFLOWS_DIR);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.definitions.map((d) => `${d.key}@${d.version}`)).toEqual([
      'campaign@2',
      'national-batch-first@1',
      'national-batch-second@1',
      'national-batch@1',
      'participant@1',
      'task@1',
      'yearly-report@2',
    ]);
    expect(result.definitions.map((d) => d.file)).toEqual([
      join(WORKFLOWS_DIR, 'campaign.yaml'),
      join(WORKFLOWS_DIR, 'national-batch-first.yaml'),
      join(WORKFLOWS_DIR, 'national-batch-second.yaml'),
      join(WORKFLOWS_DIR, 'national-batch.yaml'),
      join(WORKFLOWS_DIR, 'participant.yaml'),
      join(WORKFLOWS_DIR, 'task.yaml'),
      join(WORKFLOWS_DIR, 'yearly-report.yaml'),
    ]);
  });

  it('collects the errors of every bad file', () => {
    const notOk = join(FIXTURES_DIR, 'not-ok');
    const result = loadWorkflowDirectory(notOk);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const files = new Set(result.errors.map((e) => e.file));
    expect([...files].sort()).toEqual(
      readdirSync(notOk)
        .map((name) => join(notOk, name))
        .sort(),
    );
  });

  it('refuses two files with the same key and version, pointing at the second version', () => {
    copyFileSync(join(WORKFLOWS_DIR, 'task.yaml'), join(dir, 'a-task.yaml'));
    copyFileSync(join(WORKFLOWS_DIR, 'task.yaml'), join(dir, 'b-task.yml'));
    writeFileSync(join(dir, 'notes.txt'), 'not a workflow');
    const result = loadWorkflowDirectory(dir);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: join(dir, 'b-task.yml'),
          line: 6,
          column: 10,
          path: 'version',
          code: 'DUPLICATE_DEFINITION',
          message: `流程"task"的版本 1 已在 ${join(dir, 'a-task.yaml')} 中定义`,
        },
      ],
    });
  });

  it('accepts two versions of one workflow side by side', () => {
    copyFileSync(join(WORKFLOWS_DIR, 'task.yaml'), join(dir, 'task.v1.yaml'));
    const source = readFileSync(join(WORKFLOWS_DIR, 'task.yaml'), 'utf8');
    writeFileSync(join(dir, 'task.v2.yaml'), source.replace('version: 1', 'version: 2'));
    const result = loadWorkflowDirectory(dir);
    expect(result.ok && result.definitions.map((d) => d.version)).toEqual([1, 2]);
  });

  it('reports unreadable paths as definition errors', () => {
    expect(loadWorkflowDirectory(join(dir, 'missing'))).toMatchObject({
      ok: false,
      errors: [{ code: 'FILE_UNREADABLE', file: join(dir, 'missing'), line: 1, column: 1 }],
    });
    expect(loadDefinitionFile(join(dir, 'missing.yaml'))).toMatchObject({
      ok: false,
      errors: [{ code: 'FILE_UNREADABLE', path: '' }],
    });
  });
});
