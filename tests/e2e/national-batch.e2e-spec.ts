import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, confirmBox, launch, loginAs, shot, type UserSession } from './support/browser';
import { addDays, todayInChina } from '@accredit/calendar-date';

// The national batch's last stages in real browsers (issue 12): the batch is brought to 公示
// through the API as in tests/api/national-batch.spec.ts (two Sichuan counties applied,
// recommended, passed by the expert, publicised); then Sichuan's office files an objection
// against one county on 参与单位 while the publicity runs, the national office answers it in its
// 异议答复 inbox once the publicity has ended, names both counties, revokes one with its reason,
// and the public named list — opened without logging in — shows the named one and the revoked one.

jest.setTimeout(300000);

const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const FIRST_PASSWORD = 'Nation@2026first';
const PASSWORD = 'Nation@2026named';
const BATCH = '第一批全国科普示范县（浏览器）';
const OBJECTION = 'sc县1的科普场馆长期闭馆，与申报材料不符。';
const ANSWER = '经核实，场馆因改造临时闭馆，现已重新开放，异议不成立。';
const REASON = '创建工作弄虚作假，经核实撤销命名。';

let api: TestApi;
let browser: Browser;
let admin: Gql;
let nation: Gql;
let batch: string;
const sessions: UserSession[] = [];
const participant: Record<string, { id: string; version: number }> = {};

const day = (offset: number) => addDays(todayInChina(), offset);

async function organisationId(code: string): Promise<string> {
  const { data } = await admin('query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }', { search: code });
  return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
}

