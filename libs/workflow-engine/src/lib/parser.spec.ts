import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksum } from './checksum';
import { loadDefinitionFile } from './loader';
import { formatDefinitionError, parseDefinition } from './parser';
import { compileOrThrow, errorsOf, FIXTURES_DIR } from './spec-helpers';
import type { DefinitionErrorCode } from './types';

const MINIMAL = `key: mini
version: 1
entityType: task
name: 最小流程
states:
  open:
    label: 进行中
    initial: true
  done:
    label: 已完成
    final: true
transitions:
  - event: finish
    label: 完成
    from: open
    to: done
    roles: [office_admin]
`;

/** MINIMAL with line `line` (1-based) replaced by `lines` (none to delete it). */
function edit(line: number, ...lines: string[]): string {
  const all = MINIMAL.split('\n');
  all.splice(line - 1, 1, ...lines);
  return all.join('\n');
}

describe('parseDefinition', () => {
  it('compiles a valid definition into plain data', () => {
    const definition = compileOrThrow(MINIMAL);
    expect(definition).toMatchObject({
      key: 'mini',
      version: 1,
      entityType: 'task',
      name: '最小流程',
      file: 'inline.yaml',
      checksum: checksum(MINIMAL),
      initial: 'open',
      phases: {},
      documents: {},
      outcomes: {},
    });
    expect(definition.roles).toEqual({
      office_admin: '办公室管理员',
      liaison: '部门联络员',
      supervisor: '督查',
      expert: '评审专家',
      system_admin: '系统管理员',
    });
    expect(definition.states).toEqual({
      open: {
        path: 'open',
        key: 'open',
        label: '进行中',
        children: [],
        initial: true,
        final: false,
        evidenceEditable: false,
        reviewQueue: false,
        expertScoring: false,
      },
      done: {
        path: 'done',
        key: 'done',
        label: '已完成',
        children: [],
        initial: false,
        final: true,
        evidenceEditable: false,
        reviewQueue: false,
        expertScoring: false,
      },
    });
    expect(definition.transitions).toEqual([
      {
        index: 0,
        event: 'finish',
        label: '完成',
        from: ['open'],
        to: 'done',
        roles: ['office_admin'],
        needsComment: false,
        checksEvidence: false,
        guards: [],
        effects: [],
      },
    ]);
    // Survives a JSON round trip, so it can be cached or stored.
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
  });

  describe('schema errors carry file, line, column and path', () => {
    it.each([
      ['a missing required field', edit(10), 9, 3, 'states.done.label', '缺少必填字段"label"'],
      ['an unknown field', edit(8, '    initial: true', '    colour: red'), 9, 5, 'states.open.colour', '不支持的字段"colour"'],
      ['a badly named state', edit(6, '  Open:'), 6, 3, 'states.Open', '名称"Open"不合规：格式不正确：应以小写字母开头，只含小写字母、数字、- 和 _'],
      ['a version below 1', edit(2, 'version: 0'), 2, 10, 'version', '不能小于 1'],
      ['a from that is neither a path nor a list', edit(15, '    from: 3'), 15, 11, 'transitions[0].from', '格式不正确：来源状态路径或路径列表；父状态上的迁移对其所有子状态有效。'],
      ['an empty roles list', edit(17, '    roles: []'), 17, 12, 'transitions[0].roles', '至少需要 1 项'],
      ['a label of the wrong type', edit(14, '    label: [完成]'), 14, 12, 'transitions[0].label', '类型错误：应为文字'],
    ])('%s', (_name, source, line, column, path, message) => {
      expect(errorsOf(source)).toEqual([{ file: 'inline.yaml', line, column, path, code: 'SCHEMA_VIOLATION', message }]);
    });

    it('refuses an empty file', () => {
      expect(errorsOf('')).toEqual([
        {
          file: 'inline.yaml',
          line: 1,
          column: 1,
          path: '',
          code: 'SCHEMA_VIOLATION',
          message: '类型错误：应为键值映射',
        },
      ]);
    });

    it('reports several problems at once, in source order', () => {
      const errors = errorsOf(edit(16, '    to: closed', '    description: 1').replace('version: 1', 'version: v1'));
      expect(errors.map((e) => [e.line, e.path])).toEqual([
        [2, 'version'],
        [17, 'transitions[0].description'],
      ]);
    });
  });

  describe('semantic errors', () => {
    const codes = (source: string): [DefinitionErrorCode, number, string][] => errorsOf(source).map((e) => [e.code, e.line, e.path]);

    it('suggests the full path when a sub-state is named bare', () => {
      const source = edit(9, '  review:', '    label: 审核', '    states:', '      evidence:', '        label: 材料', '        initial: true', '  done:').replace('    to: done', '    to: evidence');
      const [error] = errorsOf(source);
      expect(error).toMatchObject({ code: 'UNKNOWN_STATE', path: 'transitions[0].to', line: 22 });
      expect(error.message).toBe('未知的状态"evidence"，是否指 review.evidence？');
    });

    it('requires an initial child in every compound state', () => {
      const source = edit(9, '  review:', '    label: 审核', '    states:', '      evidence:', '        label: 材料', '  done:');
      expect(errorsOf(source)).toEqual([
        expect.objectContaining({
          code: 'NO_INITIAL_STATE',
          line: 11,
          path: 'states.review.states',
          message: '复合状态"审核"没有初始子状态：请将一个子状态标记为 initial: true',
        }),
      ]);
    });

    it('reports an unreachable compound state once, not each child', () => {
      const source = edit(9, '  review:', '    label: 审核', '    states:', '      evidence:', '        label: 材料', '        initial: true', '      check:', '        label: 检查', '  done:');
      expect(codes(source)).toEqual([['UNREACHABLE_STATE', 9, 'states.review']]);
    });

    it('flags one state listed twice for the same event', () => {
      expect(codes(edit(15, '    from: [open, open]'))).toEqual([['DUPLICATE_TRANSITION', 15, 'transitions[0].from[1]']]);
    });

    it('checks the shape of guard entries', () => {
      const source = edit(17, '    roles: [office_admin]', '    guards:', '      - { roleIs: [expert], commentRequired: null }', '      - notAGuard');
      expect(errorsOf(source)).toEqual([
        expect.objectContaining({
          code: 'SCHEMA_VIOLATION',
          line: 19,
          column: 9,
          path: 'transitions[0].guards[0]',
          message: '守卫应写成名称（如 commentRequired）或“名称: 参数”（如 roleIs: [expert]）',
        }),
        expect.objectContaining({
          code: 'UNKNOWN_GUARD',
          line: 20,
          column: 9,
          path: 'transitions[0].guards[1]',
        }),
      ]);
    });

    it('reports independent semantic problems together', () => {
      const source = edit(16, '    to: nowhere', '    roles: [office_admin, nobody]').replace('    roles: [office_admin]\n', '');
      expect(codes(source)).toEqual([
        ['UNKNOWN_STATE', 16, 'transitions[0].to'],
        ['UNKNOWN_ROLE', 17, 'transitions[0].roles[1]'],
      ]);
    });
  });

  it('formats an error for a terminal', () => {
    const [error] = errorsOf(edit(16, '    to: nowhere'));
    expect(formatDefinitionError(error)).toBe('inline.yaml:16:9 transitions[0].to UNKNOWN_STATE 未知的状态"nowhere"');
  });
});

