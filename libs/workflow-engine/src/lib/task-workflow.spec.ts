import { join } from 'node:path';
import { applyEvent, applyEventOrThrow, evaluateEvent, listEvents, WorkflowRefusalError } from './evaluator';
import { actors, loadOrThrow, WORKFLOWS_DIR } from './spec-helpers';
import { initialState, UnknownStateError } from './states';
import type { Facts } from './types';

const task = loadOrThrow(join(WORKFLOWS_DIR, 'task.yaml'));
const owner: Facts = { ownerDepartmentId: 'dept-science' };
const withEvidence: Facts = { ...owner, evidence: { requirementCodes: ['1-2'] } };

describe('workflows/task.yaml', () => {
  it('is task v1 and starts pending', () => {
    expect(task.key).toBe('task');
    expect(task.version).toBe(1);
    expect(task.entityType).toBe('task');
    expect(initialState(task)).toBe('pending');
    expect(Object.keys(task.states)).toEqual(['pending', 'in_progress', 'submitted', 'returned', 'approved']);
    expect(task.states['approved'].final).toBe(true);
  });

  it('lists every event with its state for the UI', () => {
    const events = listEvents(task, { state: 'pending', actor: actors.liaison, facts: owner });
    expect(events.map((e) => e.event)).toEqual(['start', 'submit', 'withdraw', 'return', 'approve', 'resubmit']);
    expect(events[0]).toEqual({
      event: 'start',
      label: '开始',
      needsComment: false,
      checksEvidence: false,
      allowed: true,
      available: true,
      to: 'in_progress',
    });
    expect(events[1]).toEqual({
      event: 'submit',
      label: '提交',
      needsComment: false,
      confirm: '确认提交？提交后进入审核，审核前可以撤回。',
      // Its hasEvidence guard: the UI lists what still has no evidence before submitting.
      checksEvidence: true,
      allowed: false,
      available: false,
      code: 'TRANSITION_NOT_ALLOWED',
      reasons: ['不能提交：当前状态"待开始"下不可执行此操作'],
    });
    expect(events.filter((e) => e.allowed).map((e) => e.event)).toEqual(['start']);
  });

  describe('start (pending → in_progress)', () => {
    it('lets the owning department liaison start', () => {
      const result = applyEventOrThrow(task, {
        state: 'pending',
        event: 'start',
        actor: actors.liaison,
        facts: owner,
      });
      expect(result).toEqual({
        definitionKey: 'task',
        definitionVersion: 1,
        event: 'start',
        label: '开始',
        from: 'pending',
        to: 'in_progress',
        final: false,
        effects: [],
      });
    });

    it('refuses other roles as FORBIDDEN', () => {
      const status = evaluateEvent(task, {
        state: 'pending',
        event: 'start',
        actor: actors.office,
        facts: owner,
      });
      expect(status).toMatchObject({ allowed: false, available: true, code: 'FORBIDDEN' });
      expect(!status.allowed && status.reasons).toEqual(['角色不允许：只有部门联络员可以执行"开始"']);
    });

    it('refuses a liaison of another department as FORBIDDEN (ownDepartment)', () => {
      const status = evaluateEvent(task, {
        state: 'pending',
        event: 'start',
        actor: actors.otherLiaison,
        facts: owner,
      });
      expect(status).toMatchObject({
        allowed: false,
        code: 'FORBIDDEN',
        reasons: ['不能开始：只有责任单位的人员可以执行此操作'],
      });
    });

    it('refuses when the caller did not say which department owns the task', () => {
      const status = evaluateEvent(task, {
        state: 'pending',
        event: 'start',
        actor: actors.liaison,
      });
      expect(status).toMatchObject({
        allowed: false,
        code: 'FORBIDDEN',
        reasons: ['不能开始：缺少责任单位信息'],
      });
    });
  });

  describe('submit (in_progress → submitted)', () => {
    it('needs at least one evidence item (hasEvidence: any)', () => {
      const status = evaluateEvent(task, {
        state: 'in_progress',
        event: 'submit',
        actor: actors.liaison,
        facts: owner,
      });
      expect(status).toMatchObject({
        allowed: false,
        available: true,
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能提交：尚无佐证材料'],
      });
    });

    it('counts evidence items even when they are not tied to a requirement', () => {
      const facts = { ...owner, evidence: { requirementCodes: [], count: 2 } };
      expect(evaluateEvent(task, { state: 'in_progress', event: 'submit', actor: actors.liaison, facts }).allowed).toBe(true);
    });

    it('submits and notifies the office', () => {
      const result = applyEvent(task, {
        state: 'in_progress',
        event: 'submit',
        actor: actors.liaison,
        facts: withEvidence,
      });
      expect(result).toEqual({
        ok: true,
        transition: expect.objectContaining({
          from: 'in_progress',
          to: 'submitted',
          event: 'submit',
          definitionVersion: 1,
          effects: [{ type: 'notify', params: { roles: ['office_admin'] } }],
        }),
      });
    });

    it('reports only the FORBIDDEN reason when both department and evidence fail', () => {
      const status = evaluateEvent(task, {
        state: 'in_progress',
        event: 'submit',
        actor: actors.otherLiaison,
        facts: owner,
      });
      expect(status).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['不能提交：只有责任单位的人员可以执行此操作'],
      });
    });

    it('is forbidden for office admins', () => {
      const status = evaluateEvent(task, {
        state: 'in_progress',
        event: 'submit',
        actor: actors.office,
        facts: withEvidence,
      });
      expect(status).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['角色不允许：只有部门联络员可以执行"提交"'],
      });
    });
  });

  describe('withdraw (submitted → in_progress)', () => {
    it('lets the liaison withdraw before review', () => {
      const result = applyEventOrThrow(task, {
        state: 'submitted',
        event: 'withdraw',
        actor: actors.liaison,
        facts: owner,
      });
      expect(result.to).toBe('in_progress');
      expect(result.effects).toEqual([]);
    });

    it('is forbidden for the office and for other departments', () => {
      expect(
        evaluateEvent(task, {
          state: 'submitted',
          event: 'withdraw',
          actor: actors.office,
          facts: owner,
        }),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['角色不允许：只有部门联络员可以执行"撤回"'],
      });
      expect(
        evaluateEvent(task, {
          state: 'submitted',
          event: 'withdraw',
          actor: actors.otherLiaison,
          facts: owner,
        }),
      ).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('is not available once approved', () => {
      expect(
        evaluateEvent(task, {
          state: 'approved',
          event: 'withdraw',
          actor: actors.liaison,
          facts: owner,
        }),
      ).toMatchObject({
        available: false,
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能撤回：当前状态"已通过"下不可执行此操作'],
      });
    });
  });

  describe('return (submitted → returned)', () => {
    it('needs a comment', () => {
      for (const comment of [undefined, '', '   ']) {
        const status = evaluateEvent(task, {
          state: 'submitted',
          event: 'return',
          actor: actors.office,
          facts: { comment },
        });
        expect(status).toMatchObject({
          code: 'TRANSITION_NOT_ALLOWED',
          reasons: ['不能退回：需要填写意见'],
        });
      }
    });

    it('is offered in the list before its comment is typed (the UI asks for it), and refused when fired without one', () => {
      const listed = listEvents(task, { state: 'submitted', actor: actors.office, facts: {} });
      expect(listed.find((e) => e.event === 'return')).toMatchObject({ allowed: true, needsComment: true, to: 'returned' });
      // A blank comment given is checked like any guard, in the list too.
      const blank = listEvents(task, { state: 'submitted', actor: actors.office, facts: { comment: ' ' } });
      expect(blank.find((e) => e.event === 'return')).toMatchObject({ allowed: false, reasons: ['不能退回：需要填写意见'] });
      expect(applyEvent(task, { state: 'submitted', event: 'return', actor: actors.office, facts: {} })).toMatchObject({ ok: false, refusal: { reasons: ['不能退回：需要填写意见'] } });
      // Another role still may not.
      expect(listEvents(task, { state: 'submitted', actor: actors.liaison, facts: {} }).find((e) => e.event === 'return')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    });

    it('returns with a comment and notifies the owning department', () => {
      const result = applyEventOrThrow(task, {
        state: 'submitted',
        event: 'return',
        actor: actors.office,
        facts: { comment: '佐证材料缺少活动照片' },
      });
      expect(result.to).toBe('returned');
      expect(result.effects).toEqual([{ type: 'notify', params: { department: 'owner' } }]);
    });

    it('is forbidden for liaisons', () => {
      expect(
        evaluateEvent(task, {
          state: 'submitted',
          event: 'return',
          actor: actors.liaison,
          facts: { comment: '自己退回' },
        }),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reasons: ['角色不允许：只有办公室管理员可以执行"退回"'],
      });
    });
  });

  describe('approve (submitted → approved)', () => {
    it('approves into a final state and notifies the owning department', () => {
      const result = applyEventOrThrow(task, {
        state: 'submitted',
        event: 'approve',
        actor: actors.office,
      });
      expect(result.to).toBe('approved');
      expect(result.final).toBe(true);
      expect(result.effects).toEqual([{ type: 'notify', params: { department: 'owner' } }]);
    });

    it('is forbidden for liaisons and experts', () => {
      for (const actor of [actors.liaison, actors.expert]) {
        expect(evaluateEvent(task, { state: 'submitted', event: 'approve', actor })).toMatchObject({
          code: 'FORBIDDEN',
          reasons: ['角色不允许：只有办公室管理员可以执行"通过"'],
        });
      }
    });
  });

  describe('resubmit (returned → submitted)', () => {
    it('needs evidence again', () => {
      expect(
        evaluateEvent(task, {
          state: 'returned',
          event: 'resubmit',
          actor: actors.liaison,
          facts: owner,
        }),
      ).toMatchObject({
        code: 'TRANSITION_NOT_ALLOWED',
        reasons: ['不能重新提交：尚无佐证材料'],
      });
    });

    it('resubmits and notifies the office', () => {
      const result = applyEventOrThrow(task, {
        state: 'returned',
        event: 'resubmit',
        actor: actors.liaison,
        facts: withEvidence,
      });
      expect(result.to).toBe('submitted');
      expect(result.effects).toEqual([{ type: 'notify', params: { roles: ['office_admin'] } }]);
    });

    it('is not available from in_progress (submit is)', () => {
      expect(
        evaluateEvent(task, {
          state: 'in_progress',
          event: 'resubmit',
          actor: actors.liaison,
          facts: withEvidence,
        }),
      ).toMatchObject({
        available: false,
        reasons: ['不能重新提交：当前状态"进行中"下不可执行此操作'],
      });
    });
  });

  it('runs pending → approved through a return', () => {
    const steps: [string, keyof typeof actors, Facts][] = [
      ['start', 'liaison', owner],
      ['submit', 'liaison', withEvidence],
      ['withdraw', 'liaison', owner],
      ['submit', 'liaison', withEvidence],
      ['return', 'office', { comment: '请补充' }],
      ['resubmit', 'liaison', withEvidence],
      ['approve', 'office', {}],
    ];
    let state = initialState(task);
    const visited = [state];
    for (const [event, who, facts] of steps) {
      state = applyEventOrThrow(task, { state, event, actor: actors[who], facts }).to;
      visited.push(state);
    }
    expect(visited).toEqual(['pending', 'in_progress', 'submitted', 'in_progress', 'submitted', 'returned', 'submitted', 'approved']);
  });

  it('offers nothing in the final state', () => {
    const events = listEvents(task, { state: 'approved', actor: actors.office, facts: owner });
    expect(events.every((e) => !e.allowed && !e.available)).toBe(true);
  });

  it('returns a typed refusal, or throws one on request', () => {
    const input = { state: 'submitted', event: 'return', actor: actors.office };
    expect(applyEvent(task, input)).toEqual({
      ok: false,
      refusal: {
        code: 'TRANSITION_NOT_ALLOWED',
        event: 'return',
        state: 'submitted',
        reasons: ['不能退回：需要填写意见'],
      },
    });
    expect(() => applyEventOrThrow(task, input)).toThrow(WorkflowRefusalError);
    try {
      applyEventOrThrow(task, { ...input, actor: actors.liaison });
    } catch (error) {
      expect(error).toBeInstanceOf(WorkflowRefusalError);
      expect((error as WorkflowRefusalError).code).toBe('FORBIDDEN');
      expect((error as WorkflowRefusalError).message).toBe('角色不允许：只有办公室管理员可以执行"退回"');
    }
    expect.assertions(5);
  });

  it('refuses an unknown event and throws on an unknown state', () => {
    expect(evaluateEvent(task, { state: 'pending', event: 'archive', actor: actors.office })).toEqual({
      event: 'archive',
      label: 'archive',
      needsComment: false,
      checksEvidence: false,
      allowed: false,
      available: false,
      code: 'TRANSITION_NOT_ALLOWED',
      reasons: ['不能执行：未知的操作"archive"'],
    });
    expect(() => listEvents(task, { state: 'draft', actor: actors.office })).toThrow(UnknownStateError);
    expect(() => applyEvent(task, { state: 'draft', event: 'start', actor: actors.liaison })).toThrow('流程"task"中没有状态"draft"');
  });

  it('hands out copies of effects, leaving the definition untouched', () => {
    const result = applyEventOrThrow(task, {
      state: 'submitted',
      event: 'approve',
      actor: actors.office,
    });
    (result.effects[0].params as { department?: string }).department = 'changed';
    expect(task.transitions[4].effects).toEqual([{ type: 'notify', params: { department: 'owner' } }]);
  });
});
