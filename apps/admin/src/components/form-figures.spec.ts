import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAdmin } from '../admin';
import { FormFiguresForDocument } from '../graphql/generated/graphql';
import { answerFor, apiError, fakeApi, type Answer } from '../testing/fake-api';
import FormFigures from './form-figures.vue';

// The read-only block a task screen mounts: the figures entered in forms that are tied to the
// task, each with its value, form, tie and who changed it when; the API's refusal as it comes.

setLogVerbosity('error');

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function mountFor(answer: (operation: Operation) => Answer) {
  const api = fakeApi(answer);
  const admin = createAdmin({ history: createMemoryHistory(), link: api.link });
  wrapper = mount(FormFigures, { props: { taskId: 't-1' }, global: { plugins: [admin] } });
  return { w: wrapper, api };
}

describe('form figures beside a task', () => {
  it('shows each tied figure with its form, tie and last change', async () => {
    const { w, api } = mountFor(() =>
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
    const empty = mountFor(() => answerFor(FormFiguresForDocument, { formFiguresFor: [] }));
    await vi.waitFor(() => expect(empty.w.text()).toContain('表单中暂无与本任务关联的数据'), { timeout: 10_000 });
    empty.w.unmount();
    const refused = mountFor(() => apiError('只能查看本部门任务的表单数据', 'FORBIDDEN'));
    await vi.waitFor(() => expect(refused.w.text()).toContain('只能查看本部门任务的表单数据'), { timeout: 10_000 });
  });
});
