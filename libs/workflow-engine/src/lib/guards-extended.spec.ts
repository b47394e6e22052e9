import { evaluateEvent } from './evaluator';
import { compileOrThrow, errorsOf } from './spec-helpers';
import type { Facts, RefusedEvent } from './types';

// The guards added for real processes: dates (before, withinPhase), documents with a file,
// counts and quotas. Each refusal is a Chinese reason; each parameter error a position.

function definitionWith(guard: string): string {
  return `
key: round
version: 1
entityType: task
name: 轮次
phases:
  application: { label: 申报阶段 }
documents:
  report: 检查报告
states:
  open: { label: 待推荐, initial: true }
  recommended: { label: 已推荐 }
  named: { label: 已命名, final: true }
transitions:
  - event: go
    label: 推荐
    from: open
    to: recommended
    roles: [office_admin]
    guards:
      - ${guard}
  - { event: name, label: 命名, from: recommended, to: named, roles: [office_admin] }
`;
}

const office = { id: 'o', roles: ['office_admin'] };
const reasons = (guard: string, facts: Facts): readonly string[] => {
  const status = evaluateEvent(compileOrThrow(definitionWith(guard)), {
    state: 'open',
    event: 'go',
    actor: office,
    facts,
  });
  return status.allowed ? [] : (status as RefusedEvent).reasons;
};
const phases = { application: { startsOn: '2026-03-01', endsOn: '2026-05-31' } };

describe('before', () => {
  it('passes strictly before a date or a phase boundary, and says the deadline otherwise', () => {
    expect(reasons('before: 2026-06-30', { now: '2026-06-29' })).toEqual([]);
    expect(reasons('before: 2026-06-30', { now: '2026-06-30' })).toEqual(['不能推荐：已过截止时间：须在2026-06-30之前']);
    expect(reasons('before: { phase: application, at: end }', { now: '2026-05-30', phases })).toEqual([]);
    expect(reasons('before: { phase: application, at: end }', { now: '2026-06-01', phases })).toEqual(['不能推荐：已过截止时间：须在申报阶段结束日期（2026-05-31）之前']);
    expect(reasons('before: { phase: application, at: end }', { now: '2026-06-01' })).toEqual(['不能推荐：未设置申报阶段的结束日期']);
  });

  it('refuses a bad date or an undeclared phase at load time', () => {
    expect(errorsOf(definitionWith('before: 2026-13-01')).map((e) => e.code)).toEqual(['INVALID_GUARD_PARAMS']);
    expect(errorsOf(definitionWith('before: { phase: promotion }'))[0].message).toContain('未声明的阶段"promotion"');
  });
});

describe('withinPhase', () => {
  it('passes from the first to the last day of the phase', () => {
    expect(reasons('withinPhase: application', { now: '2026-03-01', phases })).toEqual([]);
    expect(reasons('withinPhase: application', { now: '2026-05-31', phases })).toEqual([]);
    expect(reasons('withinPhase: application', { now: '2026-02-28', phases })).toEqual(['不能推荐：申报阶段尚未开始（2026-03-01 开始）']);
    expect(reasons('withinPhase: application', { now: '2026-06-01', phases })).toEqual(['不能推荐：申报阶段已结束（2026-05-31 结束）']);
    expect(reasons('withinPhase: application', { now: '2026-04-01' })).toEqual(['不能推荐：未设置申报阶段的起止日期']);
  });

  it('refuses an undeclared phase', () => {
    expect(errorsOf(definitionWith('withinPhase: promotion'))[0]).toMatchObject({
      code: 'INVALID_GUARD_PARAMS',
      path: 'transitions[0].guards[0].withinPhase',
    });
  });
});

describe('documentFilePresent', () => {
  it('needs the document recorded with a file, not only its title', () => {
    expect(reasons('documentFilePresent: report', { documents: ['report'], documentFiles: ['report'] })).toEqual([]);
    expect(reasons('documentFilePresent: report', { documents: ['report'] })).toEqual(['不能推荐：尚未上传检查报告的文件']);
  });

  it('refuses an undeclared document kind', () => {
    expect(errorsOf(definitionWith('documentFilePresent: [minutes]'))[0].message).toContain('未声明的文档类型"minutes"');
  });
});

describe('countInState', () => {
  const counts = { tasks: { recommended: 2, open: 3 } };
  const countLabels = { tasks: { recommended: '已推荐' } };
  it('compares the count in the listed states with atMost / atLeast', () => {
    expect(reasons('countInState: { of: tasks, states: [recommended], atMost: 2 }', { counts })).toEqual([]);
    expect(
      reasons('countInState: { of: tasks, states: [recommended], atMost: 1 }', {
        counts,
        countLabels,
      }),
    ).toEqual(['不能推荐：处于"已推荐"状态的任务有 2 个，最多 1 个']);
    expect(
      reasons('countInState: { of: tasks, states: [recommended, named], atLeast: 3 }', {
        counts,
        countLabels,
      }),
    ).toEqual(['不能推荐：处于"已推荐"或"named"状态的任务只有 2 个，至少需要 3 个']);
    expect(reasons('countInState: { of: tasks, states: [recommended], atLeast: 1 }', {})).toEqual(['不能推荐：缺少任务状态统计']);
  });

  it('refuses unknown countables, bounds that are not counts, and no bound at all', () => {
    expect(errorsOf(definitionWith('countInState: { of: evidence, states: [x], atMost: 1 }'))[0].message).toContain('of 应为可计数的对象：tasks、participants');
    expect(errorsOf(definitionWith('countInState: { of: tasks, states: [x], atMost: -1 }'))[0].message).toContain('atMost 应为非负整数');
    expect(errorsOf(definitionWith('countInState: { of: tasks, states: [x] }'))[0].message).toContain('须给出 atMost 或 atLeast');
  });
});

