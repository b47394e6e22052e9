import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFormDirectory, loadFormFile } from './loader';
import { formatDefinitionError, parseFormDefinition } from './parser';
import { compileOrThrow, errorsOf } from './spec-helpers';
import type { DefinitionErrorCode } from './types';

const MINIMAL = `key: mini
version: 1
name: 最小表单
roles:
  applicant: 申报单位
  province: 省级科协
sections:
  - key: basic
    label: 基本情况
    fields:
      - key: unit
        type: text
        label: 申报单位
        maxChars: 50
      - key: staffing
        type: number
        label: 人员编制
      - key: opinion
        type: signOff
        label: 省科协意见
        role: province
        stage: applied
`;

/** MINIMAL with line `line` (1-based) replaced by `lines` (none to delete it). */
function edit(line: number, ...lines: string[]): string {
  const all = MINIMAL.split('\n');
  all.splice(line - 1, 1, ...lines);
  return all.join('\n');
}

describe('parseFormDefinition', () => {
  it('compiles a valid definition into plain data with every default filled in', () => {
    const definition = compileOrThrow(MINIMAL);
    expect(definition).toEqual({
      key: 'mini',
      version: 1,
      name: '最小表单',
      roles: { applicant: '申报单位', province: '省级科协' },
      file: 'inline.yaml',
      sections: [
        {
          key: 'basic',
          label: '基本情况',
          fields: [
            { key: 'unit', type: 'text', label: '申报单位', required: false, maxChars: 50, multiline: false },
            { key: 'staffing', type: 'number', label: '人员编制', required: false, integer: false },
            {
              key: 'opinion',
              type: 'signOff',
              label: '省科协意见',
              required: false,
              role: 'province',
              stages: ['applied'],
              opinion: { label: '意见' },
              signer: 'required',
              seal: 'optional',
              signatureLabel: '签字',
            },
          ],
        },
      ],
    });
    // Survives a JSON round trip, so it can be cached, stored or sent to the browser.
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
  });

  describe('schema errors carry file, line, column and path', () => {
    it.each([
      ['a maxChars of 0', edit(14, '        maxChars: 0'), 14, 19, 'sections[0].fields[0].maxChars', '不能小于 1'],
      ['a missing label', edit(13), 11, 9, 'sections[0].fields[0].label', '缺少必填字段"label"'],
      ['an unknown field type', edit(16, '        type: numbr'), 16, 15, 'sections[0].fields[1].type', '未知的栏目类型"numbr"，可用：text、number、date、yesNo、choice、attachment、table、signOff'],
      [
        'a sign-off box as a table column',
        edit(
          15,
          '      - key: rows',
          '        type: table',
          '        label: 设施',
          '        columns:',
          '          - { key: box, type: signOff, label: 意见, role: province, stage: applied }',
          '      - key: staffing',
        ),
        19,
        31,
        'sections[0].fields[1].columns[0].type',
        '表格的列不能是"signOff"，可用：text、number、date、yesNo、choice、attachment',
      ],
      ['an option of another type', edit(17, '        label: 人员编制', '        maxChars: 3'), 18, 9, 'sections[0].fields[1].maxChars', '不支持的字段"maxChars"'],
      ['a sign-off box without a stage', edit(22), 18, 9, 'sections[0].fields[2].stage', '缺少必填字段"stage"'],
      ['a field key with capitals', edit(11, '      - key: Unit'), 11, 14, 'sections[0].fields[0].key', '格式不正确：应以小写字母开头，只含小写字母、数字和 _'],
      ['a version below 1', edit(2, 'version: 0'), 2, 10, 'version', '不能小于 1'],
    ])('%s', (_name, source, line, column, path, message) => {
      expect(errorsOf(source)).toEqual([{ file: 'inline.yaml', line, column, path, code: 'SCHEMA_VIOLATION', message }]);
    });

    it('refuses an empty file', () => {
      expect(errorsOf('')).toEqual([{ file: 'inline.yaml', line: 1, column: 1, path: '', code: 'SCHEMA_VIOLATION', message: '类型错误：应为键值映射' }]);
    });

    it('reports a YAML syntax error where it is', () => {
      const [error] = errorsOf(edit(12, '        type: text', '        label: [申报单位'));
      expect(error).toMatchObject({ code: 'YAML_SYNTAX', path: '' });
      expect(error.line).toBeGreaterThanOrEqual(13);
      expect(error.message).toMatch(/^YAML 语法错误/);
    });
  });

  describe('semantic errors', () => {
    const codes = (source: string, stages?: readonly string[]): [DefinitionErrorCode, number, number, string][] => errorsOf(source, stages).map((e) => [e.code, e.line, e.column, e.path]);

    it('keys are unique across the whole form', () => {
      const source = `${MINIMAL}  - key: more
    label: 其他
    fields:
      - { key: unit, type: text, label: 单位 }
`;
      const [error] = errorsOf(source);
      expect(error).toMatchObject({ code: 'DUPLICATE_FIELD_KEY', line: 26, column: 16, path: 'sections[1].fields[0].key' });
      expect(error.message).toBe('栏目标识"unit"重复：已用于"申报单位"，同一张表中的栏目标识必须唯一');
    });

    it('section keys, table columns and choice options are unique too', () => {
      const source = edit(
        8,
        '  - key: basic',
        '    label: 基本情况',
        '    fields:',
        '      - key: rows',
        '        type: table',
        '        label: 设施',
        '        minRows: 3',
        '        maxRows: 2',
        '        columns:',
        '          - { key: name, type: text, label: 名称 }',
        '          - { key: name, type: text, label: 名字 }',
        '      - key: pick',
        '        type: choice',
        '        label: 选择',
        '        options: [{ key: a, label: 甲 }, { key: a, label: 乙 }]',
        '  - key: basic',
      );
      expect(codes(source)).toEqual([
        ['INVALID_RANGE', 15, 18, 'sections[0].fields[0].maxRows'],
        ['DUPLICATE_FIELD_KEY', 18, 20, 'sections[0].fields[0].columns[1].key'],
        ['DUPLICATE_OPTION', 22, 48, 'sections[0].fields[1].options[1].key'],
        ['DUPLICATE_SECTION_KEY', 23, 10, 'sections[1].key'],
      ]);
    });

    it('a number range must not be upside down', () => {
      const [error] = errorsOf(edit(17, '        label: 人员编制', '        min: 10', '        max: 5'));
      expect(error).toMatchObject({ code: 'INVALID_RANGE', line: 19, column: 14, path: 'sections[0].fields[1].max' });
      expect(error.message).toBe('取值上限 max（5）小于下限 min（10），请改正');
    });

    it('a sign-off role must be declared', () => {
      const [error] = errorsOf(edit(21, '        role: nation'));
      expect(error).toMatchObject({ code: 'UNKNOWN_ROLE', line: 21, column: 15, path: 'sections[0].fields[2].role' });
      expect(error.message).toBe('未声明的角色"nation"：请在 roles 中声明它的中文名称（已声明：applicant、province）');
    });

    it('stages are checked against the workflow when its states are given', () => {
      expect(parseFormDefinition(MINIMAL, 'inline.yaml', { stages: ['applied', 'recommended'] }).ok).toBe(true);
    });

    it('an unknown stage is reported where it is written', () => {
      const source = edit(22, '        stage: [applied, reviewing]');
      const [error] = errorsOf(source, ['applied', 'recommended']);
      expect(error).toMatchObject({ code: 'UNKNOWN_STAGE', line: 22, column: 26, path: 'sections[0].fields[2].stage[1]' });
      expect(error.message).toBe('流程中没有状态"reviewing"，可用：applied、recommended');
    });
  });

  it('formats an error for a terminal', () => {
    const [error] = errorsOf(edit(14, '        maxChars: 0'));
    expect(formatDefinitionError(error)).toBe('inline.yaml:14:19 sections[0].fields[0].maxChars SCHEMA_VIOLATION 不能小于 1');
  });
});

