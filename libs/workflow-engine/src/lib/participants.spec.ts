import { applyEvent, evaluateEvent } from './evaluator';
import { compileOrThrow, errorsOf } from './spec-helpers';
import type { Facts, RefusedEvent } from './types';

// The vocabulary of campaigns with participants: quotas counted within the participant's
// province, who may act by organisation (owner, the participant, a level above it), and
// outcomes recorded as data.

const definition = (guards: string, extra = '') => `
key: batch
version: 1
entityType: participant
name: 申报
outcomes:
  recommended: 推荐
  named: 命名
${extra}
states:
  applied: { label: 已申报, initial: true }
  recommended: { label: 已推荐 }
  named: { label: 已命名, final: true }
transitions:
  - event: recommend
    label: 推荐
    from: applied
    to: recommended
    roles: [office_admin]
    guards:
${guards}
    effects:
      - setOutcome: recommended
  - { event: name, label: 命名, from: recommended, to: named, roles: [office_admin], effects: [{ setOutcome: named }] }
`;

const office = { id: 'o', roles: ['office_admin'] };
const refusals = (guards: string, facts: Facts): readonly string[] => {
  const status = evaluateEvent(compileOrThrow(definition(guards)), { state: 'applied', event: 'recommend', actor: office, facts });
  return status.allowed ? [] : (status as RefusedEvent).reasons;
};

const sichuan = (recommended: number, named = 0): Facts => ({
  counts: { participants: { recommended: 40, named: 30 } },
  regions: {
    province: {
      name: '四川省',
      counts: { participants: { applied: 3, recommended, named } },
      organisationCounts: { county: 10 },
    },
  },
  countLabels: { participants: { recommended: '已推荐', named: '已命名' } },
});

describe('quota within a province', () => {
  const quota = '      - quota: { of: participants, within: province, states: [recommended], percent: 20, base: { organisations: county }, minus: [named] }';

  it('counts the participants of the subject’s province only, not the whole campaign', () => {
    // ⌊20 % × 10⌋ = 2 in 四川省, whatever the nation counts.
    expect(refusals(quota, sichuan(1))).toEqual([]);
    expect(refusals(quota, sichuan(2))).toEqual(['不能推荐：四川省名额已满：最多 2 个（下级县（区）数 10 的 20% 取整为 2，减去已处于"已命名"状态的 0 个），已有 2 个处于"已推荐"状态']);
    expect(refusals(quota, sichuan(1, 1))[0]).toContain('减去已处于"已命名"状态的 1 个');
  });

  it('refuses when the caller gave no facts for the region, and counts within one in countInState', () => {
    expect(refusals(quota, { counts: { participants: {} } })).toEqual(['不能推荐：缺少所在省的统计']);
    expect(refusals('      - countInState: { of: participants, within: province, states: [recommended], atMost: 0 }', sichuan(1))).toEqual([
      '不能推荐：四川省处于"已推荐"状态的参与单位有 1 个，最多 0 个',
    ]);
  });

  it('refuses an unknown region level at load time', () => {
    expect(errorsOf(definition('      - quota: { of: participants, within: village, states: [recommended], base: 3 }'))[0].message).toContain('within 应为区域层级：province、city');
  });
});

describe('actorIs', () => {
  const guard = '      - actorIs: [{ above: province }]';
  const place = (owner: boolean, participant: boolean, above: ('province' | 'city')[]): Facts => ({ actorPlace: { owner, participant, above } });

  it('lets the participant’s province act, and refuses the participant and other organisations as FORBIDDEN', () => {
    expect(refusals(guard, place(false, false, ['province']))).toEqual([]);
    expect(refusals(guard, place(false, true, []))).toEqual(['不能推荐：只有参与单位所在的省可以执行此操作']);
    const status = evaluateEvent(compileOrThrow(definition(guard)), { state: 'applied', event: 'recommend', actor: office, facts: place(true, false, []) });
    expect(status.allowed ? null : (status as RefusedEvent).code).toBe('FORBIDDEN');
    expect(refusals('      - actorIs: [owner, participant]', place(true, false, []))).toEqual([]);
    expect(refusals('      - actorIs: owner', {})).toEqual(['不能推荐：缺少执行人所在单位的信息']);
  });

  it('refuses an unknown place', () => {
    expect(errorsOf(definition('      - actorIs: [nation]'))[0].message).toContain('应为 owner（主办单位）、participant（参与单位本身）或 { above: province | city }');
  });
});

