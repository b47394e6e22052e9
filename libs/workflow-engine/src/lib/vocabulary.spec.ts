import { join } from 'node:path';
import { evaluateEvent, listEvents } from './evaluator';
import { compileOrThrow, errorsOf, loadOrThrow, WORKFLOWS_DIR } from './spec-helpers';
import { evidenceEditableStates, expertScoringStates, isEvidenceEditable, reviewQueueStates, taskStateKinds } from './states';

// What code used to know by state and event name now comes from the definition:
// evidenceEditable and reviewQueue on states, needsComment and confirm on transitions.

/** A task workflow with none of the shipped names: 起草 → 送审 → 修改 / 办结. */
const DRAFTING = `
key: drafting
version: 1
entityType: task
name: 起草送审流程
states:
  draft:
    label: 起草
    initial: true
    evidenceEditable: true
  review:
    label: 送审
    states:
      first:
        label: 初审
        initial: true
      second:
        label: 复审
    reviewQueue: true
  fixing:
    label: 修改
    evidenceEditable: true
  done:
    label: 办结
    final: true
transitions:
  - event: send
    label: 送审
    from: [draft, fixing]
    to: review
    roles: [liaison]
    confirm: 送审后不能再改材料，确定？
  - event: escalate
    label: 转复审
    from: review.first
    to: review.second
    roles: [office_admin]
  - event: send-back
    label: 发回修改
    from: review
    to: fixing
    roles: [office_admin]
    needsComment: true
  - event: close
    label: 办结
    from: review.second
    to: done
    roles: [office_admin]
`;

