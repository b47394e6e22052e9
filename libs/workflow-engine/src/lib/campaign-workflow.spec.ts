import { join } from 'node:path';
import { resolveDueDate } from './effects';
import { applyEventOrThrow, evaluateEvent, listEvents } from './evaluator';
import { stateLabels } from './graph';
import { actors, loadOrThrow, WORKFLOWS_DIR } from './spec-helpers';
import { findTransition, initialState, resolveEntry } from './states';
import type { Facts, SetDueDateParams } from './types';

const campaign = loadOrThrow(join(WORKFLOWS_DIR, 'campaign.yaml'));
const task = loadOrThrow(join(WORKFLOWS_DIR, 'task.yaml'));

// The Shapingba plan's phases, as a campaign record would supply them.
const phases: Facts['phases'] = {
  preparation: { startsOn: '2021-12-01', endsOn: '2022-03-31' },
  creation: { startsOn: '2022-04-01', endsOn: '2022-11-30' },
  accreditation: { startsOn: '2022-12-01', endsOn: '2023-01-31' },
};
const ready: Facts = {
  now: '2022-11-20',
  phases,
  childStates: { approved: 43 },
  documents: ['self-assessment'],
  documentFiles: ['self-assessment'],
};

describe('workflows/campaign.yaml', () => {
  it('has the plan’s stages, with creation split into sub-steps', () => {
    expect(campaign.key).toBe('campaign');
    expect(campaign.entityType).toBe('campaign');
    expect(stateLabels(campaign)).toEqual({
      preparation: '筹备',
      creation: '创建',
      'creation.publicity': '宣传发动',
      'creation.evidence': '完善佐证材料及自评报告',
      'creation.city-assessment': '市级评估和实地检查',
      accreditation: '认定',
      accredited: '已认定',
      rejected: '未通过',
    });
    expect(initialState(campaign)).toBe('preparation');
    expect(resolveEntry(campaign, 'creation')).toBe('creation.publicity');
    expect(Object.values(campaign.phases).map((p) => p.label)).toEqual(['筹备阶段', '创建阶段', '认定阶段']);
  });

  describe('start-creation (preparation → creation)', () => {
    it('enters the initial sub-step and plans the creation deadline', () => {
      const result = applyEventOrThrow(campaign, {
        state: 'preparation',
        event: 'start-creation',
        actor: actors.office,
      });
      expect(result.to).toBe('creation.publicity');
      expect(result.effects).toEqual([
        { type: 'notify', params: { roles: ['liaison'] } },
        { type: 'setDueDate', params: { phase: 'creation', at: 'end' } },
      ]);
      expect(resolveDueDate(result.effects[1].params as SetDueDateParams, { phases })).toBe('2022-11-30');
    });

    it('is driven by the office admin only', () => {
      for (const actor of [actors.liaison, actors.expert, actors.systemAdmin]) {
        expect(evaluateEvent(campaign, { state: 'preparation', event: 'start-creation', actor })).toMatchObject({
          code: 'FORBIDDEN',
          reasons: ['角色不允许：只有办公室管理员可以执行"启动创建"'],
        });
      }
    });
  });

  it('collect-evidence moves publicity → evidence', () => {
    const result = applyEventOrThrow(campaign, {
      state: 'creation.publicity',
      event: 'collect-evidence',
      actor: actors.office,
    });
    expect(result.to).toBe('creation.evidence');
    expect(result.effects).toEqual([{ type: 'notify', params: { roles: ['liaison'] } }]);
    expect(
      evaluateEvent(campaign, {
        state: 'creation.evidence',
        event: 'collect-evidence',
        actor: actors.office,
      }),
    ).toMatchObject({
      available: false,
      reasons: ['不能进入材料完善：当前状态"完善佐证材料及自评报告"下不可执行此操作'],
    });
  });

  describe('request-city-assessment (evidence → city-assessment)', () => {
    it('needs the self-assessment report', () => {
      expect(
        evaluateEvent(campaign, {
          state: 'creation.evidence',
          event: 'request-city-assessment',
          actor: actors.office,
        }),
      ).toMatchObject({
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能申请市级评估：尚未上传自评报告的文件'],
      });
    });

    it('is not satisfied by a report recorded without its file (version 2)', () => {
      expect(campaign.version).toBe(2);
      expect(
        evaluateEvent(campaign, {
          state: 'creation.evidence',
          event: 'request-city-assessment',
          actor: actors.office,
          facts: { documents: ['self-assessment'], documentFiles: [] },
        }),
      ).toMatchObject({ allowed: false, reasons: ['不能申请市级评估：尚未上传自评报告的文件'] });
    });

    it('moves on and notifies supervisors once the report is there', () => {
      const result = applyEventOrThrow(campaign, {
        state: 'creation.evidence',
        event: 'request-city-assessment',
        actor: actors.office,
        facts: { documents: ['self-assessment'], documentFiles: ['self-assessment'] },
      });
      expect(result.to).toBe('creation.city-assessment');
      expect(result.effects).toEqual([{ type: 'notify', params: { roles: ['supervisor'] } }]);
    });
  });

  describe('submit-for-accreditation (declared on creation)', () => {
    it('fires from every creation sub-step, because it is declared on the parent', () => {
      for (const state of ['creation.publicity', 'creation.evidence', 'creation.city-assessment']) {
        expect(findTransition(campaign, state, 'submit-for-accreditation')?.from).toEqual(['creation']);
        const result = applyEventOrThrow(campaign, {
          state,
          event: 'submit-for-accreditation',
          actor: actors.office,
          facts: ready,
        });
        expect(result.from).toBe(state);
        expect(result.to).toBe('accreditation');
      }
    });

    it('snapshots self-assessment scores, notifies experts and sets the accreditation deadline', () => {
      const result = applyEventOrThrow(campaign, {
        state: 'creation.evidence',
        event: 'submit-for-accreditation',
        actor: actors.office,
        facts: ready,
      });
      expect(result.effects).toEqual([
        { type: 'snapshotScores', params: { source: 'self' } },
        { type: 'notify', params: { roles: ['expert', 'supervisor'] } },
        { type: 'setDueDate', params: { phase: 'accreditation', at: 'end' } },
      ]);
    });

    it('says how many tasks are not approved yet, and what else is missing', () => {
      const status = evaluateEvent(campaign, {
        state: 'creation.evidence',
        event: 'submit-for-accreditation',
        actor: actors.office,
        facts: { childStates: { approved: 40, submitted: 3 }, childStateLabels: stateLabels(task) },
      });
      expect(status).toEqual({
        event: 'submit-for-accreditation',
        label: '申报认定',
        needsComment: false,
        confirm: '确认申报认定？申报时保存当前自评得分。',
        checksEvidence: false,
        allowed: false,
        available: true,
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能申报认定：还有 3 项任务未处于"已通过"状态（共 43 项）', '不能申报认定：尚未上传自评报告的文件'],
      });
    });

    it('falls back to the state key without labels, and refuses with no tasks or no counts', () => {
      const reasonsFor = (facts: Facts): readonly string[] => {
        const status = evaluateEvent(campaign, {
          state: 'creation.city-assessment',
          event: 'submit-for-accreditation',
          actor: actors.office,
          facts: { ...facts, documents: ['self-assessment'], documentFiles: ['self-assessment'] },
        });
        return status.allowed ? [] : status.reasons;
      };
      expect(reasonsFor({ childStates: { approved: 1, in_progress: 2, returned: 1 } })).toEqual(['不能申报认定：还有 3 项任务未处于"approved"状态（共 4 项）']);
      expect(reasonsFor({ childStates: {} })).toEqual(['不能申报认定：尚无任务']);
      expect(reasonsFor({})).toEqual(['不能申报认定：缺少任务状态统计']);
    });

    it('is not available before creation has started', () => {
      expect(
        evaluateEvent(campaign, {
          state: 'preparation',
          event: 'submit-for-accreditation',
          actor: actors.office,
          facts: ready,
        }),
      ).toMatchObject({
        available: false,
        reasons: ['不能申报认定：当前状态"筹备"下不可执行此操作'],
      });
    });

    it('is forbidden for liaisons', () => {
      expect(
        evaluateEvent(campaign, {
          state: 'creation.evidence',
          event: 'submit-for-accreditation',
          actor: actors.liaison,
          facts: ready,
        }),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['角色不允许：只有办公室管理员可以执行"申报认定"'],
      });
    });
  });

  describe('decisions in accreditation', () => {
    it('lists what an expert can do (the decisions needing a comment ask for it when fired)', () => {
      const events = listEvents(campaign, {
        state: 'accreditation',
        actor: actors.expert,
        facts: {},
      });
      expect(events.filter((e) => e.available).map((e) => [e.event, e.allowed, e.needsComment])).toEqual([
        ['request-rectification', true, true],
        ['accredit', true, false],
        ['reject', true, true],
      ]);
    });

    it('accredit: experts or the office; final; expert scores snapshotted', () => {
      for (const actor of [actors.expert, actors.office]) {
        const result = applyEventOrThrow(campaign, {
          state: 'accreditation',
          event: 'accredit',
          actor,
        });
        expect(result).toMatchObject({ to: 'accredited', final: true });
        expect(result.effects).toEqual([
          { type: 'snapshotScores', params: { source: 'expert' } },
          { type: 'notify', params: { roles: ['office_admin', 'liaison', 'supervisor'] } },
        ]);
      }
      expect(
        evaluateEvent(campaign, {
          state: 'accreditation',
          event: 'accredit',
          actor: actors.supervisor,
        }),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['角色不允许：只有评审专家或办公室管理员可以执行"认定通过"'],
      });
    });

    it('reject: needs a comment; final', () => {
      expect(evaluateEvent(campaign, { state: 'accreditation', event: 'reject', actor: actors.expert })).toMatchObject({
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能不予认定：需要填写意见'],
      });
      const result = applyEventOrThrow(campaign, {
        state: 'accreditation',
        event: 'reject',
        actor: actors.expert,
        facts: { comment: '科普基础设施指标未达标' },
      });
      expect(result).toMatchObject({ to: 'rejected', final: true });
      expect(result.effects).toEqual([{ type: 'notify', params: { roles: ['office_admin', 'supervisor'] } }]);
    });

    it('request-rectification: back into creation.evidence with a 30-day deadline', () => {
      expect(
        evaluateEvent(campaign, {
          state: 'accreditation',
          event: 'request-rectification',
          actor: actors.office,
        }),
      ).toMatchObject({ reasons: ['不能退回整改：需要填写意见'] });
      const result = applyEventOrThrow(campaign, {
        state: 'accreditation',
        event: 'request-rectification',
        actor: actors.expert,
        facts: { comment: '补充科普活动影像资料' },
      });
      expect(result.to).toBe('creation.evidence');
      expect(result.effects).toEqual([
        { type: 'notify', params: { roles: ['office_admin', 'liaison'] } },
        { type: 'setDueDate', params: { days: 30 } },
      ]);
      expect(resolveDueDate({ days: 30 }, { now: '2022-12-15' })).toBe('2023-01-14');
      expect(
        evaluateEvent(campaign, {
          state: 'accreditation',
          event: 'request-rectification',
          actor: actors.liaison,
          facts: { comment: 'x' },
        }),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['角色不允许：只有评审专家或办公室管理员可以执行"退回整改"'],
      });
    });

    it('nothing leaves the final states', () => {
      for (const state of ['accredited', 'rejected']) {
        const events = listEvents(campaign, { state, actor: actors.office, facts: ready });
        expect(events.some((e) => e.available)).toBe(false);
      }
    });
  });
});
