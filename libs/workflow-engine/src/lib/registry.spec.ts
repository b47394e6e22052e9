import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EFFECT_NAMES } from './effects';
import { GUARD_NAMES } from './guards';
import { DEFINITION_SCHEMA } from './schema';
import { compileOrThrow, errorsOf, WORKFLOWS_DIR } from './spec-helpers';

// Parameters of every built-in guard and effect: accepted forms compile to normalised params,
// bad ones are definition errors that point at the parameter.

const HEAD = `key: params
version: 1
entityType: task
name: 参数测试
phases:
  creation:
    label: 创建阶段
documents:
  self-assessment: 自评报告
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
    roles: [office_admin]`;
// The single guard or effect entry is written on line 24.
const LINE = 24;

const guardDef = (entry: string): string => `${HEAD}\n    guards:\n      - ${entry}\n`;
const effectDef = (entry: string): string => `${HEAD}\n    effects:\n      - ${entry}\n`;

describe('guard parameters', () => {
  it.each([
    ['hasEvidence', { type: 'hasEvidence', params: { requirements: 'any' } }],
    ['hasEvidence: { requirements: all }', { type: 'hasEvidence', params: { requirements: 'all' } }],
    ['hasEvidence: { requirements: [1-1, 1-2] }', { type: 'hasEvidence', params: { requirements: ['1-1', '1-2'] } }],
    ['allTasksIn: [approved]', { type: 'allTasksIn', params: { states: ['approved'] } }],
    ['allTasksIn: approved', { type: 'allTasksIn', params: { states: ['approved'] } }],
    ['commentRequired', { type: 'commentRequired', params: { minLength: 1 } }],
    ['commentRequired: { minLength: 20 }', { type: 'commentRequired', params: { minLength: 20 } }],
    ['roleIs: [expert, supervisor]', { type: 'roleIs', params: { roles: ['expert', 'supervisor'] } }],
    ['onOrAfter: 2022-04-01', { type: 'onOrAfter', params: { date: '2022-04-01' } }],
    ['onOrAfter: { phase: creation }', { type: 'onOrAfter', params: { phase: 'creation', at: 'start' } }],
    ['onOrAfter: { phase: creation, at: end }', { type: 'onOrAfter', params: { phase: 'creation', at: 'end' } }],
    ['documentPresent: self-assessment', { type: 'documentPresent', params: { documents: ['self-assessment'] } }],
    ['ownDepartment', { type: 'ownDepartment', params: {} }],
  ])('accepts %s', (entry, call) => {
    expect(compileOrThrow(guardDef(entry)).transitions[0].guards).toEqual([call]);
  });

  it.each([
    ['hasEvidence: { requirements: some }', '.hasEvidence.requirements', 'requirements 应为 any、all 或指标编号列表'],
    ['hasEvidence: { codes: [1-1] }', '.hasEvidence.codes', '不支持的参数"codes"，可用：requirements'],
    ['hasEvidence: all', '.hasEvidence', '参数应为 { requirements: any | all | [指标编号…] }'],
    ['allTasksIn: []', '.allTasksIn', '应为一个状态或状态列表'],
    ['allTasksIn: [approved, 3]', '.allTasksIn[1]', '状态应为非空文字'],
    ['commentRequired: { minLength: 0 }', '.commentRequired.minLength', 'minLength 应为正整数'],
    ['roleIs: [expert, nobody]', '.roleIs[1]', '未知的角色"nobody"'],
    ['onOrAfter: 2022-02-30', '.onOrAfter', '日期"2022-02-30"无效，应为 YYYY-MM-DD'],
    ['onOrAfter: { phase: judging }', '.onOrAfter.phase', '未声明的阶段"judging"（请在 phases 中声明）'],
    ['onOrAfter: { phase: creation, at: middle }', '.onOrAfter.at', 'at 应为 start 或 end'],
    ['documentPresent: [self-assessment, photos]', '.documentPresent[1]', '未声明的文档类型"photos"（请在 documents 中声明）'],
    ['ownDepartment: yes', '.ownDepartment', 'ownDepartment 不需要参数'],
  ])('refuses %s', (entry, path, message) => {
    const name = entry.split(':')[0];
    expect(errorsOf(guardDef(entry))).toEqual([
      expect.objectContaining({
        code: 'INVALID_GUARD_PARAMS',
        line: LINE,
        path: `transitions[0].guards[0]${path}`,
        message: `守卫 ${name} 的参数有误：${message}`,
      }),
    ]);
  });

  it('refuses an unknown guard and lists the known ones', () => {
    expect(errorsOf(guardDef('hasEvidense'))).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_GUARD',
        line: LINE,
        column: 9,
        path: 'transitions[0].guards[0]',
        message: `未知的守卫"hasEvidense"，可用：${GUARD_NAMES.join('、')}`,
      }),
    ]);
  });
});

