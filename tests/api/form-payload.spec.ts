import { gzipSync } from 'node:zlib';
import { type FlatDefinition, type FormValues, fromFlatDefinition, toFieldValues } from '@accredit/forms';
import { adminDocument, withAdminFragments } from '../support/admin-documents';
import { createAccount, createCounty, createCountyDepartments, organisationIdByCode, setUpNationalBatch, type TokenClient } from '../support/county-forms';
import { COUNTY_APPLICATION } from './form-values';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

// The bytes of the forms documents the admin sends (issue 16 made a definition a typed graph: the
// 申报表 is 12.9 KB as one). The lists (申报材料, the selection caps) select no definition; the fill
// page reads the definitions once and its forms' state (asked again on live updates) without them;
// the autosave answers the form's state only. Each figure is printed beside its limit and beside
// what the documents selected before (every list row, save answer and refetch carried the whole
// definition): a county of a national batch with two forms (申报表, 申报报告), the 申报表 saved.

const PASSWORD = 'Payload@2026forms';

/** What the admin's documents selected before: the whole form with its definition (and its problems), in the lists and the save's answer. */
const BEFORE_FORM = '...FilledFormFields problems { path code message } definition { definition { ...FormDefinitionFields } }';
const BEFORE_LIST = withAdminFragments(`query CampaignForms($campaignId: ID!, $organisationId: ID) { campaignForms(campaignId: $campaignId, organisationId: $organisationId) { ${BEFORE_FORM} } }`);
const BEFORE_SAVE = withAdminFragments(`mutation SaveFormDraft($input: SaveFormDraftInput!) { saveFormDraft(input: $input) { ${BEFORE_FORM} } }`);

/** Limits (bytes of the JSON answer): the lists and a save hold no definition, so they stay small whatever the forms. */
const LIMIT = { list: 2_500, save: 4_500, fill: 3_000 };

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
    const nation = await createAccount(t, admin, {
      username: 'payload-nation',
      displayName: '中国科协科普部',
      password: PASSWORD,
      roles: ['office_admin'],
      organisationId: await organisationIdByCode(admin, '000000'),
    });
    const countyId = await createCounty(admin, await organisationIdByCode(admin, '510000'), '519811', '测量县');
    county = await createAccount(t, admin, { username: 'payload-county', displayName: '测量县科协', password: PASSWORD, roles: ['office_admin'], organisationId: countyId });
    await createCountyDepartments(county);
    campaignId = await setUpNationalBatch(nation, { key: 'payload-national-2021', name: '第一批全国科普示范县申报（测量）', forms: ['first-batch-application', 'first-batch-report'] });
    expect((await county('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id } }', { id: campaignId })).errors).toBeUndefined();
  });

  afterAll(async () => {
    console.log(`forms payload (a county, 2 forms):\n  ${figures.join('\n  ')}`);
    await t?.close();
  });

  it('reads the definitions once where a form is opened, and its state without them on each live update', async () => {
    const variables = { campaignId, organisationId: null };
    const before = await measure(county, BEFORE_LIST, variables);
    const definitions = await measure(county, adminDocument('forms/CampaignFormDefinitions.graphql'), variables);
    const forms = definitions.body.data!['campaignForms'] as { definition: { id: string; definition: FlatDefinition } }[];
    expect(forms.map((form) => form.definition.definition.key)).toEqual(['first-batch-application', 'first-batch-report']);
    definitionId = forms[0]!.definition.id;
    definition = forms[0]!.definition.definition;
    expect(definition.sections.length).toBeGreaterThan(0);
    const state = await measure(county, adminDocument('forms/CampaignFormToFill.graphql'), variables);
    for (const form of state.body.data!['campaignForms'] as Record<string, any>[]) expect(form.definition).not.toHaveProperty('definition');
    expect(state.bytes).toBeLessThanOrEqual(LIMIT.fill);
    note('the fill page, once (CampaignFormDefinitions: both definitions)', before, definitions, null);
    note('the fill page, at opening and on each live update (CampaignFormToFill, nothing saved yet)', before, state, LIMIT.fill);
  });

  it('answers an autosave with the form’s state: its version and values, no definition', async () => {
    const before = await save(BEFORE_SAVE, COUNTY_APPLICATION);
    version = before.body.data!['saveFormDraft'].version;
    // The next keystrokes: one more field (a save that changes nothing keeps the version).
    const after = await save(adminDocument('forms/SaveFormDraft.graphql'), { ...COUNTY_APPLICATION, online_channels: '微信公众号' });
    const saved = after.body.data!['saveFormDraft'];
    expect(saved).toMatchObject({ version: version + 1, status: 'DRAFT' });
    version = saved.version;
    expect(saved.values.map((value: { key: string }) => value.key)).toEqual(expect.arrayContaining(['unit', 'staffing', 'facilities']));
    expect(saved).not.toHaveProperty('definition');
    expect(after.bytes).toBeLessThanOrEqual(LIMIT.save);
    expect(after.bytes * 3).toBeLessThan(before.bytes);
    note('an autosave’s answer (SaveFormDraft, 申报表 with 21 fields filled)', before, after, LIMIT.save);
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
