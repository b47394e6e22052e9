import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, confirmBox, launch, loginAs, shot, type UserSession } from './support/browser';
import { samplePdf } from './support/sample-pdf';
import { addDays, todayInChina } from '@accredit/calendar-date';

// A national campaign with participants in real browsers (issue 11's proof): the data is built
// through the API as in tests/api/campaign-participants.spec.ts (the national office's batch on a
// standard whose units are the counties' departments, two provinces with five counties each);
// then a county's office applies on 申报, the county's 县科协 liaison uploads a file to one of its
// new tasks, Sichuan's office recommends the county on 参与单位, and the national office sees the
// participants of both provinces there, with the county recommended, and invites one more county.

jest.setTimeout(300000);

const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const FIRST_PASSWORD = 'Nation@2026batch';
const PASSWORD = 'County@2026apply';
const BATCH = '2021—2025年度第二批全国科普示范县创建';

let api: TestApi;
let browser: Browser;
let admin: Gql;
let batch: string;
const sessions: UserSession[] = [];
const departmentOf: Record<string, string> = {};

const day = (offset: number) => addDays(todayInChina(), offset);

async function organisationId(code: string): Promise<string> {
  const { data } = await admin('query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }', { search: code });
  return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
}

/** A user of an organisation who has already replaced the password the system admin gave. */
async function user(username: string, displayName: string, roles: string[], organisation: string, departmentId?: string): Promise<Gql> {
  const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { username, displayName, password: FIRST_PASSWORD, roles, organisationId: organisation, departmentId },
  });
  expect(created.errors).toBeUndefined();
  const first = await api.as(username, FIRST_PASSWORD);
  expect((await first('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD } })).errors).toBeUndefined();
  return api.as(username, PASSWORD);
}

async function session(username: string): Promise<UserSession> {
  const s = await loginAs(browser, api.api.url, username, PASSWORD);
  sessions.push(s);
  return s;
}

async function openMenu(page: Page, name: string): Promise<void> {
  await page.click(`[data-test="menu-${name}"]`);
}

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  admin = await api.as('sysadmin');
  const nation = await user('nat-office', '中国科协科普部', ['office_admin'], await organisationId('000000'));
  for (const [code, key] of [
    ['510000', 'sc'],
    ['520000', 'gz'],
  ] as const) {
    const province = await organisationId(code);
    await user(`${key}-office`, `${key === 'sc' ? '四川' : '贵州'}省科协`, ['office_admin'], province);
    // Five counties each: the quota is ⌊20 % × 5⌋ = 1 recommendation per province.
    for (let n = 1; n <= 5; n++) {
      const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: { parentId: province, level: 'county', code: `${code.slice(0, 2)}990${n}`, name: `${key}测试县${n}`, shortName: `${key}县${n}` },
      });
      expect(created.errors).toBeUndefined();
      // The first county of each province applies, Guizhou's second is invited: their offices, their two departments.
      if (n > (key === 'gz' ? 2 : 1)) continue;
      const county = created.data!.createOrganisation.id as string;
      const office = await user(`${key}${n}-office`, `${key}县${n}科协`, ['office_admin'], county);
      for (const name of ['县科协', '县教育局']) {
        const department = await office('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } });
        expect(department.errors).toBeUndefined();
        departmentOf[`${key}${n}/${name}`] = department.data!.createDepartment.id;
      }
      if (key === 'sc' && n === 1) await user('sc1-kexie', 'sc县1科协联络员', ['liaison'], county, departmentOf['sc1/县科协']);
    }
  }
  const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
    input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'national-county-2021', unitsOfParticipants: true },
  });
  expect(imported.errors).toBeUndefined();
  const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
    input: {
      templateId: imported.data!.importIndicatorTable.systemId,
      name: BATCH,
      phases: [
        { key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(60) },
        { key: 'creation', name: '创建阶段', startsOn: day(61), endsOn: day(300) },
      ],
      participation: { applicantLevel: 'county' },
    },
  });
  expect(setUp.errors).toBeUndefined();
  batch = setUp.data!.setUpCampaign.campaignId;
  // Guizhou's county applies through the API; Sichuan's in the browser below.
  const guizhou = await api.as('gz1-office', PASSWORD);
  expect((await guizhou('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id } }', { id: batch })).errors).toBeUndefined();
  browser = await launch();
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('a county office applies to the national batch on 申报 and follows its application', async () => {
  const { page, problems } = await session('sc1-office');
  await openMenu(page, 'campaign-applications');
  const open = page.locator('[data-test="open-campaigns"]');
  await open.locator('.el-table__row', { hasText: BATCH }).waitFor();
  expect(await open.textContent()).toContain('全国');
  await shot(page, '13-applications-open');
  await page.click(`[data-test="apply-${batch}"]`);
  await confirmBox(page);
  await page.locator('.el-message--success', { hasText: '已申报' }).waitFor();
  // Applied: the batch leaves the open list, the application card shows where it stands.
  const card = page.locator(`[data-test="application-${batch}"]`);
  await card.locator('[data-test="application-state"]', { hasText: '已申报' }).waitFor();
  await open.locator('.el-table__empty-text').waitFor();
  // 撤回申报 is the county's own: offered, with its confirmation.
  await card.locator('[data-test="action-withdraw"]').waitFor();
  await shot(page, '14-applications-applied');
  // Its own work campaign, with its tasks, opens from the card.
  await card.locator('[data-test="open-own-work"]').click();
  await page.waitForURL((url) => url.hash.startsWith('#/dashboard') && url.hash.includes('campaign='));
  await page.locator('.layout__campaign-name', { hasText: `${BATCH}（sc县1）` }).waitFor();
  expect(problems).toEqual([]);
});

