import { checksum, compareVersions, normaliseSource } from './checksum';

describe('checksum', () => {
  it('is the sha256 of the normalised text', () => {
    // printf 'key: task\n' | sha256sum
    expect(checksum('key: task')).toBe('dab736dc5d4ec114c6cf6d64577fc4ed0e718f6952fa10968a9b12e563c025f0');
    expect(checksum('key: task\n')).toBe('dab736dc5d4ec114c6cf6d64577fc4ed0e718f6952fa10968a9b12e563c025f0');
  });

  it('ignores line endings, BOM, trailing spaces and trailing blank lines', () => {
    const base = checksum('key: task\nversion: 1\n');
    expect(checksum('\uFEFFkey: task\r\nversion: 1\r\n')).toBe(base);
    expect(checksum('key: task   \nversion: 1\t\n\n\n')).toBe(base);
    expect(normaliseSource('a  \r\nb\r\n\r\n')).toBe('a\nb\n');
  });

  it('changes when the content changes', () => {
    expect(checksum('key: task\nversion: 1\n')).not.toBe(checksum('key: task\nversion: 2\n'));
    expect(checksum('  key: task\n')).not.toBe(checksum('key: task\n'));
  });
});

describe('compareVersions', () => {
  const stored = { key: 'task', version: 2, checksum: 'abc' };

  it('classifies an incoming definition against the stored one', () => {
    expect(compareVersions(undefined, stored)).toBe('new');
    expect(compareVersions(stored, { ...stored })).toBe('unchanged');
    expect(compareVersions(stored, { ...stored, version: 3, checksum: 'def' })).toBe('upgrade');
    expect(compareVersions(stored, { ...stored, version: 1 })).toBe('downgrade');
    expect(compareVersions(stored, { ...stored, checksum: 'def' })).toBe('conflict');
  });

  it('refuses to compare different workflows', () => {
    expect(() => compareVersions(stored, { ...stored, key: 'campaign' })).toThrow('不能比较不同流程的版本');
  });
});
