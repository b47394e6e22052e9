import { join } from 'node:path';
import { resolveDueDate } from './effects';
import { applyEventOrThrow, evaluateEvent, listEvents } from './evaluator';
import { actors, FIXTURES_DIR, loadOrThrow } from './spec-helpers';
import { initialState } from './states';
import type { Actor, Facts, SetDueDateParams } from './types';

// A third workflow, written only in YAML: proves a new workflow needs no engine change.
const round = loadOrThrow(join(FIXTURES_DIR, 'ok/inspection-round.yaml'));
const inspector: Actor = { id: 'u-inspector', roles: ['inspector'] };
const phases: Facts['phases'] = {
  inspection: { startsOn: '2023-03-01', endsOn: '2023-04-30' },
  promotion: { startsOn: '2023-06-01', endsOn: '2023-12-31' },
};

describe('tests/fixtures/workflows/ok/inspection-round.yaml', () => {
  it('runs from the initial state to a final state', () => {
    const steps: [string, Actor, Facts][] = [
      ['recommend', actors.office, { now: '2023-03-01', phases, documents: ['self-evaluation'] }],
      ['visit-site', inspector, {}],
      ['finish-inspection', inspector, { documents: ['inspection-report'], comment: '现场查看了三个科普基地，运行良好。' }],
      ['endorse', actors.expert, { requirements: ['1-1', '1-2'], evidence: { requirementCodes: ['1-1', '1-2'] } }],
      ['close', actors.office, { now: '2024-01-02', phases }],
    ];
    let state = initialState(round);
    const visited = [state];
    let final = false;
    for (const [event, actor, facts] of steps) {
      const result = applyEventOrThrow(round, { state, event, actor, facts });
      state = result.to;
      final = result.final;
      visited.push(state);
    }
    expect(visited).toEqual(['self-evaluation', 'inspection.document-review', 'inspection.site-visit', 'expert-review', 'promotion', 'completed']);
    expect(final).toBe(true);
  });

  describe('recommend', () => {
    const input = { state: 'self-evaluation', event: 'recommend', actor: actors.office };

    it('waits for the inspection phase and the self-evaluation report', () => {
      expect(evaluateEvent(round, { ...input, facts: { now: '2023-02-28', phases } })).toMatchObject({
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能推荐：尚未上传自评报告', '不能推荐：检查阶段尚未开始（2023-03-01 开始）'],
      });
    });

    it('reads "now" as a day in China (UTC+8)', () => {
      const facts = { phases, documents: ['self-evaluation'] };
      expect(evaluateEvent(round, { ...input, facts: { ...facts, now: '2023-02-28T15:59:59Z' } }).allowed).toBe(false);
      expect(evaluateEvent(round, { ...input, facts: { ...facts, now: '2023-02-28T16:00:00Z' } }).allowed).toBe(true);
      expect(
        evaluateEvent(round, {
          ...input,
          facts: { ...facts, now: new Date('2023-03-01T08:00:00+08:00') },
        }).allowed,
      ).toBe(true);
    });

    it('says which fact is missing', () => {
      const docs = { documents: ['self-evaluation'] };
      expect(evaluateEvent(round, { ...input, facts: { ...docs, phases } })).toMatchObject({
        reasons: ['不能推荐：缺少当前日期'],
      });
      expect(evaluateEvent(round, { ...input, facts: { ...docs, now: '2023-03-02' } })).toMatchObject({
        reasons: ['不能推荐：未设置检查阶段的开始日期'],
      });
    });

    it('notifies a role declared by the definition and plans the inspection deadline', () => {
      const result = applyEventOrThrow(round, {
        ...input,
        facts: { now: '2023-03-05', phases, documents: ['self-evaluation'] },
      });
      expect(result.effects).toEqual([
        { type: 'notify', params: { roles: ['inspector', 'supervisor'] } },
        { type: 'setDueDate', params: { phase: 'inspection', at: 'end' } },
      ]);
      expect(resolveDueDate(result.effects[1].params as SetDueDateParams, { phases })).toBe('2023-04-30');
    });

    it('names declared roles in Chinese when refusing', () => {
      expect(
        evaluateEvent(round, {
          state: 'inspection.document-review',
          event: 'visit-site',
          actor: actors.office,
        }),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['角色不允许：只有检查组成员可以执行"开始实地检查"'],
      });
    });
  });

  describe('finish-inspection', () => {
    const input = { state: 'inspection.site-visit', event: 'finish-inspection', actor: inspector };

    it('needs the inspection report and a comment of at least 10 characters', () => {
      expect(evaluateEvent(round, { ...input, facts: { comment: '已检查' } })).toMatchObject({
        reasons: ['不能完成检查：尚未上传检查报告', '不能完成检查：意见不少于 10 字'],
      });
    });

    it('sets a 14-day review deadline', () => {
      const result = applyEventOrThrow(round, {
        ...input,
        facts: { documents: ['inspection-report'], comment: '一二三四五六七八九十' },
      });
      expect(result.effects[1]).toEqual({ type: 'setDueDate', params: { days: 14 } });
      expect(resolveDueDate({ days: 14 }, { now: '2023-04-25T20:00:00Z' })).toBe('2023-05-10');
      expect(resolveDueDate({ days: 14 }, {})).toBeUndefined();
    });
  });

  describe('endorse', () => {
    const input = { state: 'expert-review', event: 'endorse' };
    const evidence: Facts = {
      requirements: ['1-1', '1-2', '1-3'],
      evidence: { requirementCodes: ['1-1'] },
    };

    it('roleIs refuses as TRANSITION_NOT_ALLOWED, unlike roles', () => {
      expect(evaluateEvent(round, { ...input, actor: actors.office, facts: evidence })).toMatchObject({
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能评审通过：只有评审专家可以执行此操作', '不能评审通过：1-2、1-3 尚无佐证材料'],
      });
      expect(evaluateEvent(round, { ...input, actor: actors.supervisor, facts: evidence })).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('hasEvidence: all needs every requirement of the task, and lists at most five', () => {
      const many = Array.from({ length: 12 }, (_, i) => `2-${i + 1}`);
      expect(
        evaluateEvent(round, {
          ...input,
          actor: actors.expert,
          facts: { requirements: many, evidence: { requirementCodes: [] } },
        }),
      ).toMatchObject({ reasons: ['不能评审通过：2-1、2-2、2-3、2-4、2-5 等 12 项 尚无佐证材料'] });
      expect(evaluateEvent(round, { ...input, actor: actors.expert, facts: {} })).toMatchObject({
        reasons: ['不能评审通过：缺少任务的指标信息'],
      });
    });

    it('notifies the owning department and the office', () => {
      const result = applyEventOrThrow(round, {
        ...input,
        actor: actors.expert,
        facts: { requirements: ['1-1'], evidence: { requirementCodes: ['1-1'] } },
      });
      expect(result.effects).toEqual([
        { type: 'snapshotScores', params: { source: 'expert' } },
        { type: 'notify', params: { roles: ['office_admin'], department: 'owner' } },
      ]);
    });
  });

  it('decline ends in the other final state', () => {
    const result = applyEventOrThrow(round, {
      state: 'expert-review',
      event: 'decline',
      actor: actors.expert,
      facts: { comment: '示范作用不突出' },
    });
    expect(result).toMatchObject({ to: 'not-recommended', final: true });
  });

  it('close waits for the end of promotion and for a fixed date', () => {
    const input = { state: 'promotion', event: 'close', actor: actors.office };
    expect(evaluateEvent(round, { ...input, facts: { now: '2023-05-01', phases } })).toMatchObject({
      reasons: ['不能结束推广：示范推广阶段尚未结束（2023-12-31 结束）', '不能结束推广：需在 2023-06-01 或之后'],
    });
    expect(evaluateEvent(round, { ...input, facts: { now: '2023-12-31', phases } }).allowed).toBe(true);
  });

  it('lists the round’s events without any round-specific code', () => {
    expect(listEvents(round, { state: 'self-evaluation', actor: actors.office }).map((e) => e.event)).toEqual(['recommend', 'visit-site', 'finish-inspection', 'endorse', 'decline', 'close']);
  });
});