test('the county’s 县科协 liaison finds the new task in 我的任务 and uploads a file to it', async () => {
  const kexie = await api.as('sc1-kexie', PASSWORD);
  const campaigns = await kexie('{ campaigns { id name parentCampaignId } }');
  const work = campaigns.data!.campaigns.find((c: any) => c.parentCampaignId === batch);
  expect(work.name).toBe(`${BATCH}（sc县1）`);
  const tasks = await kexie('query($c: ID!) { tasks(campaignId: $c, first: 20) { edges { node { id state scoringRule { code } } } } }', { c: work.id });
  const task = tasks.data!.tasks.edges.map((e: any) => e.node).find((t: any) => t.state === 'pending');
  expect(task).toBeDefined();

  const { page, problems } = await session('sc1-kexie');
  expect(page.url()).toContain('#/my-tasks');
  await page.locator(`[data-test="work-item"][data-task-id="${task.id}"]`).click();
  const workspace = page.locator('[data-test="task-workspace"]');
  await workspace.waitFor();
  await page.click('[data-test="action-start"]');
  await page.waitForSelector('[data-test="task-workspace"][data-task-state="in_progress"]');
  await page
    .locator('[data-test="evidence-drop"] input[type="file"]')
    .setInputFiles({ name: '县科普工作实施方案.pdf', mimeType: 'application/pdf', buffer: samplePdf('County science popularisation plan') });
  await page.locator('[data-test="upload-queue"]').waitFor();
  await page.click('[data-test="upload-all"]');
  await page.locator('[data-test="evidence-name"]', { hasText: '县科普工作实施方案.pdf' }).waitFor();
  await shot(page, '15-county-liaison-upload');
  expect(problems).toEqual([]);
});

test('Sichuan’s office recommends its county on 参与单位, seeing only its own counties', async () => {
  const { page, problems } = await session('sc-office');
  await openMenu(page, 'campaign-participants');
  await page.locator('[data-test="participants-campaign-name"]', { hasText: BATCH }).waitFor();
  // A province sees its own counties only.
  const row = page.locator('.participant-row', { hasText: 'sc县1' });
  await row.waitFor();
  expect(await page.locator('.participant-row').count()).toBe(1);
  expect(await page.locator('.participant-row', { hasText: 'gz县1' }).count()).toBe(0);
  // The county's own work: one file uploaded, its progress out of its tasks.
  expect(await row.locator('[data-test="participant-progress"]').textContent()).toMatch(/^0 \/ \d+$/);
  expect(await row.locator('[data-test="participant-state"]').textContent()).toBe('已申报');
  await row.locator('[data-test="action-recommend"]').click();
  await confirmBox(page);
  await page.locator('.el-message--success', { hasText: '已推荐' }).waitFor();
  await row.locator('[data-test="participant-state"]', { hasText: '已推荐' }).waitFor();
  expect(await row.locator('[data-test="participant-outcome"]').textContent()).toBe('推荐');
  await shot(page, '16-participants-province');
  // 查看创建工作: the county's work is not in the province's own campaign list, yet its dashboard opens and the header names it.
  await row.locator('[data-test="open-work-sc县1"]').click();
  await page.waitForURL((url) => url.hash.startsWith('#/dashboard') && url.hash.includes('campaign='));
  await page.locator('.layout__campaign-name', { hasText: `${BATCH}（sc县1）` }).waitFor();
  expect(problems).toEqual([]);
});