describe('loading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'forms-'));

  it('reports a broken file with its path, line and column', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, edit(14, '        maxChars: -3'));
    const result = loadFormFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file, line: 14, column: 19, code: 'SCHEMA_VIOLATION' });
  });

  it('refuses two files with the same key and version', () => {
    const twins = mkdtempSync(join(tmpdir(), 'forms-twins-'));
    writeFileSync(join(twins, 'a.yaml'), MINIMAL);
    writeFileSync(join(twins, 'b.yaml'), MINIMAL);
    const result = loadFormDirectory(twins);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ file: join(twins, 'b.yaml'), line: 2, column: 10, code: 'DUPLICATE_DEFINITION' })]);
  });

  it('checks stages of the named workflow through stagesOf', () => {
    const file = join(dir, 'staged.yaml');
    writeFileSync(file, edit(3, 'name: 最小表单', 'workflow: participant'));
    expect(loadFormFile(file, { stagesOf: () => ['applied'] }).ok).toBe(true);
    const result = loadFormFile(file, { stagesOf: (key) => (key === 'participant' ? ['named'] : undefined) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'UNKNOWN_STAGE', line: 23 });
    expect(result.errors[0].message).toBe('流程"participant"中没有状态"applied"，可用：named');
  });

  it('a missing file is a FILE_UNREADABLE error, not a crash', () => {
    expect(loadFormFile(join(dir, 'missing.yaml'))).toMatchObject({ ok: false, errors: [{ code: 'FILE_UNREADABLE' }] });
    expect(parseFormDefinition(MINIMAL, 'x.yaml').ok).toBe(true);
  });
});