describe('quota', () => {
  const guard = 'quota: { of: tasks, states: [recommended], percent: 20, base: { organisations: county }, minus: [named] }';
  const labels = { tasks: { recommended: '已推荐', named: '已命名' } };
  it('allows at most ⌊p % of N⌋ minus those already counted, this one included', () => {
    // ⌊20 % × 38⌋ = 7; 2 already named → 5 places; 4 taken → this is the 5th.
    expect(
      reasons(guard, {
        counts: { tasks: { recommended: 4, named: 2 } },
        organisationCounts: { county: 38 },
      }),
    ).toEqual([]);
    expect(
      reasons(guard, {
        counts: { tasks: { recommended: 5, named: 2 } },
        countLabels: labels,
        organisationCounts: { county: 38 },
      }),
    ).toEqual(['不能推荐：名额已满：最多 5 个（下级县（区）数 38 的 20% 取整为 7，减去已处于"已命名"状态的 2 个），已有 5 个处于"已推荐"状态']);
    expect(reasons(guard, { counts: { tasks: {} } })).toEqual(['不能推荐：缺少计算名额所需的单位数据']);
  });

  it('takes N as a number or as the total, and caps at N without a percentage', () => {
    expect(
      reasons('quota: { of: tasks, states: [recommended], base: 3 }', {
        counts: { tasks: { recommended: 2 } },
      }),
    ).toEqual([]);
    expect(
      reasons('quota: { of: tasks, states: [recommended], base: 3 }', {
        counts: { tasks: { recommended: 3 } },
      })[0],
    ).toContain('最多 3 个（上限 3）');
    expect(
      reasons('quota: { of: tasks, states: [recommended], percent: 50, base: { total: tasks } }', {
        counts: { tasks: { recommended: 1, open: 1 } },
        countLabels: labels,
      }),
    ).toEqual(['不能推荐：名额已满：最多 1 个（任务总数 2 的 50% 取整为 1），已有 1 个处于"已推荐"状态']);
  });

  it('refuses parameters that cannot make a quota', () => {
    expect(errorsOf(definitionWith('quota: { of: tasks, states: [x], percent: 120, base: 10 }'))[0].message).toContain('percent 应为 0 到 100');
    expect(errorsOf(definitionWith('quota: { of: tasks, states: [x], base: { organisations: village } }'))[0].message).toContain('organisations 应为单位层级');
    expect(errorsOf(definitionWith('quota: { of: tasks, states: [x] }'))[0].message).toContain('缺少 base');
  });
});

describe('electivesChosen', () => {
  const electives = (chosenA: number, chosenB: number) => [
    { code: '2', title: '特色工作', min: 2, max: 2, chosen: chosenA },
    { code: '3', title: '创新项目', min: 1, max: 3, chosen: chosenB },
  ];

  it('passes when every group has between min and max options chosen, and names the group otherwise', () => {
    expect(reasons('electivesChosen', { electives: electives(2, 1) })).toEqual([]);
    expect(reasons('electivesChosen', { electives: electives(2, 3) })).toEqual([]);
    expect(reasons('electivesChosen', { electives: electives(1, 0) })).toEqual(['不能推荐：选做组「2 特色工作」须选 2 项，已选 1 项；选做组「3 创新项目」须选 1 至 3 项，已选 0 项']);
    // A campaign without elective groups has nothing to choose.
    expect(reasons('electivesChosen', { electives: [] })).toEqual([]);
    expect(reasons('electivesChosen', {})).toEqual(['不能推荐：缺少选做项的选择情况']);
  });

  it('checks only the listed groups, and refuses a code that is not a group of the campaign', () => {
    expect(reasons('electivesChosen: { groups: [3] }', { electives: electives(0, 1) })).toEqual([]);
    expect(reasons("electivesChosen: { groups: ['2'] }", { electives: electives(0, 1) })).toEqual(['不能推荐：选做组「2 特色工作」须选 2 项，已选 0 项']);
    expect(reasons('electivesChosen: { groups: [9] }', { electives: electives(2, 1) })).toEqual(['不能推荐：指标 9 不是本创建工作的选做组']);
  });

  it('refuses parameters it does not know at load time', () => {
    expect(errorsOf(definitionWith('electivesChosen: { group: [2] }'))[0].code).toMatch(/SCHEMA_VIOLATION|INVALID_GUARD_PARAMS/);
    expect(errorsOf(definitionWith('electivesChosen: { groups: [] }'))[0].code).toMatch(/SCHEMA_VIOLATION|INVALID_GUARD_PARAMS/);
  });
});