/** A user who has already replaced the password the system admin gave (the browser goes straight to work). */
async function user(username: string, displayName: string, roles: string[], organisation: string): Promise<Gql> {
  const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { username, displayName, password: FIRST_PASSWORD, roles, organisationId: organisation },
  });
  expect(created.errors).toBeUndefined();
  const first = await api.as(username, FIRST_PASSWORD);
  expect((await first('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD } })).errors).toBeUndefined();
  return api.as(username, PASSWORD);
}

async function fire(gql: Gql, name: string, event: string, comment?: string): Promise<void> {
  const result = await gql('mutation($input: TransitionInput!) { transition(input: $input) { version } }', {
    input: { entityType: 'participant', id: participant[name]!.id, event, comment, expectedVersion: participant[name]!.version },
  });
  expect(result.errors).toBeUndefined();
  participant[name]!.version = result.data!.transition.version;
}

async function replan(phases: { key: string; startsOn: string; endsOn: string }[], reason: string): Promise<void> {
  const result = await nation('mutation($input: ReplanCampaignInput!) { replanCampaign(input: $input) { phaseChanges } }', { input: { campaignId: batch, reason, phases } });
  expect(result.errors).toBeUndefined();
}

async function session(username: string): Promise<UserSession> {
  const s = await loginAs(browser, api.api.url, username, PASSWORD);
  sessions.push(s);
  return s;
}

async function openParticipants(page: Page): Promise<void> {
  await page.click('[data-test="menu-campaign-participants"]');
  await page.locator('[data-test="participants-campaign-name"]', { hasText: BATCH }).waitFor();
}

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  admin = await api.as('sysadmin');
  nation = await user('nbe-office', '中国科协科普部', ['office_admin'], await organisationId('000000'));
  const expert = await user('nbe-expert', '全国评审专家', ['expert'], await organisationId('000000'));
  const sichuan = await organisationId('510000');
  const province = await user('nbe-sc-office', '四川省科协', ['office_admin'], sichuan);
  // Ten county-level units (the quota: ⌊20 % × 10⌋ = 2 recommendations), two of which apply.
  const counties: Record<string, Gql> = {};
  for (let n = 1; n <= 10; n++) {
    const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { parentId: sichuan, level: 'county', code: `5197${String(n).padStart(2, '0')}`, name: `sc测试县${n}`, shortName: `sc县${n}` },
    });
    expect(created.errors).toBeUndefined();
    if (n > 2) continue;
    const office = await user(`nbe-sc${n}`, `sc县${n}科协`, ['office_admin'], created.data!.createOrganisation.id);
    for (const name of ['县科协', '县教育局'])
      expect((await office('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } })).errors).toBeUndefined();
    counties[`sc${n}`] = office;
  }
  const workflow = await nation('query { workflowDefinition(key: "national-batch") { id } }');
  const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
    input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'national-county-e2e', unitsOfParticipants: true },
  });
  expect(imported.errors).toBeUndefined();
  const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
    input: {
      templateId: imported.data!.importIndicatorTable.systemId,
      name: BATCH,
      phases: [
        { key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(20) },
        { key: 'publicity', name: '公示期', startsOn: day(21), endsOn: day(30) },
        { key: 'naming', name: '命名', startsOn: day(31), endsOn: day(400) },
      ],
      participation: { applicantLevel: 'county', workflowDefinitionId: workflow.data!.workflowDefinition.id },
    },
  });
  expect(setUp.errors).toBeUndefined();
  batch = setUp.data!.setUpCampaign.campaignId;
  for (const name of ['sc1', 'sc2']) {
    const applied = await counties[name]!('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id version } }', { id: batch });
    expect(applied.errors).toBeUndefined();
    participant[name] = applied.data!.applyToCampaign;
    await fire(province, name, 'recommend');
    await fire(expert, name, 'pass_review', '材料完整，达到标准，通过。');
  }
  // The review is over: the publicity runs from today for a week.
  await replan(
    [
      { key: 'application', startsOn: day(-30), endsOn: day(-1) },
      { key: 'publicity', startsOn: day(0), endsOn: day(6) },
      { key: 'naming', startsOn: day(7), endsOn: day(400) },
    ],
    '评审结束，开始公示',
  );
  for (const name of ['sc1', 'sc2']) await fire(nation, name, 'publicise');
  browser = await launch();
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('Sichuan’s office sees the publicity dates on 参与单位 and files an objection against a county', async () => {
  const { page, problems } = await session('nbe-sc-office');
  await openParticipants(page);
  // Its quota is said above the rows: both recommendations took ⌊20 % × 10⌋ = 2 places, full.
  await page.locator('[data-test="participant-quota"]', { hasText: '四川省：已推荐 2 / 名额 2 · 已满' }).waitFor();
  const row = page.locator('.participant-row', { hasText: 'sc县1' });
  await row.locator('[data-test="participant-state"]', { hasText: '公示中' }).waitFor();
  expect(await row.locator('[data-test="participant-window-sc县1"]').textContent()).toContain('公示期');
  await row.locator('[data-test="open-objections-sc县1"]').click();
  const panel = page.locator('.el-drawer', { has: page.locator('[data-test="objection-list"]') });
  await panel.locator('[data-test="objection-window"]', { hasText: '可以提出异议' }).waitFor();
  await panel.locator('.el-empty').waitFor();
  // The objection is required: an empty one is not sent.
  await panel.locator('[data-test="objection-file"]').click();
  const box = page.locator('.el-message-box').last();
  await box.waitFor({ state: 'visible' });
  await box.locator('.el-message-box__btns .el-button--primary').click();
  await box.locator('.el-message-box__errormsg', { hasText: '请填写异议内容' }).waitFor();
  await confirmBox(page, OBJECTION);
  await page.locator('.el-message--success', { hasText: '已提出异议' }).waitFor();
  const item = panel.locator('[data-test="objection-item"]', { has: page.locator('[data-test="objection-content"]', { hasText: OBJECTION }) });
  await item.locator('[data-test="objection-state"]', { hasText: '待答复' }).waitFor();
  // A province does not answer: the national office does.
  expect(await item.locator('[data-test="objection-answer-open"]').count()).toBe(0);
  await shot(page, '40-national-batch-objection');
  expect(problems).toEqual([]);
});

