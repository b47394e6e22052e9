import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../plugins/i18n';
import WorkflowActionBar from './workflow-action-bar.vue';

const action = (event: string, label: string, allowed: boolean, reasons: string[] = [], available = true) => ({
  __typename: 'AvailableTransition' as const,
  event,
  label,
  allowed,
  available,
  to: allowed ? 'submitted' : null,
  toLabel: allowed ? '已提交' : null,
  code: allowed ? null : 'TRANSITION_NOT_ALLOWED',
  reasons,
});

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

  it("lets 退回 ask for its comment, and leaves out another role's events", () => {
    const wrapper = mount(WorkflowActionBar, {
      global: { plugins: [i18n] },
      props: {
        actions: [
          action('return', '退回', false, ['不能退回：需要填写意见']),
          { ...action('withdraw', '撤回', false, ['角色不允许：只有部门联络员可以执行"撤回"']), code: 'FORBIDDEN' },
          action('approve', '通过', true),
        ],
      },
    });
    expect(wrapper.get('[data-test="action-return"]').attributes('disabled')).toBeUndefined();
    expect(wrapper.find('[data-test="action-withdraw"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="refused-reasons"]').exists()).toBe(false);
  });
});
