import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, PHONE, assertPrerequisites, launch, loginAs, shot, type UserSession } from './support/browser';
import { addDays, todayInChina } from '@accredit/calendar-date';

// Forms in real browsers (issue 12's proof): the national office's first batch asks for the
// first-batch 申报表; a county's office fills it on 申报材料 — a repeating row, a character limit
// hit and shown, a seal image — and submits; Sichuan's office writes its opinion in its own box;
// the national office reads the province's box and downloads the .docx. Also on a phone (390 px).

jest.setTimeout(300000);

const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const FIRST_PASSWORD = 'Nation@2026forms';
const PASSWORD = 'County@2026forms';
const BATCH = '2021—2025年度第一批全国科普示范县创建';
// A 1×1 PNG: the seal image (the API types files by their bytes).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let api: TestApi;
let browser: Browser;
let admin: Gql;
let batch: string;
let county: string;
const sessions: UserSession[] = [];

const day = (offset: number) => addDays(todayInChina(), offset);

async function organisationId(code: string): Promise<string> {
  const { data } = await admin('query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }', { search: code });
  return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
}

async function user(username: string, displayName: string, roles: string[], organisation: string): Promise<Gql> {
  const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { username, displayName, password: FIRST_PASSWORD, roles, organisationId: organisation },
  });
  expect(created.errors).toBeUndefined();
  const first = await api.as(username, FIRST_PASSWORD);
  expect((await first('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD } })).errors).toBeUndefined();
  return api.as(username, PASSWORD);
}

async function session(username: string, screen?: Parameters<typeof loginAs>[4]): Promise<UserSession> {
  const s = await loginAs(browser, api.api.url, username, PASSWORD, screen);
  sessions.push(s);
  return s;
}

/** Opens the first-batch 申报表 from 申报材料 (a participant's, when given). */
async function openApplication(page: Page, how: { organisation?: string; byAddress?: boolean } = {}): Promise<void> {
  if (how.organisation || how.byAddress) await page.goto(`${api.api.url}/#/campaigns/forms?campaign=${batch}${how.organisation ? `&organisation=${how.organisation}` : ''}`);
  else await page.click('[data-test="menu-campaign-forms"]');
  await page.locator('[data-test="open-form-first-batch-application"]').click();
  await page.locator('[data-test="form-renderer"]').waitFor();
}

const field = (page: Page, key: string) => page.locator(`[data-test="field-${key}"]`);

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  admin = await api.as('sysadmin');
  const nation = await user('fm-nat', '中国科协科普部', ['office_admin'], await organisationId('000000'));
  const sichuan = await organisationId('510000');
  await user('fm-sc', '四川省科协', ['office_admin'], sichuan);
  const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
    input: { parentId: sichuan, level: 'county', code: '519901', name: '四川省表单测试县', shortName: '表单县' },
  });
  expect(created.errors).toBeUndefined();
  county = created.data!.createOrganisation.id;
  const office = await user('fm-county', '表单县科协', ['office_admin'], county);
  for (const name of ['县科协', '县教育局']) {
    expect((await office('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } })).errors).toBeUndefined();
  }
  const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
    input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'national-county-forms', unitsOfParticipants: true },
  });
  expect(imported.errors).toBeUndefined();
  const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
    input: {
      templateId: imported.data!.importIndicatorTable.systemId,
      name: BATCH,
      phases: [{ key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(60) }],
      participation: { applicantLevel: 'county' },
    },
  });
  expect(setUp.errors).toBeUndefined();
  batch = setUp.data!.setUpCampaign.campaignId;
  // The batch asks for the first-batch 申报表 (shipped in forms/).
  const definitions = await nation('{ formDefinitions { id key } }');
  const application = definitions.data!.formDefinitions.find((d: any) => d.key === 'first-batch-application');
  expect((await nation('mutation($c: ID!, $ids: [ID!]!) { setCampaignForms(input: { campaignId: $c, definitionIds: $ids }) { id } }', { c: batch, ids: [application.id] })).errors).toBeUndefined();
  expect((await office('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id } }', { id: batch })).errors).toBeUndefined();
  browser = await launch();
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('a county fills the first-batch 申报表 — a table row, a character limit hit, a seal — and submits it', async () => {
  const { page, problems } = await session('fm-county');
  await openApplication(page);
  expect(await page.locator('[data-test="form-status"]').first().textContent()).toBe('未填写');
  const texts: Record<string, string> = {
    province: '四川省',
    city: '绵阳市',
    county: '表单县',
    unit: '表单县人民政府',
    address: '四川省绵阳市表单县科普路 1 号',
    postcode: '621700',
    head: '王强',
    email: 'kxb@example.cn',
    contact: '李华',
    contact_phone: '0816-3222222',
    staffing: '12',
    leader_briefings: '4',
    per_capita_funding: '2.5',
    rural_associations: '5',
    association_federations: '1',
    volunteer_teams: '8',
    registered_volunteers: '1200',
    update_frequency: '每周更新',
  };
  for (const [key, value] of Object.entries(texts)) await field(page, key).locator('input').first().fill(value);
  await field(page, 'policy_documents').locator('textarea').fill('《表单县全民科学素质行动实施方案（2021—2025年）》');
  await field(page, 'chair_in_congress').locator('[data-test="yes"]').click();

  // The limit, hit and shown as typed; then kept to.
  const channels = field(page, 'online_channels');
  await channels.locator('textarea').fill('科'.repeat(205));
  await channels.locator('[data-test="char-count"]', { hasText: '已写 205 / 200 字' }).waitFor();
  expect(await channels.locator('[data-test="field-problem"]').textContent()).toBe('「信息化传播科普主要方式」最多 200 字，现有 205 字，请删减 5 字');
  await shot(page, 'forms-01-limit-hit');
  await channels.locator('textarea').fill('微信公众号、抖音号，每周更新科普内容');
  await channels.locator('[data-test="field-problem"]').waitFor({ state: 'detached' });

  // A repeating row.
  const facilities = field(page, 'facilities');
  await facilities.locator('[data-test="add-row"]').click();
  await facilities.locator('[data-path="facilities[0].name"] input').fill('科技馆');
  await facilities.locator('[data-path="facilities[0].quantity"] input').fill('1');

  // The county's own signature box: signer and seal image (the date fills itself).
  const signature = page.locator('[data-test="sign-off-applicant_signature"]');
  await signature.locator('input[data-test="sign-off-signer"]').fill('王强');
  await signature.locator('[data-test="upload-applicant_signature.seal-input"]').setInputFiles({ name: '公章.png', mimeType: 'image/png', buffer: PNG });
  await signature.locator('[data-test="sign-off-seal"]').waitFor();
  await page.locator('[data-test="save-status"]', { hasText: '已自动保存' }).waitFor({ timeout: 15000 });
  await shot(page, 'forms-02-filled');

  await page.click('[data-test="submit-form"]');
  await page.locator('.el-message--success', { hasText: '已提交' }).waitFor();
  await page.locator('[data-test="form-status"]', { hasText: '已提交' }).waitFor();
  // Submitted: the county reads its form, the province's box awaits the province.
  await page.locator('[data-test="read-only-notice"]').waitFor();
  expect(await page.locator('[data-test="sign-off-province_opinion"]').getAttribute('data-editable')).toBe('false');
  expect(problems).toEqual([]);
});