test('the national office answers it in 异议答复 after the publicity, names both counties and revokes one with its reason', async () => {
  // The publicity has ended; naming has begun.
  await replan(
    [
      { key: 'application', startsOn: day(-30), endsOn: day(-10) },
      { key: 'publicity', startsOn: day(-9), endsOn: day(-1) },
      { key: 'naming', startsOn: day(0), endsOn: day(400) },
    ],
    '公示期结束',
  );
  const { page, problems } = await session('nbe-office');
  // 命名 waits for the answer: the refusal is said up front, the button cannot be clicked.
  await page.goto(`${api.api.url}/#/campaigns/participants?campaign=${batch}`);
  await page.locator('[data-test="participants-campaign-name"]', { hasText: BATCH }).waitFor();
  const blocked = page.locator('[data-test="participant-actions-sc县1"]');
  await blocked.locator('[data-test="refused-reasons"]', { hasText: '待答复' }).waitFor();
  expect(await blocked.locator('[data-test="action-name"]').isDisabled()).toBe(true);
  // 公开名单: the link on the page leads to the public list of this batch.
  expect(await page.locator('[data-test="public-list-link"]').getAttribute('href')).toContain(`#/public/campaigns/${batch}/named`);

  await page.click('[data-test="menu-campaign-objections"]');
  await page.locator('[data-test="objections-campaign-name"]', { hasText: BATCH }).waitFor();
  const row = page.locator('.objection-row', { hasText: OBJECTION });
  await row.waitFor();
  // The owner sees who objected.
  expect(await row.textContent()).toContain('四川省科协');
  expect(await row.textContent()).toContain('sc县1');
  await shot(page, '41-national-batch-inbox');
  await row.locator('[data-test="objection-answer-open"]').click();
  await confirmBox(page, ANSWER);
  await page.locator('.el-message--success', { hasText: '已答复' }).waitFor();
  // Only open ones are listed by default: the answered one leaves, and shows with all of them.
  await page.locator('[data-test="objections-table"] .el-table__empty-text').waitFor();
  await page.click('[data-test="objections-open-only"]');
  await page.locator('.objection-row [data-test="objection-answer"]', { hasText: ANSWER }).waitFor();

  await openParticipants(page);
  for (const name of ['sc县1', 'sc县2']) {
    const actions = page.locator(`[data-test="participant-actions-${name}"]`);
    await actions.locator('[data-test="action-name"]:not([disabled])').click();
    await confirmBox(page);
    await page.locator('.participant-row', { hasText: name }).locator('[data-test="participant-state"]', { hasText: '已命名' }).waitFor();
  }
  // 撤销命名 asks for its reason (the workflow's needsComment) and says what it means.
  const revoke = page.locator('[data-test="participant-actions-sc县2"] [data-test="action-revoke"]');
  await revoke.click();
  const box = page.locator('.el-message-box').last();
  await box.waitFor({ state: 'visible' });
  expect(await box.textContent()).toContain('撤销后不能恢复');
  await confirmBox(page, REASON);
  await page.locator('.participant-row', { hasText: 'sc县2' }).locator('[data-test="participant-state"]', { hasText: '已撤销命名' }).waitFor();
  await shot(page, '42-national-batch-named');
  const history = await nation('query($id: ID!) { transitionHistory(entityType: participant, id: $id) { event comment } }', { id: participant['sc2']!.id });
  expect(history.data!.transitionHistory.at(-1)).toEqual({ event: 'revoke', comment: REASON });
  expect(problems).toEqual([]);
});

test('the public named list opens without logging in: the named county by province, the revoked one apart, and its .xlsx', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) problems.push(`csp: ${message.text()}`);
  });
  try {
    await page.goto(`${api.api.url}/#/public/campaigns/${batch}/named`);
    await page.locator('[data-test="public-list-title"]', { hasText: BATCH }).waitFor();
    // Not sent to the login page: no one is logged in here.
    expect(page.url()).toContain('#/public/campaigns/');
    const sichuan = page.locator('[data-test="public-province-四川省"]');
    await sichuan.waitFor();
    expect(await sichuan.textContent()).toContain('sc测试县1');
    expect(await sichuan.textContent()).not.toContain('sc测试县2');
    expect(await page.locator('[data-test="public-revoked"]').textContent()).toContain('sc测试县2');
    const href = await page.locator('[data-test="public-list-download"]').getAttribute('href');
    expect(href).toBe(`/api/public/campaigns/${batch}/named.xlsx`);
    const file = await page.request.get(`${api.api.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
    await shot(page, '43-national-batch-public-list');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
