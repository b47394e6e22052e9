import { MikroORM } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, confirmBox, launch, loginAs, shot, type UserSession } from './support/browser';

// 审核队列's 批量审核 in a real browser: the office ticks two submitted tasks and approves them at
// once; they leave the queue and the third, unticked, stays.

jest.setTimeout(300000);

let api: TestApi;
let browser: Browser;
let session: UserSession | undefined;
let submitted: { id: string }[];

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  const campaignId = (await api.gql<{ campaigns: { id: string }[] }>('{ campaigns { id } }')).data!.campaigns[0]!.id;
  const orm = api.api.app.get(MikroORM);
  submitted = await orm.em
    .getConnection()
    .execute(
      `update task set state = 'submitted' where id in (select t.id from task t join department d on d.id = t.department_id where d.name = '区科协' and t.campaign_id = ? order by t.position limit 3) returning id`,
      [campaignId],
    );
  browser = await launch();
});

afterAll(async () => {
  await session?.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('the office ticks two tasks in the review queue and approves them at once', async () => {
  session = await loginAs(browser, api.api.url, 'office', DEMO_PASSWORD);
  const { page, problems } = session;
  await page.goto(`${api.api.url}/#/review`);
  const item = (id: string) => page.locator(`[data-test="work-item"][data-task-id="${id}"]`);
  await item(submitted[0]!.id).waitFor();
  expect(await page.locator('[data-test="work-item"]').count()).toBe(3);
  await expect(page.locator('[data-test="batch-approve"]').isDisabled()).resolves.toBe(true);

  await item(submitted[0]!.id).locator('[data-test="work-item-check"]').click();
  await item(submitted[1]!.id).locator('[data-test="work-item-check"]').click();
  await page.locator('[data-test="batch-bar"]', { hasText: '已选 2 项' }).waitFor();
  await shot(page, '12-review-batch');
  await page.click('[data-test="batch-approve"]');
  expect(await page.locator('.el-message-box').last().textContent()).toContain('确认通过选中的 2 项任务');
  await confirmBox(page);
  await page.locator('.el-message--success', { hasText: '已通过 2 项任务' }).waitFor();

  // The two left the queue; the unticked one stays.
  await item(submitted[0]!.id).waitFor({ state: 'detached' });
  await item(submitted[1]!.id).waitFor({ state: 'detached' });
  expect(await page.locator('[data-test="work-item"]').count()).toBe(1);
  expect(await item(submitted[2]!.id).count()).toBe(1);
  expect(problems).toEqual([]);
});
