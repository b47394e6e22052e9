import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type FlatDefinition, type FormValues, fromFlatDefinition, toFieldValues } from '@accredit/forms';
import { adminDocument, withAdminFragments } from '../support/admin-documents';
import { createAccount, createCounty, createCountyDepartments, day, organisationIdByCode, type TokenClient } from '../support/county-forms';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

// The bytes of the forms documents the admin sends (issue 16 made a definition a typed graph: the
// 申报表 is 12.9 KB as one). The lists (申报材料, the selection caps) select no definition; the fill
// page reads the definitions once; the autosave answers the form's state only. Each figure is
// printed beside its limit, and against what the documents selected before (every list row and every
// save answer carried the whole definition): a county of a national batch with two forms, one saved.

const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Payload@2026forms';

/** The filled-in part of the 申报表, as a county writes it over a few autosaves. */
const VALUES: FormValues = {
  province: '四川省',
  city: '成都市',
  county: '测量县',
  unit: '测量县人民政府',
  address: '四川省成都市测量县政府路1号',
  postcode: '610000',
  head: '王县长',
  email: 'kx@example.cn',
  contact: '李联络',
  contact_phone: '028-12345678',
  staffing: 12,
  chair_in_congress: true,
  leader_briefings: 4,
  per_capita_funding: 2.5,
  policy_documents: '《测量县全民科学素质行动实施方案》',
  facilities: [
    { name: '科技馆', quantity: 1 },
    { name: '科普画廊', quantity: 12 },
  ],
};

/** What the admin's documents selected before: the whole form with its definition (and its problems), in the lists and the save's answer. */
const BEFORE_FORM = '...FilledFormFields problems { path code message }';
const BEFORE_LIST = withAdminFragments(`query CampaignForms($campaignId: ID!, $organisationId: ID) { campaignForms(campaignId: $campaignId, organisationId: $organisationId) { ${BEFORE_FORM} } }`);
const BEFORE_SAVE = withAdminFragments(`mutation SaveFormDraft($input: SaveFormDraftInput!) { saveFormDraft(input: $input) { ${BEFORE_FORM} } }`);

/** Limits (bytes of the JSON answer): the lists and a save hold no definition, so they stay small whatever the forms. */
const LIMIT = { list: 2_500, save: 4_500 };

interface Measured {
  bytes: number;
  gzip: number;
  body: { data?: Record<string, any>; errors?: unknown[] };
}

describe('forms: the bytes of what the admin reads and saves', () => {
  let t: TestApi;
  let county: TokenClient;
  let campaignId: string;
  let definitionId: string;
  let definition: FlatDefinition;
  let version = 0;
  const figures: string[] = [];

  const measure = async (who: TokenClient, query: string, variables: Record<string, unknown>): Promise<Measured> => {
    const response = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = Buffer.from(await response.arrayBuffer());
    const body = JSON.parse(text.toString('utf8')) as Measured['body'];
    expect(body.errors).toBeUndefined();
    return { bytes: text.length, gzip: gzipSync(text).length, body };
  };
  const note = (what: string, before: Measured, after: Measured, limit: number | null) =>
    figures.push(`${what}: ${after.bytes} B (gzip ${after.gzip} B)${limit ? ` ≤ ${limit} B` : ''}; before ${before.bytes} B (gzip ${before.gzip} B)`);
  const save = (query: string, values: FormValues) =>
    measure(county, query, { input: { campaignId, organisationId: null, definitionId, values: toFieldValues(fromFlatDefinition(definition), values), expectedVersion: version } });

  beforeAll(async () => {
    t = await startTestApi();
    const admin: Gql = await t.as('sysadmin');
    const nation = await createAccount(t, admin, { username: 'payload-nation', displayName: '中国科协科普部', password: PASSWORD, roles: ['office_admin'], organisationId: await organisationIdByCode(admin, '000000') });
    const countyId = await createCounty(admin, await organisationIdByCode(admin, '510000'), '519811', '测量县');
    county = await createAccount(t, admin, { username: 'payload-county', displayName: '测量县科协', password: PASSWORD, roles: ['office_admin'], organisationId: countyId });
    await createCountyDepartments(county);
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'payload-national-2021', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '第一批全国科普示范县申报（测量）',
        phases: [{ key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(60) }],
        participation: { applicantLevel: 'county' },
        forms: ['first-batch-application', 'first-batch-report'],
      },
    });
    expect(setUp.errors).toBeUndefined();
    campaignId = setUp.data!.setUpCampaign.campaignId;
    expect((await county('mutation($id: ID!) { applyToCampaign(campaignId: $id) { id } }', { id: campaignId })).errors).toBeUndefined();
  });

  afterAll(async () => {
    console.log(`forms payload (a county, 2 forms):\n  ${figures.join('\n  ')}`);
    await t?.close();
  });

  it('reads the definitions once where a form is opened', async () => {
    const variables = { campaignId, organisationId: null };
    const before = await measure(county, BEFORE_LIST, variables);
    const fill = await measure(county, adminDocument('forms/CampaignFormToFill.graphql'), variables);
    const forms = fill.body.data!['campaignForms'] as { definition: { id: string; key: string; definition: FlatDefinition } }[];
    expect(forms.map((form) => form.definition.key)).toEqual(['first-batch-application', 'first-batch-report']);
    const application = forms[0]!;
    definitionId = application.definition.id;
    definition = application.definition.definition;
    expect(definition.sections.length).toBeGreaterThan(0);
    note('the fill page (CampaignFormToFill, both definitions, no problems list)', before, fill, null);
  });

  it('answers an autosave with the form’s state: its version and values, no definition', async () => {
    const before = await save(BEFORE_SAVE, VALUES);
    version = before.body.data!['saveFormDraft'].version;
    // The next keystrokes: one more field (a save that changes nothing keeps the version).
    const after = await save(adminDocument('forms/SaveFormDraft.graphql'), { ...VALUES, online_channels: '微信公众号、抖音号' });
    const saved = after.body.data!['saveFormDraft'];
    expect(saved).toMatchObject({ version: version + 1, status: 'DRAFT' });
    version = saved.version;
    expect(saved.values.map((value: { key: string }) => value.key)).toEqual(expect.arrayContaining(['unit', 'staffing', 'facilities']));
    expect(saved).not.toHaveProperty('definition');
    expect(after.bytes).toBeLessThanOrEqual(LIMIT.save);
    expect(after.bytes * 3).toBeLessThan(before.bytes);
    note('an autosave’s answer (SaveFormDraft, 申报表 with 16–17 fields filled)', before, after, LIMIT.save);
  });

  it('lists the forms without their definitions or values', async () => {
    const variables = { campaignId, organisationId: null };
    const before = await measure(county, BEFORE_LIST, variables);
    const after = await measure(county, adminDocument('forms/CampaignForms.graphql'), variables);
    const rows = after.body.data!['campaignForms'] as Record<string, any>[];
    expect(rows.map((row) => [row.definition.key, row.version])).toEqual([
      ['first-batch-application', version],
      ['first-batch-report', 0],
    ]);
    for (const row of rows) {
      expect(row.definition).not.toHaveProperty('definition');
      expect(row).not.toHaveProperty('values');
    }
    expect(after.bytes).toBeLessThanOrEqual(LIMIT.list);
    expect(after.bytes * 5).toBeLessThan(before.bytes);
    note('the forms list and the caps board (CampaignForms)', before, after, LIMIT.list);
  });
});
