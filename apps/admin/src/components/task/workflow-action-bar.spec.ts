import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../plugins/i18n';
import { workflowAction } from '../../testing/workflow-action.fixture';
import WorkflowActionBar from './workflow-action-bar.vue';

const action = (event: string, label: string, allowed: boolean, reasons: string[] = [], available = true) =>
  workflowAction(event, label, { allowed, available, reasons, to: allowed ? 'submitted' : null, toLabel: allowed ? '已提交' : null, needsComment: event === 'return' });

const i18n = createAppI18n('zh-CN');

describe('workflow action bar', () => {
  it('offers the allowed events, keeps refused ones disabled with the reason, and hides the others', async () => {
    const wrapper = mount(WorkflowActionBar, {
      global: { plugins: [i18n] },
      props: {
        actions: [action('submit', '提交', false, ['不能提交：尚无佐证材料']), action('withdraw', '撤回', false, ['当前状态下不可执行'], false), action('start', '开始', true)],
      },
    });
    expect(wrapper.find('[data-test="action-withdraw"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="action-submit"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-test="refused-reasons"]').text()).toBe('不能提交：尚无佐证材料');
    await wrapper.get('[data-test="action-start"]').trigger('click');
    expect(wrapper.emitted('fire')?.[0]?.[0]).toMatchObject({ event: 'start' });
    await wrapper.get('[data-test="action-submit"]').trigger('click');
    expect(wrapper.emitted('fire')).toHaveLength(1);
  });

  it("offers 退回 as the API does before its comment is written, and leaves out another role's events", () => {
    const wrapper = mount(WorkflowActionBar, {
      global: { plugins: [i18n] },
      props: {
        actions: [action('return', '退回', true), { ...action('withdraw', '撤回', false, ['角色不允许：只有部门联络员可以执行"撤回"']), code: 'FORBIDDEN' }, action('approve', '通过', true)],
      },
    });
    expect(wrapper.get('[data-test="action-return"]').attributes('disabled')).toBeUndefined();
    expect(wrapper.find('[data-test="action-withdraw"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="refused-reasons"]').exists()).toBe(false);
  });

  it('does not guess from the wording: an event refused for anything, even a reason that mentions 意见, stays disabled', () => {
    const wrapper = mount(WorkflowActionBar, {
      global: { plugins: [i18n] },
      props: { actions: [action('return', '退回', false, ['不能退回：意见不少于 10 字']), action('comment', '发表意见', false, ['不能发表意见：尚未上传检查报告的文件'])] },
    });
    expect(wrapper.get('[data-test="action-return"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-test="action-comment"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-test="refused-reasons"]').text()).toContain('意见不少于 10 字');
  });
});