test('Sichuan’s office opens the county’s 申报材料 from 参与单位 and signs its own box', async () => {
  const { page, problems } = await session('fm-sc');
  await page.click('[data-test="menu-campaign-participants"]');
  await page.locator('[data-test="open-forms-表单县"]').click();
  await page.locator('[data-test="open-form-first-batch-application"]').click();
  await page.locator('[data-test="form-renderer"]').waitFor();
  expect(await page.locator('[data-test="value-unit"]').textContent()).toBe('表单县人民政府');
  expect(await field(page, 'unit').locator('input').count()).toBe(0);
  const box = page.locator('[data-test="sign-off-province_opinion"]');
  expect(await box.getAttribute('data-editable')).toBe('true');
  await box.locator('textarea[data-test="sign-off-opinion"]').fill('该县科普工作基础扎实、特色鲜明，同意推荐。');
  await box.locator('input[data-test="sign-off-signer"]').fill('周静');
  await page.click('[data-test="sign-province_opinion"]');
  await page.locator('.el-message--success', { hasText: '已签署' }).waitFor();
  await shot(page, 'forms-03-province-signed');
  expect(problems).toEqual([]);
});

test('the national office reads the province’s box and downloads the .docx', async () => {
  const { page, problems } = await session('fm-nat');
  await openApplication(page, { organisation: county });
  const box = page.locator('[data-test="sign-off-province_opinion"]');
  await box.locator('[data-test="sign-off-opinion-text"]', { hasText: '同意推荐' }).waitFor();
  expect(await box.locator('[data-test="sign-off-signer-text"]').textContent()).toBe('周静');
  const download = page.waitForEvent('download');
  await page.click('[data-test="download-docx"]');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  // 修改记录: who saved, submitted and signed, by name, with the fields each touched.
  await page.click('[data-test="open-history"]');
  const history = page.locator('[data-test="form-history"]');
  await history.locator('[data-test="history-entry"]', { hasText: '签署' }).first().waitFor();
  const entries = await history.locator('[data-test="history-entry"]').allTextContents();
  expect(entries.some((e) => e.includes('表单县科协') && e.includes('提交'))).toBe(true);
  expect(entries.some((e) => e.includes('四川省科协') && e.includes('签署') && e.includes('「省科协意见」'))).toBe(true);
  await shot(page, 'forms-06-history');
  expect(problems).toEqual([]);
});

