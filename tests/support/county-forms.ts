import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FlatDefinition, type FormValues, fromFlatDefinition, toFieldValues } from '@accredit/forms';
import { withAdminFragments } from './admin-documents';
import { uploadMultipart } from './multipart-client';
import type { Gql, TestApi } from './test-api';
import { addDays, todayInChina } from '@accredit/calendar-date';

// What the national-batch suites do again and again as a county office: create the accounts and
// counties, then fill a campaign's form (申报表, 年度工作总结, 典型案例), sign it with the county's
// seal where the form asks for it, and submit it. One place, so that a change of the form
// mutations is one change here (issue 16, "repeated code").

/** A logged-in client with its bearer token (the upload routes need the token itself). */
export type TokenClient = Gql & { token: string };

/** The date `offset` days from today in China (UTC+8), as the API's phases and sign-offs read it. */
export const day = (offset: number): string => addDays(todayInChina(), offset);

/** A real 1×1 PNG: the seal (公章) a county uploads with its signature, or a photo. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The id of the organisation with this administrative code (the seeded tree or one a suite created). */
export async function organisationIdByCode(admin: Gql, code: string): Promise<string> {
  const { data } = await admin<{ organisations: { edges: { node: { id: string; code: string } }[] } }>(
    'query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }',
    { search: code },
  );
  const found = data?.organisations.edges.find((edge) => edge.node.code === code);
  if (!found) throw new Error(`no organisation with code ${code}`);
  return found.node.id;
}

/** Creates a user as `admin` (the system admin or an office admin) and logs in as them. */
export async function createAccount(t: TestApi, admin: Gql, account: { username: string; displayName: string; password: string; roles: string[]; organisationId: string }): Promise<TokenClient> {
  const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: account });
  expect(created.errors).toBeUndefined();
  return t.as(account.username, account.password);
}

/** A county-level unit under `parentId`, created by the system admin; returns its id. */
export async function createCounty(admin: Gql, parentId: string, code: string, name: string): Promise<string> {
  const created = await admin<{ createOrganisation: { id: string } }>('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
    input: { parentId, level: 'county', code, name, shortName: name },
  });
  expect(created.errors).toBeUndefined();
  return created.data!.createOrganisation.id;
}

/** The responsible units the national county standard names (its work campaign assigns tasks to them). */
export async function createCountyDepartments(office: Gql): Promise<void> {
  for (const name of ['县科协', '县教育局']) {
    expect((await office('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } })).errors).toBeUndefined();
  }
}

const COUNTY_STANDARD = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');

/**
 * A national batch as the national office sets it up: the county standard imported as `key`, one
 * application phase open from 10 days ago for 60 days, counties applying, asking `forms`. Returns
 * the campaign's id.
 */
export async function setUpNationalBatch(nation: Gql, batch: { key: string; name: string; forms: string[] }): Promise<string> {
  const imported = await nation<{ importIndicatorTable: { systemId: string } }>('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
    input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(COUNTY_STANDARD).toString('base64'), key: batch.key, unitsOfParticipants: true },
  });
  expect(imported.errors).toBeUndefined();
  const setUp = await nation<{ setUpCampaign: { campaignId: string } }>('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
    input: {
      templateId: imported.data!.importIndicatorTable.systemId,
      name: batch.name,
      phases: [{ key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(60) }],
      participation: { applicantLevel: 'county' },
      forms: batch.forms,
    },
  });
  expect(setUp.errors).toBeUndefined();
  return setUp.data!.setUpCampaign.campaignId;
}

export interface CountyFormFiling {
  campaignId: string;
  /** The form by its definition's key (read from campaignForms, with the version to expect) … */
  key?: string;
  /** … or by its definition's id, for a form the county has not saved yet (version 0). */
  definitionId?: string;
  values: Record<string, unknown>;
  /** Sign this sign-off field as the applicant, with the county's seal uploaded first. */
  seal?: { field: string; signer: string; date: string };
  /** Leave it a draft (default: submit). */
  draft?: boolean;
}

const FORMS = withAdminFragments('query($c: ID!) { campaignForms(campaignId: $c) { version definition { id key definition { ...FormDefinitionFields } } } }');
const SAVE = 'mutation($input: SaveFormDraftInput!) { saveFormDraft(input: $input) { id version } }';
const SIGN = 'mutation($input: SignOffFormInput!) { signOffForm(input: $input) { version } }';
const SUBMIT = 'mutation($id: ID!, $v: Int!) { submitForm(input: { formId: $id, expectedVersion: $v }) { status version } }';

/**
 * The county fills the campaign's form, signs and seals it where asked, and submits it, checking
 * that each step is accepted (the suites test what comes after: quotas, filings, selections).
 * Returns the form's id and its last version.
 */
export async function fileCountyForm(api: { url: string }, county: TokenClient, filing: CountyFormFiling): Promise<{ formId: string; version: number }> {
  // The API takes values as a typed list (FormFieldValue): converted from the keyed values with the
  // definition it sends, by the same @accredit/forms function the admin uses.
  const { data } = await county<{ campaignForms: { version: number; definition: { id: string; key: string; definition: FlatDefinition } }[] }>(FORMS, { c: filing.campaignId });
  const form = data?.campaignForms.find((row) => (filing.key ? row.definition.key === filing.key : row.definition.id === filing.definitionId));
  if (!form) throw new Error(`campaign ${filing.campaignId} has no form ${filing.key ?? filing.definitionId}`);
  const definitionId = form.definition.id;
  // A form asked by id is one the county has not saved yet (version 0).
  const expectedVersion = filing.key ? form.version : 0;
  const values = toFieldValues(fromFlatDefinition(form.definition.definition), filing.values as FormValues);
  const saved = await county<{ saveFormDraft: { id: string; version: number } }>(SAVE, { input: { campaignId: filing.campaignId, definitionId, values, expectedVersion } });
  expect(saved.errors).toBeUndefined();
  const formId = saved.data!.saveFormDraft.id;
  let version = saved.data!.saveFormDraft.version;
  if (filing.seal) {
    const seal = await uploadMultipart(`${api.url}/api/forms/files`, { campaignId: filing.campaignId }, [{ filename: '公章.png', data: TINY_PNG, contentType: 'image/png' }], { token: county.token });
    expect(seal.status).toBe(201);
    const signed = await county<{ signOffForm: { version: number } }>(SIGN, {
      input: { formId, ...filing.seal, seal: { fileId: seal.json.fileId, name: seal.json.name, mediaType: seal.json.mediaType }, expectedVersion: version },
    });
    expect(signed.errors).toBeUndefined();
    version = signed.data!.signOffForm.version;
  }
  if (filing.draft) return { formId, version };
  const submitted = await county<{ submitForm: { status: string; version: number } }>(SUBMIT, { id: formId, v: version });
  expect(submitted.errors).toBeUndefined();
  expect(submitted.data!.submitForm.status).toBe('SUBMITTED');
  return { formId, version: submitted.data!.submitForm.version };
}