describe('fixtures', () => {
  // One not-ok fixture per error kind: the code, and where it must be reported.
  const expected: Record<string, { code: DefinitionErrorCode; line: number; column: number; path: string }> = {
    'yaml-syntax.yaml': { code: 'YAML_SYNTAX', line: 12, column: 1, path: '' },
    'duplicate-key.yaml': { code: 'YAML_SYNTAX', line: 12, column: 5, path: '' },
    'schema-violation.yaml': { code: 'SCHEMA_VIOLATION', line: 3, column: 10, path: 'version' },
    'no-initial-state.yaml': { code: 'NO_INITIAL_STATE', line: 6, column: 1, path: 'states' },
    'multiple-initial-states.yaml': {
      code: 'MULTIPLE_INITIAL_STATES',
      line: 12,
      column: 5,
      path: 'states.submitted.initial',
    },
    'invalid-final-state.yaml': {
      code: 'INVALID_FINAL_STATE',
      line: 14,
      column: 5,
      path: 'states.approved.final',
    },
    'unknown-state.yaml': { code: 'UNKNOWN_STATE', line: 24, column: 9, path: 'transitions[1].to' },
    'unreachable-state.yaml': {
      code: 'UNREACHABLE_STATE',
      line: 15,
      column: 3,
      path: 'states.archived',
    },
    'duplicate-transition.yaml': {
      code: 'DUPLICATE_TRANSITION',
      line: 31,
      column: 19,
      path: 'transitions[2].from[1]',
    },
    'transition-from-final.yaml': {
      code: 'TRANSITION_FROM_FINAL',
      line: 28,
      column: 11,
      path: 'transitions[2].from',
    },
    'unknown-role.yaml': {
      code: 'UNKNOWN_ROLE',
      line: 25,
      column: 21,
      path: 'transitions[1].roles[1]',
    },
    'unknown-guard.yaml': {
      code: 'UNKNOWN_GUARD',
      line: 22,
      column: 9,
      path: 'transitions[0].guards[0]',
    },
    'unknown-effect.yaml': {
      code: 'UNKNOWN_EFFECT',
      line: 23,
      column: 9,
      path: 'transitions[0].effects[1]',
    },
    'bad-guard-params.yaml': {
      code: 'INVALID_GUARD_PARAMS',
      line: 24,
      column: 25,
      path: 'transitions[0].guards[1].hasEvidence.requirements',
    },
    'bad-effect-params.yaml': {
      code: 'INVALID_EFFECT_PARAMS',
      line: 23,
      column: 17,
      path: 'transitions[0].effects[0].setDueDate.days',
    },
  };
  const notOkDir = join(FIXTURES_DIR, 'not-ok');
  const notOk = readdirSync(notOkDir).filter((name) => name.endsWith('.yaml'));

  it('has an expectation for every not-ok fixture', () => {
    expect(notOk.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(notOk)('%s is refused with the right code at the right place', (name) => {
    const file = join(notOkDir, name);
    const result = loadDefinitionFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ ...expected[name], file });
    expect(result.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    // The fixture's header comment names the code it is about.
    expect(readFileSync(join(notOkDir, name), 'utf8').split('\n')[0]).toContain(expected[name].code);
  });

  it.each(readdirSync(join(FIXTURES_DIR, 'ok')))('ok/%s compiles', (name) => {
    const source = readFileSync(join(FIXTURES_DIR, 'ok', name), 'utf8');
    expect(parseDefinition(source, name)).toMatchObject({ ok: true });
  });
});