test('on a phone the form stacks label over value and fits the screen', async () => {
  const { page, problems } = await session('fm-county', PHONE);
  await openApplication(page, { byAddress: true });
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow).toBeLessThanOrEqual(0);
  await field(page, 'facilities').scrollIntoViewIfNeeded();
  await shot(page, 'forms-04-phone');
  expect(problems).toEqual([]);
});

test('a new form written as YAML only is uploaded on 申报材料 by the national office and filled by the county', async () => {
  const source = [
    'key: county-contacts',
    'version: 1',
    'name: 县级科协联络人登记表',
    'roles:',
    '  applicant: 申报单位',
    'filledBy: { role: applicant }',
    'sections:',
    '  - key: people',
    '    label: 联络人',
    '    fields:',
    '      - { key: unit, type: text, label: 单位名称, required: true, maxChars: 30 }',
    '      - key: contacts',
    '        type: table',
    '        label: 联络人',
    '        maxRows: 3',
    '        columns:',
    '          - { key: name, type: text, label: 姓名, required: true, maxChars: 10 }',
    '          - { key: phone, type: text, label: 电话, format: phone }',
    '',
  ].join('\n');
  const national = await session('fm-nat');
  await national.page.goto(`${api.api.url}/#/campaigns/forms?campaign=${batch}`);
  await national.page.locator('[data-test="open-form-first-batch-application"]').waitFor();
  await national.page.click('[data-test="form-setup"]');
  const dialog = national.page.locator('[data-test="form-setup-dialog"]');
  await dialog.locator('[data-test="choose-first-batch-application"]').waitFor();
  await dialog.locator('[data-test="definition-file"]').setInputFiles({ name: 'county-contacts.yaml', mimeType: 'application/yaml', buffer: Buffer.from(source) });
  await dialog.locator('[data-test="upload-definition"]').click();
  await national.page.locator('.el-message--success', { hasText: '已上传「县级科协联络人登记表」' }).waitFor();
  await dialog.locator('[data-test="uploaded-preview"] [data-test="field-contacts"]').waitFor();
  await dialog.locator('[data-test="choose-county-contacts"].is-checked').waitFor();
  await dialog.locator('[data-test="save-form-setup"]').click();
  await national.page.locator('.el-message--success', { hasText: '已设置 2 份表单' }).waitFor();
  expect(national.problems).toEqual([]);

  const { page, problems } = await session('fm-county');
  await page.goto(`${api.api.url}/#/campaigns/forms?campaign=${batch}`);
  await page.locator('[data-test="open-form-county-contacts"]').click();
  await page.locator('[data-test="form-renderer"]').waitFor();
  await field(page, 'unit').locator('input').fill('表单县科协');
  await field(page, 'contacts').locator('[data-test="add-row"]').click();
  await field(page, 'contacts').locator('[data-path="contacts[0].name"] input').fill('李华');
  await page.locator('[data-test="save-status"]', { hasText: '已自动保存' }).waitFor({ timeout: 15000 });
  await page.locator('[data-test="form-status"]', { hasText: '草稿' }).waitFor();
  await shot(page, 'forms-05-yaml-only-form');
  expect(problems).toEqual([]);
});
