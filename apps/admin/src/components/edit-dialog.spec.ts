import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick, reactive } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { createAdmin } from '../admin';
import { submitDialog } from '../composables/submit-dialog';
import { fakeApi } from '../testing/fake-api';
import EditDialog from './edit-dialog.vue';

// The settings and setup dialogs (单位, 组别, 类型, 组织机构, 用户, 工作流程, 邀请参与, 遴选名额, 设置表单,
// 新周期) share one dialog and one save: 取消 closes, the submit button (or Enter in the form)
// saves, a success closes the dialog, a refusal is told and leaves what was typed.

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

function mountDialog(props: Record<string, unknown>) {
  const admin = createAdmin({ history: createMemoryHistory(), link: fakeApi(() => ({ data: {} })).link });
  wrapper = mount(EditDialog, {
    attachTo: document.body,
    props: { open: true, title: '新增单位', ...props },
    slots: { default: () => h('input', { 'data-test': 'unit-name' }), after: () => h('p', { 'data-test': 'note' }, '说明') },
    global: { plugins: [admin] },
  });
  return wrapper;
}

const footerButtons = () => [...document.querySelectorAll<HTMLButtonElement>('.el-dialog__footer button')];

describe('edit dialog', () => {
  it('shows its title and content in a form; 取消 closes it, 保存 and Enter submit', async () => {
    const w = mountDialog({ labelWidth: '80px', submitTest: 'unit-submit' });
    await vi.waitFor(() => expect(document.querySelector('.el-dialog')).not.toBeNull());
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('新增单位');
    expect(document.querySelector('.el-dialog form [data-test="unit-name"]')).not.toBeNull();
    expect(document.querySelector('[data-test="note"]')?.textContent).toBe('说明');
    expect(footerButtons().map((b) => b.textContent?.trim())).toEqual(['取消', '保存']);

    document.querySelector<HTMLButtonElement>('[data-test="unit-submit"]')!.click();
    document.querySelector('.el-dialog form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(w.emitted('submit')).toHaveLength(2);

    footerButtons()[0]!.click();
    expect(w.emitted('update:open')).toEqual([[false]]);
  });

  it('without a label width holds its content as it is, with the submit button it is told', async () => {
    mountDialog({ submitLabel: '移动', saving: true, submitDisabled: true });
    await vi.waitFor(() => expect(document.querySelector('.el-dialog')).not.toBeNull());
    expect(document.querySelector('.el-dialog form')).toBeNull();
    expect(document.querySelector('.el-dialog [data-test="unit-name"]')).not.toBeNull();
    const submit = footerButtons()[1]!;
    expect(submit.textContent?.trim()).toBe('移动');
    expect(submit.disabled).toBe(true);
    expect(submit.classList.contains('is-loading')).toBe(true);
  });
});

describe('a dialog save', () => {
  it('on success says so, closes, then reloads with the result', async () => {
    const dialog = reactive({ open: true });
    const after = vi.fn();
    const result = await submitDialog(dialog, () => Promise.resolve({ id: 'd-1' }), { saved: '已保存', after });
    expect(result).toEqual({ id: 'd-1' });
    expect(dialog.open).toBe(false);
    expect(after).toHaveBeenCalledWith({ id: 'd-1' });
    await nextTick();
    await vi.waitFor(() => expect(document.querySelector('.el-message')?.textContent).toContain('已保存'));
  });

  it('on a refusal tells the reason, stays open and runs what a failure asks', async () => {
    const dialog = reactive({ open: true });
    const after = vi.fn();
    const failed = vi.fn();
    const result = await submitDialog(dialog, () => Promise.reject(new Error('单位名称已存在')), { saved: '已保存', after, failed });
    expect(result).toBeUndefined();
    expect(dialog.open).toBe(true);
    expect(after).not.toHaveBeenCalled();
    expect(failed).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(document.querySelector('.el-message')?.textContent).toContain('单位名称已存在'));
    expect(document.querySelector('.el-message')?.textContent).not.toContain('已保存');
  });
});
