import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { FormFiguresForDocument } from '../graphql/generated/graphql';
import { answerFor, apiError, type Answer } from '../testing/fake-api';
import { mountInAdmin } from '../testing/mount-admin';
import FormFigures from './form-figures.vue';

// The read-only block a task screen mounts: the figures entered in forms that are tied to the
// task, each with its value, form, tie and who changed it when; the API's refusal as it comes.

setLogVerbosity('error');

const mountFor = (answer: (operation: Operation) => Answer) => mountInAdmin(FormFigures, { taskId: 't-1' }, answer);

describe('form figures beside a task', () => {
  it('shows each tied figure with its form, tie and last change', async () => {
    const { w, api } = await mountFor(() =>
      answerFor(FormFiguresForDocument, {
        formFiguresFor: [
          {
            formId: 'f-1',
            formName: '2021-2025年度第一批全国科普示范县（市、区）申报表',
            campaignId: 'batch',
            campaignName: '第一批全国科普示范县创建',
            field: 'registered_volunteers',
            label: '注册科技志愿者',
            requirementCode: '7-1',
            ruleCode: null,
            text: '1500 人',
            status: 'SUBMITTED',
            updatedByName: '陈主任',
            updatedAt: '2026-12-04T02:00:00Z',
          },
        ],
      }),
    );
    await vi.waitFor(() => expect(w.find('[data-test="form-figure-value"]').exists()).toBe(true), { timeout: 10_000 });
    expect(api.calls[0]!.variables).toEqual({ taskId: 't-1' });
    expect(w.get('[data-test="form-figure-value"]').text()).toBe('1500 人');
    expect(w.text()).toContain('考察内容 7-1');
    expect(w.text()).toContain('已提交');
    expect(w.get('[data-test="form-figure-changed"]').text()).toMatch(/^陈主任 于 2026年12月4日 \d\d:\d\d 修改$/);
  });

  it('says so when nothing is tied, and shows a refusal as the API words it', async () => {
    const empty = await mountFor(() => answerFor(FormFiguresForDocument, { formFiguresFor: [] }));
    await vi.waitFor(() => expect(empty.w.text()).toContain('表单中暂无与本任务关联的数据'), { timeout: 10_000 });
    empty.w.unmount();
    const refused = await mountFor(() => apiError('只能查看本部门任务的表单数据', 'FORBIDDEN'));
    await vi.waitFor(() => expect(refused.w.text()).toContain('只能查看本部门任务的表单数据'), { timeout: 10_000 });
  });
});
