import type { Operation } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RemindTaskDocument } from '../graphql/generated/graphql';
import { answerFor } from '../testing/fake-api';
import { mountInAdmin } from '../testing/mount-admin';
import { useUrge } from './use-urge';

// 催办 one task: the office is told whom it reached, and warned when the department has nobody
// to read it (the API answers how many accounts receive the notice).

afterEach(() => {
  document.body.innerHTML = '';
});

async function urge(notified: number) {
  const answers = (operation: Operation) =>
    operation.operationName === 'RemindTask' ? answerFor(RemindTaskDocument, { remindTask: { department: { id: 'd-kexie', name: '区科协' }, notified } }) : undefined;
  let urgeTask: ((taskId: string) => Promise<boolean>) | null = null;
  const Host = defineComponent({
    setup() {
      urgeTask = useUrge().urgeTask;
      return () => h('div');
    },
  });
  const { calls } = await mountInAdmin(Host, {}, answers, { path: '/' });
  expect(await urgeTask!('t-1')).toBe(true);
  expect(calls.find((c) => c.operationName === 'RemindTask')!.variables).toEqual({ input: { taskId: 't-1' } });
  // The page under it may show messages of its own (its questions are not answered here): ours names the department.
  const ours = () => [...document.querySelectorAll<HTMLElement>('.el-message')].find((message) => message.textContent?.includes('区科协'));
  await vi.waitFor(() => expect(ours()).toBeDefined());
  return ours() as HTMLElement;
}

describe('催办 a task', { timeout: 20_000 }, () => {
  it('says which department it reached and how many accounts', async () => {
    const message = await urge(2);
    expect(message.textContent).toContain('已催办区科协（2 个账号收到）');
    expect(message.classList.contains('el-message--success')).toBe(true);
  });

  it('warns when the department has no account to read it', async () => {
    const message = await urge(0);
    expect(message.textContent).toContain('已催办区科协，但该部门没有在用的账号，无人收到');
    expect(message.classList.contains('el-message--warning')).toBe(true);
  });
});