test('the national office sees the participants of both provinces, Sichuan’s county recommended, and invites a county', async () => {
  const { page, problems } = await session('nat-office');
  await openMenu(page, 'campaign-participants');
  await page.locator('[data-test="participants-campaign-name"]', { hasText: BATCH }).waitFor();
  // The header names the batch (the office's own campaign), not a county's work listed before it.
  expect(await page.locator('.layout__campaign-name').textContent()).toBe(BATCH);
  const sichuan = page.locator('[data-test="province-四川"]');
  const guizhou = page.locator('[data-test="province-贵州"]');
  await sichuan.locator('.participant-row', { hasText: 'sc县1' }).locator('[data-test="participant-state"]', { hasText: '已推荐' }).waitFor();
  expect(await guizhou.locator('.participant-row', { hasText: 'gz县1' }).locator('[data-test="participant-state"]').textContent()).toBe('已申报');
  // 推荐 is the province's: the national office is offered 命名 on the recommended county only.
  expect(await guizhou.locator('[data-test="action-recommend"]').count()).toBe(0);
  await sichuan.locator('[data-test="action-name"]').waitFor();
  // Filtered to one province.
  await page.locator('[data-test="filter-province"] label', { hasText: '贵州' }).click();
  await page.locator('[data-test="province-四川"]').waitFor({ state: 'detached' });
  expect(await page.locator('.participant-row').count()).toBe(1);
  await page.locator('[data-test="filter-province"] label', { hasText: '全部省份' }).click();
  await sichuan.waitFor();
  await shot(page, '17-participants-national');

  // The national office invites Guizhou counties that did not apply.
  await page.click('[data-test="invite-open"]');
  const dialog = page.locator('.el-dialog', { hasText: '邀请参与单位' });
  await dialog.waitFor();
  await dialog.locator('input[data-test="invite-search"]').fill('gz测试县');
  await dialog.locator('[data-test="invite-gz县3"]').click();
  // Units taking part already are not offered: gz县1 applied. (The list keeps its units while the typed search is on its way: it blanked between answers once, and a unit seen here was gone at the next line.)
  await dialog.locator('[data-test="invite-gz县2"]').waitFor();
  expect(await dialog.locator('[data-test="invite-gz县2"]').count()).toBe(1);
  expect(await dialog.locator('[data-test="invite-gz县1"]').count()).toBe(0);
  // gz县3 has no 县科协 of its own: the API says what to do, and the dialog stays open.
  await dialog.locator('[data-test="invite-submit"]').click();
  await page.locator('.el-message--error', { hasText: '不是gz县3的部门或部门组' }).waitFor();
  await dialog.locator('[data-test="invite-gz县3"]').click();
  await dialog.locator('[data-test="invite-gz县2"]').click();
  await dialog.locator('[data-test="invite-submit"]').click();
  await page.locator('.el-message--success', { hasText: '已邀请 1 个单位' }).waitFor();
  const invited = guizhou.locator('.participant-row', { hasText: 'gz县2' });
  await invited.waitFor();
  expect(await invited.textContent()).toContain('受邀参与');

  // The county's own work opens from its row (read-only for the nation).
  await sichuan.locator('[data-test="open-work-sc县1"]').click();
  await page.locator('.layout__campaign-name', { hasText: `${BATCH}（sc县1）` }).waitFor();
  expect(problems).toEqual([]);
});