describe('setOutcome', () => {
  it('returns the outcome with the transition, and refuses an undeclared one at load time', () => {
    const compiled = compileOrThrow(definition('      - roleIs: [office_admin]'));
    expect(compiled.outcomes).toEqual({ recommended: '推荐', named: '命名' });
    const result = applyEvent(compiled, { state: 'applied', event: 'recommend', actor: office, facts: {} });
    expect(result.ok && result.transition.effects).toEqual([{ type: 'setOutcome', params: { outcome: 'recommended' } }]);
    const broken = definition('      - roleIs: [office_admin]').replace('effects: [{ setOutcome: named }]', 'effects: [{ setOutcome: excellent }]');
    expect(errorsOf(broken)[0]).toMatchObject({ code: 'INVALID_EFFECT_PARAMS' });
    expect(errorsOf(broken)[0].message).toContain('未声明的结果"excellent"（请在 outcomes 中声明，已声明：recommended、named）');
  });
});

describe('objections against the subject (公示期的异议)', () => {
  const guard = '      - countInState: { of: objections, states: [open], atMost: 0 }';
  const withObjections = (open: number): Facts => ({
    counts: { objections: { open, answered: 2 } },
    countLabels: { objections: { open: '待答复', answered: '已答复' } },
  });

  it('keeps a transition closed while an objection is open, and opens it once all are answered', () => {
    expect(refusals(guard, withObjections(1))).toEqual(['不能推荐：处于"待答复"状态的异议有 1 个，最多 0 个']);
    expect(refusals(guard, withObjections(0))).toEqual([]);
  });

  it('declares where objections may be filed as a state flag naming a declared phase', () => {
    const flagged = (phase: string) => `
key: batch
version: 1
entityType: participant
name: 公示
phases:
  publicity: { label: 公示期 }
states:
  publicity: { label: 公示中, initial: true, objectionsDuring: ${phase} }
  named: { label: 已命名, final: true, publicList: named }
transitions:
  - { event: name, label: 命名, from: publicity, to: named, roles: [office_admin] }
`;
    expect(compileOrThrow(flagged('publicity')).states['publicity'].objectionsDuring).toBe('publicity');
    expect(compileOrThrow(flagged('publicity')).states['named'].publicList).toBe('named');
    expect(errorsOf(flagged('hearing'))).toEqual([expect.objectContaining({ code: 'INVALID_STATE_FLAG', message: expect.stringContaining('未声明的阶段"hearing"') })]);
  });
});

describe('quota minus those of earlier batches (minusOf)', () => {
  const quota = '      - quota: { of: participants, within: province, states: [recommended], percent: 20, base: { organisations: county }, minus: [named], minusOf: earlierParticipants }';
  const secondBatch = (recommended: number, namedBefore: number): Facts => ({
    regions: {
      province: {
        name: '四川省',
        counts: { participants: { recommended, named: 5 }, earlierParticipants: { named: namedBefore, not_named: 4 } },
        organisationCounts: { county: 10 },
      },
    },
    countLabels: { participants: { recommended: '已推荐', named: '已命名' }, earlierParticipants: { named: '已命名' } },
  });

  it('subtracts the counties the province already has named in earlier batches, not this batch’s', () => {
    // ⌊20 % × 10⌋ = 2, one already named in the first batch: one more may be recommended.
    expect(refusals(quota, secondBatch(0, 1))).toEqual([]);
    expect(refusals(quota, secondBatch(1, 1))).toEqual([
      '不能推荐：四川省名额已满：最多 1 个（下级县（区）数 10 的 20% 取整为 2，减去此前批次的参与单位已处于"已命名"状态的 1 个），已有 1 个处于"已推荐"状态',
    ]);
  });

  it('refuses a minusOf that is not a countable', () => {
    expect(errorsOf(definition(quota.replace('minusOf: earlierParticipants', 'minusOf: batches')))).toEqual([
      expect.objectContaining({ code: 'INVALID_GUARD_PARAMS', message: expect.stringContaining('minusOf 应为可计数的对象') }),
    ]);
  });
});
