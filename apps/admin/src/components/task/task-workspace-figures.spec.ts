import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { FormFiguresForDocument, TaskAvailableTransitionsDocument, TaskEvidenceDocument, TransitionHistoryDocument, type FormFiguresForQuery } from '../../graphql/generated/graphql';
import { LIAISON, answerFor, apiError, type Answer } from '../../testing/fake-api';
import { mountInAdmin } from '../../testing/mount-admin';
import { OPEN_TASK } from '../../testing/task.fixture';
import { taskAction } from '../../testing/workflow-action.fixture';
import TaskWorkspace from './task-workspace.vue';

// The task screen shows the figures entered in forms that are tied to the task (issue 12) beside
// its evidence — only when there are some: a task without tied figures shows no empty block.

setLogVerbosity('error');

type Figures = FormFiguresForQuery['formFiguresFor'];

const VOLUNTEERS: Figures[number] = {
  formId: 'f-1',
  formName: '2021-2025年度第一批全国科普示范县（市、区）申报表',
  campaignId: 'batch',
  campaignName: '第一批全国科普示范县创建',
  field: 'registered_volunteers',
  label: '注册科技志愿者',
  requirementCode: '1-2',
  ruleCode: null,
  text: '1500 人',
  status: 'SUBMITTED',
  updatedByName: '陈主任',
  updatedAt: '2026-12-04T02:00:00Z',
};

function answers(figures: Figures | 'refused') {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'TaskAvailableTransitions':
        return answerFor(TaskAvailableTransitionsDocument, { availableTransitions: [taskAction('submit', '提交', { checksEvidence: true })] });
      case 'TaskEvidence':
        return answerFor(TaskEvidenceDocument, { taskEvidence: [] });
      case 'TransitionHistory':
        return answerFor(TransitionHistoryDocument, { transitionHistory: [] });
      case 'FormFiguresFor':
        return figures === 'refused' ? apiError('只能查看本部门任务的表单数据', 'FORBIDDEN') : answerFor(FormFiguresForDocument, { formFiguresFor: figures });
    }
  };
}

async function mountWorkspace(figures: Figures | 'refused', mode: 'liaison' | 'review' = 'liaison') {
  // The router's first navigation settled (it loads a page) before the spec can end.
  const { w, api } = await mountInAdmin(TaskWorkspace, { task: OPEN_TASK, mode }, answers(figures), { user: LIAISON, path: '/my-tasks' });
  // The workspace is loaded once its events are there and the figures were asked for and answered.
  await vi.waitFor(() => expect(w.find('[data-test="action-submit"]').exists()).toBe(true), { timeout: 10_000 });
  await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'FormFiguresFor')).toBe(true), { timeout: 10_000 });
  return { api, w };
}

describe('task workspace: figures from forms beside the evidence', { timeout: 30_000 }, () => {
  it('shows the tied figures, asked for with the task id', async () => {
    const { api, w } = await mountWorkspace([VOLUNTEERS], 'review');
    await vi.waitFor(() => expect(w.find('[data-test="form-figure-value"]').exists()).toBe(true), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'FormFiguresFor')!.variables).toEqual({ taskId: 't-1' });
    const block = w.get('[data-test="form-figures"]');
    expect(block.text()).toContain('表单中的相关数据');
    expect(block.get('[data-test="form-figure-value"]').text()).toBe('1500 人');
    expect(block.text()).toContain('考察内容 1-2');
    // Placed in the task's column, after the evidence list.
    const main = w.get('.workspace__main').element;
    expect(main.contains(block.element)).toBe(true);
    const panels = [...main.children];
    const evidencePanel = panels.findIndex((p) => p.textContent?.includes('佐证材料'));
    expect(evidencePanel).toBeGreaterThanOrEqual(0);
    expect(panels.indexOf(block.element)).toBeGreaterThan(evidencePanel);
  });

  it('shows no block when nothing is tied to the task', async () => {
    const { w } = await mountWorkspace([]);
    // Let the (empty) answer arrive and render.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await vi.waitFor(() => expect(w.find('[data-test="task-workspace"]').exists()).toBe(true));
    expect(w.find('[data-test="form-figures"]').exists()).toBe(false);
    expect(w.text()).not.toContain('表单中的相关数据');
    expect(w.text()).not.toContain('表单中暂无与本任务关联的数据');
  });

  it('still shows the API refusal rather than hiding it', async () => {
    const { w } = await mountWorkspace('refused');
    await vi.waitFor(() => expect(w.find('[data-test="form-figures"]').text()).toContain('只能查看本部门任务的表单数据'), { timeout: 10_000 });
  });
});
