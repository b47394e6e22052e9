import { collectDefinitions, isYamlFileName, unreadableFile } from '../index';

// A directory of definitions (workflows/, forms/): each file parsed, one unreadable or bad file
// reported without hiding the others, a key and version declared twice refused at its version.

interface Defn {
  key: string;
  version: number;
}

const parse = (source: string, file: string) => {
  const field = (name: string) =>
    source
      .split('\n')
      .find((line) => line.startsWith(`${name}: `))
      ?.slice(name.length + 2);
  const [key, version] = [field('key'), field('version')];
  return key
    ? { ok: true as const, definition: { key, version: Number(version) } }
    : { ok: false as const, errors: [{ file, line: 1, column: 1, path: 'key', code: 'NO_KEY' as const, message: '缺少 key' }] };
};
const duplicate = (d: Defn, other: string) => `"${d.key}"的版本 ${d.version} 已在 ${other} 中定义`;

describe('a directory of YAML definitions', () => {
  it('counts only .yaml and .yml files', () => {
    expect(['a.yaml', 'b.yml', 'c.json', 'd.yaml.bak', 'README.md'].filter(isYamlFileName)).toEqual(['a.yaml', 'b.yml']);
  });

  it('keeps every good definition in order, with its source', () => {
    const files = [
      { file: 'a.yaml', source: 'key: task\nversion: 1' },
      { file: 'b.yaml', source: 'key: task\nversion: 2' },
    ];
    const { definitions, errors } = collectDefinitions(files, parse, duplicate);
    expect(errors).toEqual([]);
    expect(definitions).toEqual([
      { definition: { key: 'task', version: 1 }, source: 'key: task\nversion: 1' },
      { definition: { key: 'task', version: 2 }, source: 'key: task\nversion: 2' },
    ]);
  });

  it('reports an unreadable file, a bad one and a second declaration of a version, and keeps the rest', () => {
    const files = [
      { file: 'a.yaml', source: 'key: task\nversion: 1' },
      { file: 'b.yaml', error: new Error('EACCES: permission denied') },
      { file: 'c.yaml', source: 'name: 无 key' },
      { file: 'd.yaml', source: 'key: task\nversion: 1' },
      { file: 'e.yaml', source: 'key: campaign\nversion: 1' },
    ];
    const { definitions, errors } = collectDefinitions(files, parse, duplicate);
    expect(definitions.map((d) => d.definition)).toEqual([
      { key: 'task', version: 1 },
      { key: 'campaign', version: 1 },
    ]);
    expect(errors).toEqual([
      { file: 'b.yaml', line: 1, column: 1, path: '', code: 'FILE_UNREADABLE', message: '无法读取：EACCES: permission denied' },
      { file: 'c.yaml', line: 1, column: 1, path: 'key', code: 'NO_KEY', message: '缺少 key' },
      { file: 'd.yaml', line: 2, column: 10, path: 'version', code: 'DUPLICATE_DEFINITION', message: '"task"的版本 1 已在 a.yaml 中定义' },
    ]);
  });

  it('says why a file or directory could not be read', () => {
    expect(unreadableFile('workflows', 'ENOENT')).toEqual({ file: 'workflows', line: 1, column: 1, path: '', code: 'FILE_UNREADABLE', message: '无法读取：ENOENT' });
  });
});
