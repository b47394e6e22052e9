import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { FormFiguresForDocument, TaskAvailableTransitionsDocument, TaskEvidenceDocument, TransitionHistoryDocument } from '../../graphql/generated/graphql';
import { LIAISON, answerFor, type Answer } from '../../testing/fake-api';
import { mountInAdmin } from '../../testing/mount-admin';
import { OPEN_TASK } from '../../testing/task.fixture';
import { taskAction } from '../../testing/workflow-action.fixture';
import TaskWorkspace from './task-workspace.vue';

// Which events list the requirements still without evidence before they fire is the task
// workflow's word (checksEvidence on AvailableTransition), not the events' names: a workflow
// calling its submit 报送 (hand-in) gets the check, an event without the flag fires at once.

setLogVerbosity('error');

const TASK = OPEN_TASK;

function answers(operation: Operation): Answer | undefined {
  switch (operation.operationName) {
    case 'TaskAvailableTransitions':
      return answerFor(TaskAvailableTransitionsDocument, {
        availableTransitions: [taskAction('hand-in', '报送', { checksEvidence: true, to: 'waiting', toLabel: '待审' }), taskAction('close', '办结', { to: 'done', toLabel: '已办结' })],
      });
    case 'TaskEvidence':
      return answerFor(TaskEvidenceDocument, { taskEvidence: [] });
    case 'TransitionHistory':
      return answerFor(TransitionHistoryDocument, { transitionHistory: [] });
    case 'FormFiguresFor':
      return answerFor(FormFiguresForDocument, { formFiguresFor: [] });
  }
}

async function mountWorkspace() {
  // The router's first navigation settled (it loads a page) before the spec can end.
  const { w, api } = await mountInAdmin(TaskWorkspace, { task: TASK, mode: 'liaison' }, answers, { user: LIAISON, path: '/my-tasks' });
  await vi.waitFor(() => expect(w.find('[data-test="action-hand-in"]').exists()).toBe(true), { timeout: 10_000 });
  return { api, w };
}

describe('task workspace: the submit check comes from the workflow', { timeout: 30_000 }, () => {
  it('lists the requirements without evidence before an event marked checksEvidence', async () => {
    const { api, w } = await mountWorkspace();
    await w.get('[data-test="action-hand-in"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box [data-test="missing-evidence"]')).not.toBeNull(), { timeout: 10_000 });
    const gaps = document.querySelector('.el-message-box [data-test="missing-evidence"]')!.textContent ?? '';
    expect(gaps).toContain('1-1 成立文件');
    expect(gaps).toContain('1-2 会议纪要');
    expect(gaps).toContain('报送');
    // Nothing is fired until the liaison answers.
    expect(api.calls.some((c) => c.operationName === 'Transition')).toBe(false);
  });

  it('fires an event without the flag at once, whatever the evidence', async () => {
    const { api, w } = await mountWorkspace();
    await w.get('[data-test="action-close"]').trigger('click');
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'Transition')).toBe(true), { timeout: 10_000 });
    expect(document.querySelector('[data-test="missing-evidence"]')).toBeNull();
    expect(api.calls.find((c) => c.operationName === 'Transition')!.variables['input']).toMatchObject({ entityType: 'task', id: 't-1', event: 'close', expectedVersion: 4 });
  });
});