describe('definition-declared behaviour', () => {
  it('reads the shipped task workflow: editable before submission and after a return, submitted is the review queue', () => {
    const task = loadOrThrow(join(WORKFLOWS_DIR, 'task.yaml'));
    expect(evidenceEditableStates(task)).toEqual(['pending', 'in_progress', 'returned']);
    expect(reviewQueueStates(task)).toEqual(['submitted']);
    const events = listEvents(task, {
      state: 'submitted',
      actor: { id: 'o', roles: ['office_admin'] },
    });
    expect(events.find((e) => e.event === 'return')).toMatchObject({ needsComment: true });
    expect(events.find((e) => e.event === 'approve')).toMatchObject({
      needsComment: false,
      confirm: expect.stringContaining('通过后材料不能再修改'),
    });
  });

  it('knows where experts score: inferred from the expert snapshot in the shipped campaign workflow, or declared', () => {
    expect(expertScoringStates(loadOrThrow(join(WORKFLOWS_DIR, 'campaign.yaml')))).toEqual(['accreditation']);
    const declared = compileOrThrow(`
key: review
version: 1
entityType: campaign
name: 评审
states:
  open: { label: 准备, initial: true }
  scoring:
    label: 专家评审
    expertScoring: true
    states:
      first: { label: 初评, initial: true }
      second: { label: 复评 }
  done: { label: 完成, final: true }
transitions:
  - { event: go, label: 开始评审, from: open, to: scoring, roles: [office_admin] }
  - { event: next, label: 复评, from: scoring.first, to: scoring.second, roles: [expert] }
  - { event: end, label: 结束, from: scoring, to: done, roles: [expert], effects: [{ snapshotScores: { source: self } }] }
`);
    expect(expertScoringStates(declared)).toEqual(['scoring', 'scoring.first', 'scoring.second']);
    expect(
      errorsOf(`
key: review
version: 1
entityType: campaign
name: 评审
states:
  open: { label: 准备, initial: true }
  done: { label: 完成, final: true, expertScoring: true }
transitions:
  - { event: end, label: 结束, from: open, to: done, roles: [expert] }
`)[0],
    ).toMatchObject({ code: 'INVALID_STATE_FLAG', message: expect.stringContaining('已结束的创建工作不再评分') });
  });

  it('tells reports what a task state means: done, submitted, or returned with a comment (a withdrawal is not a return)', () => {
    const kinds = taskStateKinds(loadOrThrow(join(WORKFLOWS_DIR, 'task.yaml')));
    expect(kinds).toEqual({ done: new Set(['approved']), submitted: new Set(['submitted']), returned: new Set(['returned']) });
  });

  it('lets compound states pass their flags to their children', () => {
    const drafting = compileOrThrow(DRAFTING);
    expect(evidenceEditableStates(drafting)).toEqual(['draft', 'fixing']);
    expect(reviewQueueStates(drafting)).toEqual(['review', 'review.first', 'review.second']);
    expect(isEvidenceEditable(drafting, 'review.second')).toBe(false);
    expect(isEvidenceEditable(drafting, 'nowhere')).toBe(false);
  });

  it('turns needsComment into a comment requirement the engine enforces', () => {
    const drafting = compileOrThrow(DRAFTING);
    const office = { id: 'o', roles: ['office_admin'] };
    const [sendBack] = listEvents(drafting, { state: 'review.first', actor: office }).filter((e) => e.event === 'send-back');
    // Listed before a comment is typed: offered, and the UI asks for the comment.
    expect(sendBack).toMatchObject({ allowed: true, needsComment: true });
    expect(evaluateEvent(drafting, { state: 'review.first', event: 'send-back', actor: office })).toMatchObject({
      allowed: false,
      needsComment: true,
      reasons: ['不能发回修改：需要填写意见'],
    });
    const withComment = listEvents(drafting, {
      state: 'review.first',
      actor: office,
      facts: { comment: '第二页缺盖章' },
    });
    expect(withComment.find((e) => e.event === 'send-back')).toMatchObject({
      allowed: true,
      to: 'fixing',
    });
    expect(drafting.transitions[2].guards).toEqual([{ type: 'commentRequired', params: { minLength: 1 } }]);
    expect(drafting.transitions[0]).toMatchObject({
      needsComment: false,
      confirm: '送审后不能再改材料，确定？',
    });
  });

  it('infers the flags of a definition that declares none, from its hasEvidence guards', () => {
    const legacy = compileOrThrow(`
key: legacy
version: 1
entityType: task
name: 旧流程
states:
  open: { label: 待办, initial: true }
  doing: { label: 办理中 }
  waiting: { label: 待审 }
  done: { label: 完成, final: true }
transitions:
  - { event: begin, label: 开始, from: open, to: doing, roles: [liaison] }
  - { event: hand-in, label: 提交, from: doing, to: waiting, roles: [liaison], guards: [hasEvidence] }
  - { event: reject, label: 退回, from: waiting, to: doing, roles: [office_admin], guards: [commentRequired] }
  - { event: accept, label: 通过, from: waiting, to: done, roles: [office_admin] }
`);
    expect(evidenceEditableStates(legacy)).toEqual(['open', 'doing']);
    expect(reviewQueueStates(legacy)).toEqual(['waiting']);
    expect(legacy.transitions.map((t) => t.needsComment)).toEqual([false, false, true, false]);
    expect(legacy.transitions.map((t) => t.checksEvidence)).toEqual([false, true, false, false]);
  });

  it('takes checksEvidence as declared: on a transition without hasEvidence, or switched off on one with it', () => {
    const declared = compileOrThrow(`
key: declared
version: 1
entityType: task
name: 声明检查
states:
  open: { label: 待办, initial: true, evidenceEditable: true }
  waiting: { label: 待审, reviewQueue: true }
  done: { label: 完成, final: true }
transitions:
  - { event: hand-in, label: 报送, from: open, to: waiting, roles: [liaison], checksEvidence: true }
  - { event: quick, label: 直接办结, from: open, to: done, roles: [liaison], guards: [hasEvidence], checksEvidence: false }
  - { event: accept, label: 通过, from: waiting, to: done, roles: [office_admin] }
`);
    expect(declared.transitions.map((t) => t.checksEvidence)).toEqual([true, false, false]);
    const liaison = { id: 'l', roles: ['liaison'] };
    const events = listEvents(declared, { state: 'open', actor: liaison, facts: { evidence: { requirementCodes: ['1-1'] } } });
    expect(events.map((e) => [e.event, e.checksEvidence])).toEqual([
      ['hand-in', true],
      ['quick', false],
      ['accept', false],
    ]);
  });

  it('refuses flags that contradict the state or the guards, with where and why', () => {
    const finalEditable = DRAFTING.replace('    label: 办结\n    final: true', '    label: 办结\n    final: true\n    evidenceEditable: true');
    expect(errorsOf(finalEditable)).toEqual([
      expect.objectContaining({
        code: 'INVALID_STATE_FLAG',
        path: 'states.done.evidenceEditable',
        message: expect.stringContaining('终止状态"办结"'),
      }),
    ]);
    const both = DRAFTING.replace('    label: 修改\n    evidenceEditable: true', '    label: 修改\n    evidenceEditable: true\n    reviewQueue: true');
    expect(errorsOf(both).map((e) => e.code)).toEqual(['INVALID_STATE_FLAG']);
    const conflicting = DRAFTING.replace('    needsComment: true', '    needsComment: false\n    guards: [commentRequired]');
    expect(errorsOf(conflicting)).toEqual([
      expect.objectContaining({
        code: 'CONFLICTING_COMMENT_RULE',
        path: 'transitions[2].needsComment',
      }),
    ]);
    const emptyConfirm = DRAFTING.replace('    confirm: 送审后不能再改材料，确定？', "    confirm: ''");
    expect(errorsOf(emptyConfirm)).toEqual([expect.objectContaining({ code: 'SCHEMA_VIOLATION', path: 'transitions[0].confirm' })]);
  });
});

describe('declared roles with the views they get in a campaign they are assigned in', () => {
  const withRoles = (roles: string) =>
    DRAFTING.replace('states:\n  draft:', `roles:\n${roles}\nstates:\n  draft:`).replace('roles: [office_admin]\n    needsComment', 'roles: [office_admin, inspector]\n    needsComment');

  it('compiles a label-only role without views and a { label, views } role with them', () => {
    const definition = compileOrThrow(withRoles('  inspector:\n    label: 检查组\n    views: [campaign, history]\n  clerk: 文书'));
    expect(definition.roles).toMatchObject({
      inspector: '检查组',
      clerk: '文书',
      office_admin: '办公室管理员',
    });
    expect(definition.roleViews).toEqual({ inspector: ['campaign', 'history'], clerk: [] });
  });

  it('refuses a view that does not exist', () => {
    const errors = errorsOf(withRoles('  inspector:\n    label: 检查组\n    views: [scores]'));
    expect(errors[0]).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      path: expect.stringContaining('roles.inspector'),
    });
  });
});
