import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest, evidencePath, manifestChecksumLine, parseManifest } from './backup-manifest';

const sha = (c: string) => c.repeat(64);

function manifest(change: (m: BackupManifest) => void = () => undefined): { text: string; checksum: string } {
  const m: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: '2026-05-01T08:00:00.000Z',
    database: { serverVersion: '17.2', migrations: ['Migration20261123182453_initial'] },
    tables: [{ name: 'task', columns: ['id', 'state'], rows: 2, file: 'db/task.copy', bytes: 80, sha256: sha('a') }],
    sequences: [{ name: 'some_seq', lastValue: '12', isCalled: true }],
    evidence: { store: '本地磁盘', files: [{ key: sha('b'), sha256: sha('b'), size: 10, file: evidencePath(sha('b')) }], bytes: 10 },
    audit: { events: 3, head: { id: 3, hash: sha('c') } },
  };
  change(m);
  const text = `${JSON.stringify(m, null, 2)}\n`;
  return { text, checksum: manifestChecksumLine(text) };
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { reason: string; message: string };
  }
  throw new Error('not refused');
};

describe('parseManifest', () => {
  it('reads a manifest that matches its checksum file', () => {
    const { text, checksum } = manifest();
    expect(checksum).toMatch(/^[0-9a-f]{64} {2}manifest\.json\n$/);
    expect(parseManifest(text, checksum).tables[0]).toMatchObject({ name: 'task', rows: 2 });
  });

  it('refuses a manifest changed after it was written', () => {
    const { text, checksum } = manifest();
    const error = refusal(() => parseManifest(text.replace('"rows": 2', '"rows": 3'), checksum));
    expect(error).toMatchObject({ reason: 'MANIFEST_MISMATCH', message: expect.stringContaining('与其校验值不符') });
  });

  it('refuses a broken checksum file', () => {
    expect(refusal(() => parseManifest(manifest().text, 'nonsense')).reason).toBe('MANIFEST_INVALID');
  });

  it.each<[string, (m: BackupManifest) => void]>([
    ['an unknown format version', (m) => ((m as { formatVersion: number }).formatVersion = 2)],
    ['a path outside the backup', (m) => (m.tables[0].file = '../../etc/passwd')],
    ['a table name that is not a plain identifier', (m) => (m.tables[0].name = 'task; drop table x')],
    ['a column name that is not a plain identifier', (m) => (m.tables[0].columns = ['id', 'state" text'])],
    ['a negative row count', (m) => (m.tables[0].rows = -1)],
    ['an evidence key that is not its sha256', (m) => (m.evidence.files[0].key = sha('d'))],
    ['an evidence file elsewhere than under its sha256', (m) => (m.evidence.files[0].file = 'evidence/x')],
    ['a sequence value that is not a number', (m) => (m.sequences[0].lastValue = '1; select 1')],
  ])('refuses %s, even with a matching checksum', (_what, change) => {
    const { text, checksum } = manifest(change);
    expect(refusal(() => parseManifest(text, checksum)).reason).toBe('MANIFEST_INVALID');
  });
});
