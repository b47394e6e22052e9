import Ajv from 'ajv';
import { formatLocatedError, positionInYaml, readYamlSource, schemaIssues } from '../index';

describe('reading a YAML definition and placing its problems', () => {
  it('places the first syntax error at its line and column, in Chinese', () => {
    const read = readYamlSource('key: a\nkey: b\n', 'x.yaml');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([expect.objectContaining({ file: 'x.yaml', line: 2, code: 'YAML_SYNTAX', message: expect.stringContaining('同一映射中的键重复') })]);
  });

  it('places issues at the value, or at the key that names it, in source order', () => {
    const source = 'name: 示例\nsteps:\n  - { key: a, size: big }\n  - { key: b }\n';
    const read = readYamlSource(source, 'x.yaml');
    if (!read.ok) throw new Error('should parse');
    expect(read.data).toEqual({ name: '示例', steps: [{ key: 'a', size: 'big' }, { key: 'b' }] });
    const errors = read.locate([
      { path: ['steps', 1, 'key'], code: 'LATER', message: '第二处' },
      { path: ['steps', 0, 'size'], code: 'EARLIER', message: '第一处', anchor: 'key' },
    ]);
    expect(errors.map(formatLocatedError)).toEqual(['x.yaml:3:15 steps[0].size EARLIER 第一处', 'x.yaml:4:12 steps[1].key LATER 第二处']);
    // A missing path points at its deepest existing parent, where it should be added.
    expect(positionInYaml(source, ['steps', 1, 'missing'])).toEqual({ line: 4, column: 5 });
  });
});

describe('JSON Schema errors as issues', () => {
  const validate = new Ajv({ allErrors: true, verbose: true }).compile({
    type: 'object',
    required: ['key'],
    additionalProperties: false,
    properties: { key: { type: 'string', pattern: '^[a-z]+$' }, size: { anyOf: [{ type: 'integer' }, { enum: ['small'] }], description: '整数或 small' } },
  });

  it('names the field, says what it should be, and keeps one issue per failed alternative', () => {
    validate({ key: 'A', size: 'big', extra: 1 });
    const issues = schemaIssues(validate.errors ?? [], { patternHints: { '^[a-z]+$': '只含小写字母' }, alternatives: ['anyOf'] });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['extra'], anchor: 'key', code: 'SCHEMA_VIOLATION', message: '不支持的字段"extra"' },
        { path: ['key'], code: 'SCHEMA_VIOLATION', message: '格式不正确：只含小写字母' },
        { path: ['size'], code: 'SCHEMA_VIOLATION', message: '格式不正确：整数或 small' },
      ]),
    );
    expect(issues).toHaveLength(3);
    validate({});
    expect(schemaIssues(validate.errors ?? [], { patternHints: {}, alternatives: ['anyOf'] })).toEqual([{ path: ['key'], code: 'SCHEMA_VIOLATION', message: '缺少必填字段"key"' }]);
  });
});
