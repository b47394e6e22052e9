import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { createAdmin } from '../admin';
import { fakeApi } from '../testing/fake-api';
import CampaignPickerHead from './campaign-picker-head.vue';

// The head the campaign pages share (申报材料, 参与单位, 异议答复, 指标体系, 评分, 导出): the
// picker where there is a choice, the page's tools, 刷新.

const two = [
  { id: 'c-1', name: '沙坪坝区科普示范区创建', totalScore: 100 },
  { id: 'c-2', name: '第一批全国科普示范县创建', totalScore: 0 },
];

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

function mountHead(props: Record<string, unknown>, slots: Record<string, unknown> = {}) {
  const admin = createAdmin({ history: createMemoryHistory(), link: fakeApi(() => ({ data: {} })).link });
  wrapper = mount(CampaignPickerHead, {
    attachTo: document.body,
    props: { section: '创建工作', title: '参与单位', placeholder: '选择批次', chosenId: 'c-1', campaigns: two, ...props },
    slots,
    global: { plugins: [admin] },
  });
  return wrapper;
}

describe('campaign picker head', () => {
  it('offers no picker with one campaign, and one with a choice that says which was chosen', async () => {
    const one = mountHead({ campaigns: [two[0]], pickerTest: 'units-campaign' });
    expect(one.find('[data-test="units-campaign"]').exists()).toBe(false);
    expect(one.text()).toContain('刷新');
    one.unmount();

    const w = mountHead({ campaigns: two, pickerTest: 'units-campaign' });
    expect(w.find('[data-test="units-campaign"]').exists()).toBe(true);
    expect(w.find('label').exists()).toBe(false);
    await w.get('[data-test="units-campaign"] .el-select__wrapper').trigger('click');
    await vi.waitFor(() => expect(document.querySelectorAll('.el-select-dropdown__item').length).toBe(2));
    const second = [...document.querySelectorAll('.el-select-dropdown__item')].find((item) => item.textContent === '第一批全国科普示范县创建');
    (second as HTMLElement).click();
    await vi.waitFor(() => expect(w.emitted('choose')).toEqual([['c-2']]));
  });

  it('places the page tools before 刷新 and reports a refresh', async () => {
    const w = mountHead({ campaigns: two }, { default: () => h('button', { 'data-test': 'page-tool' }, '邀请参与') });
    const buttons = w.findAll('button').map((b) => b.text());
    expect(buttons.indexOf('邀请参与')).toBeLessThan(buttons.indexOf('刷新'));
    await w
      .findAll('button')
      .find((b) => b.text() === '刷新')!
      .trigger('click');
    expect(w.emitted('refresh')).toHaveLength(1);
  });

  it('hides the picker for a page opened for one campaign', () => {
    const w = mountHead({ campaigns: two, pickerTest: 'forms-campaign', hidePicker: true });
    expect(w.find('[data-test="forms-campaign"]').exists()).toBe(false);
  });

  it('with a label, always shows a labelled searchable picker, disabled while there is none', () => {
    const w = mountHead({ campaigns: [two[0]], label: '创建工作' });
    expect(w.get('label').attributes('for')).toBe('campaign-picker');
    expect(w.get('label').text()).toBe('创建工作');
    expect(w.find('.el-select').exists()).toBe(true);
    w.unmount();

    const none = mountHead({ campaigns: [], label: '创建工作', chosenId: null });
    expect(none.find('.el-select.is-disabled, .el-select__wrapper.is-disabled').exists()).toBe(true);
  });
});