describe('effect parameters', () => {
  it.each([
    ['notify: { roles: [liaison] }', { type: 'notify', params: { roles: ['liaison'] } }],
    ['notify: { department: owner }', { type: 'notify', params: { department: 'owner' } }],
    ['setDueDate: { phase: creation, at: end }', { type: 'setDueDate', params: { phase: 'creation', at: 'end' } }],
    ['setDueDate: { phase: creation }', { type: 'setDueDate', params: { phase: 'creation', at: 'end' } }],
    ['setDueDate: { days: 14 }', { type: 'setDueDate', params: { days: 14 } }],
    ['snapshotScores: { source: self }', { type: 'snapshotScores', params: { source: 'self' } }],
  ])('accepts %s', (entry, call) => {
    expect(compileOrThrow(effectDef(entry)).transitions[0].effects).toEqual([call]);
  });

  it.each([
    ['notify: {}', '.notify', '需要指定 roles 或 department'],
    ['notify: { department: city }', '.notify.department', 'department 目前只支持 owner（责任单位）'],
    ['notify: { roles: [liaison, nobody] }', '.notify.roles[1]', '未知的角色"nobody"'],
    ['setDueDate: { days: 1.5 }', '.setDueDate.days', 'days 应为正整数'],
    ['setDueDate: { phase: judging }', '.setDueDate.phase', '未声明的阶段"judging"（请在 phases 中声明）'],
    ['setDueDate: { days: 3, phase: creation }', '.setDueDate.phase', '不支持的参数"phase"，可用：days'],
    ['snapshotScores: { source: city }', '.snapshotScores.source', 'source 应为 self 或 expert'],
    ['snapshotScores', '', '参数应为 { source: self | expert }'],
  ])('refuses %s', (entry, path, message) => {
    const name = entry.split(':')[0];
    expect(errorsOf(effectDef(entry))).toEqual([
      expect.objectContaining({
        code: 'INVALID_EFFECT_PARAMS',
        line: LINE,
        path: `transitions[0].effects[0]${path}`,
        message: `动作 ${name} 的参数有误：${message}`,
      }),
    ]);
  });

  it('refuses an unknown effect', () => {
    expect(errorsOf(effectDef('sendSms: { to: office }'))).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_EFFECT',
        line: LINE,
        path: 'transitions[0].effects[0]',
      }),
    ]);
  });
});

describe('registry, schema and documentation agree', () => {
  interface Alternatives {
    anyOf: [{ enum: string[] }, { properties: Record<string, unknown> }];
  }
  const definitions = DEFINITION_SCHEMA['definitions'] as {
    guard: Alternatives;
    effect: { properties: Record<string, unknown> };
  };

  it('workflows/definition.schema.json is the schema the engine validates with', () => {
    const shipped = readFileSync(join(WORKFLOWS_DIR, 'definition.schema.json'), 'utf8');
    const engine = readFileSync(join(__dirname, 'definition.schema.json'), 'utf8');
    // On failure: cp libs/workflow-engine/src/lib/definition.schema.json workflows/
    expect(shipped).toBe(engine);
  });

  it('the schema offers editors exactly the registered guards and effects', () => {
    expect(Object.keys(definitions.guard.anyOf[1].properties).sort()).toEqual([...GUARD_NAMES].sort());
    expect(Object.keys(definitions.effect.properties).sort()).toEqual([...EFFECT_NAMES].sort());
    // Bare names are only offered for guards that need no parameters.
    expect(definitions.guard.anyOf[0].enum.sort()).toEqual(['commentRequired', 'electivesChosen', 'hasEvidence', 'ownDepartment']);
  });

  it('workflows/README.md documents every guard and effect with an example', () => {
    const readme = readFileSync(join(WORKFLOWS_DIR, 'README.md'), 'utf8');
    for (const name of [...GUARD_NAMES, ...EFFECT_NAMES]) {
      const section = readme.split(/^### /m).find((part) => part.startsWith(`\`${name}\``));
      expect(section).toBeDefined();
      expect(section).toMatch(/```yaml[\s\S]+```/);
    }
  });

  it('the shipped definitions point editors at the schema', () => {
    for (const file of ['campaign.yaml', 'task.yaml']) {
      const firstLine = readFileSync(join(WORKFLOWS_DIR, file), 'utf8').split('\n')[0];
      expect(firstLine).toBe('# yaml-language-server: $schema=./definition.schema.json');
    }
  });
});
