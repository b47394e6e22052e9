import { join } from 'node:path';
import yauzl from 'yauzl';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { FormDefinitionsService } from '@accredit/form-filling';
import { type FormDefinition, fromFlatDefinition } from '@accredit/forms';
import { withAdminFragments } from '../support/admin-documents';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { uploadMultipart } from '../support/multipart-client';
import { setUpNationalBatch } from '../support/county-forms';
import { COUNTY_APPLICATION, FIELD_VALUE, keyed, typed } from './form-values';
import { addDays, todayInChina } from '@accredit/calendar-date';

// Forms as data (issue 12) on the real PostgreSQL: a national campaign asks counties for the
// first-batch 申报表; a county fills it as a participant (drafts with an optimistic version, a
// stale save refused), submits (refused with the missing fields listed, then accepted with its
// seal), its province writes 省科协意见 only at the applied stage and none of the county's
// fields, the other province sees nothing of it, the history names people, and the .docx and
// .xlsx exports open with the content in them.

const PASSWORD = 'Forms@2026batch';
// A real 1×1 PNG: the county's seal and the province's.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const FORM = `id version status stage stageLabel viewerRole editableFields canSubmit values { ${FIELD_VALUE} } updatedByName submittedAt
  problems { path code message } definition { key name } organisation { shortName } campaign { id } history { byName action fields }`;
const SAVE = `mutation($input: SaveFormDraftInput!) { saveFormDraft(input: $input) { ${FORM} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitForm(input: { formId: $id, expectedVersion: $v }) { ${FORM} } }`;
const SIGN = `mutation($input: SignOffFormInput!) { signOffForm(input: $input) { ${FORM} } }`;
const FORMS = `query($c: ID!, $o: ID) { campaignForms(campaignId: $c, organisationId: $o) { ${FORM} } }`;

const day = (offset: number) => addDays(todayInChina(), offset);

const COUNTY_VALUES = COUNTY_APPLICATION;

async function zipEntry(archive: Buffer, name: string): Promise<string> {
  const zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }
    return '';
  } finally {
    zip.close();
  }
}

describe('forms: a county fills the first-batch 申报表 in a national campaign', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: Gql & { token: string };
  let expert: Gql;
  const province: Record<string, Gql & { token: string }> = {};
  const county: Record<string, Gql & { token: string }> = {};
  const countyIds: Record<string, string> = {};
  let batch: string;
  let definitionId: string;
  /** The 申报表's compiled definition, rebuilt from what the API sends: converts the typed values. */
  let definition: FormDefinition;
  let formId: string;
  let version = 0;
  const participant: Record<string, { id: string; version: number }> = {};

  const organisationId = async (code: string) => {
    const { data } = await admin('query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }', { search: code });
    return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
  };
  const user = async (username: string, displayName: string, roles: string[], orgId: string) => {
    const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username, displayName, password: PASSWORD, roles, organisationId: orgId } });
    expect(created.errors).toBeUndefined();
    return t.as(username, PASSWORD);
  };
  const upload = (who: { token: string }, fields: Record<string, string>, data = PNG, filename = '公章.png') =>
    uploadMultipart(`${t.api.url}/api/forms/files`, fields, [{ filename, data, contentType: 'image/png' }], { token: who.token });
  const download = async (who: { token: string }, path: string) => {
    const response = await fetch(`${t.api.url}${path}`, { headers: { authorization: `Bearer ${who.token}` } });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    nation = await user('forms-nation', '中国科协科普部王处长', ['office_admin'], await organisationId('000000'));
    expert = await user('forms-expert', '评审专家赵教授', ['expert'], await organisationId('000000'));
    for (const [code, key] of [
      ['510000', 'sc'],
      ['520000', 'gz'],
    ] as const) {
      const provinceId = await organisationId(code);
      province[key] = await user(`forms-${key}-office`, `${key}省科协刘科长`, ['office_admin'], provinceId);
      const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: { parentId: provinceId, level: 'county', code: `${code.slice(0, 2)}9801`, name: `${key}表单县`, shortName: `${key}表单县` },
      });
      expect(created.errors).toBeUndefined();
      countyIds[key] = created.data!.createOrganisation.id;
      // Four more counties under the province: its quota of recommendations is 20 % of its counties.
      for (let n = 2; n <= 5; n++) {
        const more = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
          input: { parentId: provinceId, level: 'county', code: `${code.slice(0, 2)}980${n}`, name: `${key}县${n}`, shortName: `${key}县${n}` },
        });
        expect(more.errors).toBeUndefined();
      }
      county[key] = await user(`forms-${key}-county`, `${key}县科协陈主任`, ['office_admin'], countyIds[key]);
      for (const name of ['县科协', '县教育局']) {
        const department = await county[key]('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } });
        expect(department.errors).toBeUndefined();
      }
    }
    // The set-up names the forms it asks for; the list is changed below with setCampaignForms.
    batch = await setUpNationalBatch(nation, { key: 'forms-national-2021', name: '2021—2025年度第一批全国科普示范县申报', forms: ['first-batch-application', 'first-batch-report'] });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the shipped definitions, and the campaign asks for the 申报表 (set by the owner’s office only)', async () => {
    const { data, errors } = await nation(withAdminFragments('{ formDefinitions { id key version name ownerOrganisation { name } definition { ...FormDefinitionFields } } }'));
    expect(errors).toBeUndefined();
    const keys = data!.formDefinitions.map((record: any) => record.key);
    expect(keys).toEqual(
      expect.arrayContaining(['first-batch-application', 'first-batch-report', 'second-batch-application', 'second-batch-work-plan', 'annual-summary', 'typical-cases', 'speaker-nominees']),
    );
    const application = data!.formDefinitions.find((record: any) => record.key === 'first-batch-application');
    expect(application).toMatchObject({ version: 1, name: '2021-2025年度第一批全国科普示范县（市、区）申报表', ownerOrganisation: null });
    definitionId = application.id;
    definition = fromFlatDefinition(application.definition);
    expect(definition.sections.map((section) => section.key)).toEqual(['location', 'basic', 'signatures', 'notes']);

    // Registering the shipped forms again (every start does) stores nothing new.
    const orm = t.api.app.get(MikroORM);
    const count = async () => Number((await (orm.em.fork() as any).execute('select count(*) as n from form_definition'))[0].n);
    const before = await count();
    await RequestContext.create(orm.em, () => t.api.app.get(FormDefinitionsService).syncDirectory(join(__dirname, '../../forms')));
    expect(await count()).toBe(before);
    expect(before).toBe(7);

    const asked = await nation('query($c: ID!) { campaignForms(campaignId: $c) { definition { key } editableFields } }', { c: batch });
    expect(asked.data!.campaignForms).toEqual([
      { definition: { key: 'first-batch-application' }, editableFields: [] },
      { definition: { key: 'first-batch-report' }, editableFields: [] },
    ]);
    const unknown = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateKey: 'forms-national-2021',
        name: '不存在的表单',
        phases: [{ key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(60) }],
        participation: { applicantLevel: 'county' },
        forms: ['no-such-form'],
      },
    });
    expect(unknown.errors![0].extensions!.code).toBe('VALIDATION');
    expect(unknown.errors![0].message).toContain('没有可用的表单「no-such-form」');
    const byProvince = await province.sc('mutation($c: ID!, $d: [ID!]!) { setCampaignForms(input: { campaignId: $c, definitionIds: $d }) { key } }', { c: batch, d: [definitionId] });
    expect(byProvince.errors![0].extensions!.code).toBe('NOT_FOUND');
    const set = await nation('mutation($c: ID!, $d: [ID!]!) { setCampaignForms(input: { campaignId: $c, definitionIds: $d }) { key version } }', { c: batch, d: [definitionId] });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setCampaignForms).toEqual([{ key: 'first-batch-application', version: 1 }]);
  });

  it('gives the county, once it has applied, an empty 申报表 to fill at the 已申报 stage', async () => {
    for (const key of ['sc', 'gz']) {
      const applied = await county[key]('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id version state } }', { id: batch });
      expect(applied.errors).toBeUndefined();
      participant[key] = applied.data!.applyToCampaign;
    }
    const { data, errors } = await county.sc(FORMS, { c: batch });
    expect(errors).toBeUndefined();
    const [form] = data!.campaignForms;
    expect(form).toMatchObject({
      id: null,
      version: 0,
      status: 'DRAFT',
      stage: 'applied',
      stageLabel: '已申报',
      viewerRole: 'applicant',
      canSubmit: true,
      values: [],
      organisation: { shortName: 'sc表单县' },
    });
    expect(form.editableFields).toEqual(expect.arrayContaining(['unit', 'facilities', 'applicant_signature']));
    expect(form.editableFields).not.toContain('province_opinion');
    expect(form.problems.map((problem: any) => problem.path)).toEqual(expect.arrayContaining(['unit', 'facilities', 'applicant_signature']));
  });

  it('saves drafts with an optimistic version: a stale save is CONFLICT and changes nothing', async () => {
    const first = await county.sc(SAVE, {
      input: { campaignId: batch, definitionId, values: typed(definition, { unit: '测试县人民政府', facilities: [{ name: '科技馆', quantity: 1 }] }), expectedVersion: 0 },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveFormDraft).toMatchObject({ version: 1, status: 'DRAFT', updatedByName: 'sc县科协陈主任' });
    expect(keyed(definition, first.data!.saveFormDraft.values)).toEqual({ unit: '测试县人民政府', facilities: [{ name: '科技馆', quantity: 1 }] });
    formId = first.data!.saveFormDraft.id;
    version = 1;
    const stale = await county.sc(SAVE, { input: { campaignId: batch, definitionId, values: typed(definition, { unit: '别的名字' }), expectedVersion: 0 } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(stale.errors![0].message).toMatch(/刷新/);
    const second = await county.sc(SAVE, { input: { campaignId: batch, definitionId, values: typed(definition, COUNTY_VALUES), expectedVersion: version } });
    expect(second.errors).toBeUndefined();
    version = second.data!.saveFormDraft.version;
    expect(version).toBe(2);
    const again = await county.sc(SAVE, { input: { campaignId: batch, definitionId, values: typed(definition, { ...COUNTY_VALUES, unit: '再改一次' }), expectedVersion: 1 } });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    const read = await county.sc(`query($id: ID!) { filledForm(id: $id) { version values { ${FIELD_VALUE} } } }`, { id: formId });
    expect(read.data!.filledForm.version).toBe(2);
    expect(keyed(definition, read.data!.filledForm.values)).toEqual(COUNTY_VALUES);
  });

  it('refuses bad values and boxes that are not the county’s, with every problem listed in Chinese', async () => {
    const bad = await county.sc(SAVE, {
      input: {
        campaignId: batch,
        definitionId,
        values: typed(definition, { ...COUNTY_VALUES, unit: '字'.repeat(51), postcode: '12', province_opinion: { opinion: '自己写的意见' } }),
        expectedVersion: version,
      },
    });
    expect(bad.errors![0].extensions!.code).toBe('VALIDATION');
    const problems = (bad.errors![0].extensions!.details as any).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'unit', code: 'TOO_LONG', message: '「申报单位」最多 50 字，现有 51 字，请删减 1 字' }),
        expect.objectContaining({ path: 'postcode', code: 'BAD_FORMAT' }),
        expect.objectContaining({ path: 'province_opinion', code: 'NOT_EDITABLE' }),
      ]),
    );
    // A typed value sets exactly one member: none or two is refused before anything is checked.
    const members = await county.sc(SAVE, {
      input: { campaignId: batch, definitionId, values: [{ key: 'unit', text: '测试县人民政府', number: 1 }, { key: 'head' }, ...typed(definition, { staffing: 12 })], expectedVersion: version },
    });
    expect(members.errors![0].extensions!.code).toBe('VALIDATION');
    expect((members.errors![0].extensions!.details as any).problems).toEqual([
      { path: 'unit', code: 'WRONG_TYPE', message: '「申报单位」的值须恰好给出一项（本栏为 text），现在给出了 text、number 2 项；不填的栏目请不要列出' },
      { path: 'head', code: 'WRONG_TYPE', message: expect.stringContaining('现在一项也没有给出') },
    ]);
    expect(members.errors![0].message).toMatch(/^表单有 2 处需要修改：「申报单位」的值须恰好给出一项/);
    // A member of another type is the value checks' WRONG_TYPE, under the field's name.
    const wrongMember = await county.sc(SAVE, {
      input: {
        campaignId: batch,
        definitionId,
        values: [...typed(definition, COUNTY_VALUES).filter((value) => value.key !== 'staffing'), { key: 'staffing', text: '十二' }],
        expectedVersion: version,
      },
    });
    expect((wrongMember.errors![0].extensions!.details as any).problems).toEqual([expect.objectContaining({ path: 'staffing', code: 'WRONG_TYPE' })]);
    const unchanged = await county.sc(`query($id: ID!) { filledForm(id: $id) { version } }`, { id: formId });
    expect(unchanged.data!.filledForm.version).toBe(version);
  });

  it('refuses to submit with the missing fields listed, then accepts it once signed and sealed', async () => {
    const refused = await county.sc(SUBMIT, { id: formId, v: version });
    expect(refused.errors![0].extensions!.code).toBe('VALIDATION');
    const missing = (refused.errors![0].extensions!.details as any).problems.map((problem: any) => `${problem.path} ${problem.code}`);
    expect(missing).toEqual(['update_frequency REQUIRED', 'applicant_signature REQUIRED']);
    expect(refused.errors![0].message).toContain('「更新频次」为必填项，请填写');

    // Another county's seal cannot be used, and the other province cannot upload for this county.
    const foreign = await upload(county.gz, { campaignId: batch });
    expect(foreign.status).toBe(201);
    const byOtherProvince = await upload(province.gz, { campaignId: batch, organisationId: countyIds.sc });
    expect(byOtherProvince.status).toBe(404);
    const seal = await upload(county.sc, { campaignId: batch });
    expect(seal.status).toBe(201);
    expect(seal.json).toMatchObject({ name: '公章.png', mediaType: 'image/png', size: PNG.length });
    const ref = { fileId: seal.json.fileId, name: seal.json.name, mediaType: seal.json.mediaType };

    const wrongSeal = await county.sc(SIGN, {
      input: { formId, field: 'applicant_signature', signer: '王县长', date: '2025-01-16', seal: { fileId: foreign.json.fileId, name: '公章.png', mediaType: 'image/png' }, expectedVersion: version },
    });
    expect((wrongSeal.errors![0].extensions!.details as any).problems).toEqual([expect.objectContaining({ path: 'applicant_signature.seal', code: 'WRONG_TYPE' })]);
    const saved = await county.sc(SAVE, { input: { campaignId: batch, definitionId, values: typed(definition, { ...COUNTY_VALUES, update_frequency: '每周 3 次' }), expectedVersion: version } });
    expect(saved.errors).toBeUndefined();
    version = saved.data!.saveFormDraft.version;
    const signed = await county.sc(SIGN, { input: { formId, field: 'applicant_signature', signer: '王县长', date: '2025-01-16', seal: ref, expectedVersion: version } });
    expect(signed.errors).toBeUndefined();
    version = signed.data!.signOffForm.version;
    expect(signed.data!.signOffForm.problems).toEqual([]);

    const submitted = await county.sc(SUBMIT, { id: formId, v: version });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitForm).toMatchObject({ status: 'SUBMITTED', canSubmit: false, editableFields: [] });
    version = submitted.data!.submitForm.version;
    const late = await county.sc(SAVE, { input: { campaignId: batch, definitionId, values: typed(definition, { ...COUNTY_VALUES, update_frequency: '每天' }), expectedVersion: version } });
    expect(late.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(late.errors![0].message).toContain('已提交');
    const file = await download(county.sc, `/api/forms/files/${ref.fileId}`);
    expect(file.status).toBe(200);
    expect(file.body.equals(PNG)).toBe(true);
  });

  it('lets the province write only its 省科协意见 box at the applied stage, and not the county’s fields', async () => {
    const { data } = await province.sc(FORMS, { c: batch, o: countyIds.sc });
    expect(data!.campaignForms[0]).toMatchObject({ id: formId, viewerRole: 'province', editableFields: ['province_opinion'], canSubmit: false, stageLabel: '已申报' });
    const values = data!.campaignForms[0].values;
    const meddling = await province.sc(SAVE, {
      input: { campaignId: batch, organisationId: countyIds.sc, definitionId, values: typed(definition, { ...keyed(definition, values), unit: '省里改的' }), expectedVersion: version },
    });
    expect((meddling.errors![0].extensions!.details as any).problems).toEqual([expect.objectContaining({ path: 'unit', code: 'NOT_EDITABLE' })]);
    // Returned once for a correction (before anyone signed), then submitted again.
    const reopened = await province.sc('mutation($id: ID!, $v: Int!) { reopenForm(input: { formId: $id, expectedVersion: $v }) { status version editableFields } }', { id: formId, v: version });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenForm).toMatchObject({ status: 'DRAFT', editableFields: [] });
    const resubmitted = await county.sc(SUBMIT, { id: formId, v: reopened.data!.reopenForm.version });
    expect(resubmitted.errors).toBeUndefined();
    version = resubmitted.data!.submitForm.version;
    const byCounty = await county.sc(SIGN, { input: { formId, field: 'province_opinion', opinion: '自评很好', signer: '陈主任', expectedVersion: version } });
    expect(byCounty.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: '「省科协意见」只能由省级科协签署' });
    const seal = await upload(province.sc, { campaignId: batch, organisationId: countyIds.sc });
    expect(seal.status).toBe(201);
    const signed = await province.sc(SIGN, {
      input: {
        formId,
        field: 'province_opinion',
        opinion: '该县科普工作基础扎实，示范性强，同意推荐。',
        signer: '刘科长',
        seal: { fileId: seal.json.fileId, name: seal.json.name, mediaType: seal.json.mediaType },
        expectedVersion: version,
      },
    });
    expect(signed.errors).toBeUndefined();
    expect(keyed(definition, signed.data!.signOffForm.values).province_opinion).toMatchObject({ opinion: '该县科普工作基础扎实，示范性强，同意推荐。', signer: '刘科长', date: day(0) });
    version = signed.data!.signOffForm.version;

    // Once recommended the stage has moved on: the province's box is closed, the expert's opens.
    const recommended = await province.sc('mutation($input: TransitionInput!) { transition(input: $input) { state } }', {
      input: { entityType: 'participant', id: participant.sc.id, event: 'recommend', expectedVersion: participant.sc.version },
    });
    expect(recommended.errors).toBeUndefined();
    const closed = await province.sc(SIGN, { input: { formId, field: 'province_opinion', opinion: '补充意见', signer: '刘科长', expectedVersion: version } });
    expect(closed.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(closed.errors![0].message).toBe('「省科协意见」只能在“已申报”环节签署，sc表单县现处于“已推荐”环节');
    const byExpert = await expert(SIGN, { input: { formId, field: 'expert_opinion', opinion: '材料翔实，建议命名。', signer: '赵教授', expectedVersion: version } });
    expect(byExpert.errors).toBeUndefined();
    version = byExpert.data!.signOffForm.version;
  });

  it('is invisible to the other province, which can neither read nor write it', async () => {
    const list = await province.gz(FORMS, { c: batch, o: countyIds.sc });
    expect(list.errors![0].extensions!.code).toBe('NOT_FOUND');
    const one = await province.gz(`query($id: ID!) { filledForm(id: $id) { id values { key } } }`, { id: formId });
    expect(one.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(one.data?.filledForm ?? null).toBeNull();
    const write = await province.gz(SIGN, { input: { formId, field: 'province_opinion', opinion: '越权', signer: '某人', expectedVersion: version } });
    expect(write.errors![0].extensions!.code).toBe('NOT_FOUND');
    const otherCounty = await county.gz(`query($id: ID!) { filledForm(id: $id) { id } }`, { id: formId });
    expect(otherCounty.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await download(province.gz, `/api/forms/${formId}/export.docx`)).status).toBe(404);
    // Its own county's form is there for it to read.
    const own = await province.gz(FORMS, { c: batch, o: countyIds.gz });
    expect(own.data!.campaignForms[0]).toMatchObject({ id: null, viewerRole: 'province', editableFields: [] });
  });

  it('keeps the history with people’s names, newest first', async () => {
    const { data } = await nation(`query($id: ID!) { filledForm(id: $id) { viewerRole history(first: 10) { byName action fields at } } }`, { id: formId });
    expect(data!.filledForm.viewerRole).toBe('national');
    expect(data!.filledForm.history.map((edit: any) => `${edit.byName} ${edit.action} ${edit.fields.join(',')}`)).toEqual([
      '评审专家赵教授 SIGN_OFF expert_opinion',
      'sc省科协刘科长 SIGN_OFF province_opinion',
      'sc县科协陈主任 SUBMIT ',
      'sc省科协刘科长 REOPEN ',
      'sc县科协陈主任 SUBMIT ',
      'sc县科协陈主任 SIGN_OFF applicant_signature',
      'sc县科协陈主任 SAVE update_frequency',
      'sc县科协陈主任 SAVE ' +
        Object.keys(COUNTY_VALUES)
          .filter((key) => key !== 'unit')
          .join(','),
      'sc县科协陈主任 SAVE unit,facilities',
    ]);
  });

  it('exports the form as .docx in the published layout, with the province’s box filled and the seals', async () => {
    const file = await download(nation, `/api/forms/${formId}/export.docx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('wordprocessingml');
    const xml = await zipEntry(file.body, 'word/document.xml');
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('|');
    for (const expected of [
      '2021-2025年度第一批全国科普示范县（市、区）申报表',
      '申报单位',
      '测试县人民政府',
      '科普基础设施情况',
      '科技馆',
      '科普画廊',
      '是',
      '2.5 元/人',
      '省科协意见',
      '该县科普工作基础扎实，示范性强，同意推荐。',
      '刘科长',
      '2025年1月16日',
      '材料翔实，建议命名。',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('更新频次')).toBeLessThan(text.indexOf('申报单位签字（盖章）'));
    expect(text.indexOf('省科协意见')).toBeLessThan(text.indexOf('专家评审意见'));
    // Both seals drawn (the county's and the province's; the same bytes are stored once in the file).
    expect(xml.match(/<w:drawing>/g)?.length).toBe(2);
    expect(await zipEntry(file.body, 'word/_rels/document.xml.rels')).toMatch(/media\//);
  });

  it('exports all counties’ copies as .xlsx, one row each, and the province only its own counties', async () => {
    const file = await download(nation, `/api/campaigns/${batch}/forms/first-batch-application/export.xlsx`);
    expect(file.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    const rows = [3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(rows.map((row) => row[0])).toEqual(['sc表单县', 'gz表单县']);
    expect(rows[0][1]).toBe('已提交');
    expect(rows[1][1]).toBe('未填写');
    expect(rows[0][header.indexOf('注册志愿者数量（人）')]).toBe(1500);
    expect(rows[0][header.indexOf('省科协意见')]).toBe('该县科普工作基础扎实，示范性强，同意推荐。');
    const byProvince = await download(province.gz, `/api/campaigns/${batch}/forms/first-batch-application/export.xlsx`);
    expect(byProvince.status).toBe(200);
    const own = new ExcelJS.Workbook();
    await own.xlsx.load(byProvince.body as unknown as ArrayBuffer);
    expect(own.worksheets[0].rowCount).toBe(3);
    expect(own.worksheets[0].getRow(3).getCell(1).value).toBe('gz表单县');
  });

  it('carries the campaign’s forms into its next cycle, or the forms the new cycle names', async () => {
    const cycle = (forms?: string[]) =>
      nation('mutation($input: StartNewCycleInput!) { startNewCycle(input: $input) { campaignId } }', {
        input: {
          fromCampaignId: batch,
          name: `下一批（${forms ? '另选表单' : '同样的表单'}）`,
          key: `forms-next-${forms ? 'named' : 'same'}`,
          phases: [{ key: 'application', name: '申报推荐', startsOn: day(400), endsOn: day(460) }],
          participation: { applicantLevel: 'county' },
          ...(forms ? { forms } : {}),
        },
      });
    const same = await cycle();
    expect(same.errors).toBeUndefined();
    const named = await cycle(['annual-summary']);
    expect(named.errors).toBeUndefined();
    const keys = async (campaignId: string) =>
      (await nation('query($c: ID!) { campaignForms(campaignId: $c) { definition { key } } }', { c: campaignId })).data!.campaignForms.map((form: any) => form.definition.key);
    expect(await keys(same.data!.startNewCycle.campaignId)).toEqual(['first-batch-application']);
    expect(await keys(named.data!.startNewCycle.campaignId)).toEqual(['annual-summary']);
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const { data } = await county.gz(FORMS, { c: batch });
    expect(data!.campaignForms[0].version).toBe(0);
    const results = await Promise.all(
      ['甲', '乙', '丙', '丁'].map((name) => county.gz(SAVE, { input: { campaignId: batch, definitionId, values: typed(definition, { unit: `${name}县人民政府` }), expectedVersion: 0 } })),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
    const after = await county.gz(FORMS, { c: batch });
    expect(after.data!.campaignForms[0]).toMatchObject({ version: 1 });
    expect(after.data!.campaignForms[0].history).toHaveLength(1);
  });

  it('takes a new form written as YAML only, uploaded by an office, and a county fills it without code', async () => {
    const yaml = [
      'key: volunteer-survey',
      'version: 1',
      'name: 科技志愿服务情况调查表',
      'workflow: participant',
      'roles: { county: 县（市、区）, province: 省级科协 }',
      'filledBy: { role: county }',
      'sections:',
      '  - key: main',
      '    label: 基本情况',
      '    fields:',
      '      - { key: teams, type: number, label: 志愿服务队伍, unit: 支, integer: true, min: 0, required: true }',
      '      - { key: story, type: text, label: 典型事迹, multiline: true, maxChars: 20, required: true }',
      '      - key: province_check',
      '        type: signOff',
      '        label: 省级科协审核意见',
      '        role: province',
      '        stage: applied',
      '        opinion: { maxChars: 200 }',
      '        seal: none',
    ].join('\n');
    const broken = await nation('mutation($input: UploadFormDefinitionInput!) { uploadFormDefinition(input: $input) { id } }', {
      input: { source: yaml.replace('type: number', 'type: numbr'), fileName: 'volunteer-survey.yaml' },
    });
    expect(broken.errors![0].extensions!.code).toBe('VALIDATION');
    expect(broken.errors![0].message).toMatch(/volunteer-survey\.yaml:\d+:\d+/);
    const uploaded = await nation('mutation($input: UploadFormDefinitionInput!) { uploadFormDefinition(input: $input) { id key version ownerOrganisation { code } } }', {
      input: { source: yaml, fileName: 'volunteer-survey.yaml' },
    });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data!.uploadFormDefinition).toMatchObject({ key: 'volunteer-survey', version: 1, ownerOrganisation: { code: '000000' } });
    // The nation's own definition: not usable by a province (not shared), usable by the nation's campaign.
    const seenByProvince = await province.sc('{ formDefinitions { key } }');
    expect(seenByProvince.data!.formDefinitions.map((record: any) => record.key)).not.toContain('volunteer-survey');
    const set = await nation('mutation($c: ID!, $d: [ID!]!) { setCampaignForms(input: { campaignId: $c, definitionIds: $d }) { key } }', {
      c: batch,
      d: [definitionId, uploaded.data!.uploadFormDefinition.id],
    });
    expect(set.data!.setCampaignForms.map((record: any) => record.key)).toEqual(['first-batch-application', 'volunteer-survey']);
    const survey = uploaded.data!.uploadFormDefinition.id;
    const tooLong = await county.gz(SAVE, {
      input: {
        campaignId: batch,
        definitionId: survey,
        values: [
          { key: 'teams', number: 3 },
          { key: 'story', text: '志'.repeat(21) },
        ],
        expectedVersion: 0,
      },
    });
    expect((tooLong.errors![0].extensions!.details as any).problems).toEqual([
      expect.objectContaining({ path: 'story', code: 'TOO_LONG', message: '「典型事迹」最多 20 字，现有 21 字，请删减 1 字' }),
    ]);
    const saved = await county.gz(SAVE, {
      input: {
        campaignId: batch,
        definitionId: survey,
        values: [
          { key: 'teams', number: 3 },
          { key: 'story', text: '深入乡村开展科普讲座' },
        ],
        expectedVersion: 0,
      },
    });
    expect(saved.errors).toBeUndefined();
    const submitted = await county.gz(SUBMIT, { id: saved.data!.saveFormDraft.id, v: saved.data!.saveFormDraft.version });
    expect(submitted.errors).toBeUndefined();
    const checked = await province.gz(SIGN, {
      input: { formId: saved.data!.saveFormDraft.id, field: 'province_check', opinion: '情况属实', signer: '刘科长', expectedVersion: submitted.data!.submitForm.version },
    });
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.signOffForm.problems).toEqual([]);
  });

  it('tells the province’s open page of a county’s save within 2 s', async () => {
    const { data } = await nation('query($c: ID!) { campaignParticipants(campaignId: $c) { organisation { id } workCampaignId } }', { c: batch });
    const workCampaignId = data!.campaignParticipants.find((row: any) => row.organisation.id === countyIds.gz).workCampaignId;
    const controller = new AbortController();
    const response = await fetch(`${t.api.url}/api/live`, { headers: { authorization: `Bearer ${province.gz.token}`, accept: 'text/event-stream' }, signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const heard = (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += value;
        const match = /^data: (.*)$/m.exec(
          buffer
            .split('\n\n')
            .filter((block) => block.includes(workCampaignId))
            .join('\n\n'),
        );
        if (match) return JSON.parse(match[1]);
      }
    })();
    // Closing the stream below ends the reader with an abort: not a failure.
    heard.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const forms = await county.gz(FORMS, { c: batch });
    const form = forms.data!.campaignForms.find((row: any) => row.definition.key === 'first-batch-application');
    const started = Date.now();
    const saved = await county.gz(SAVE, {
      input: { campaignId: batch, definitionId, values: typed(definition, { ...keyed(definition, form.values), head: '新负责人' }), expectedVersion: form.version },
    });
    expect(saved.errors).toBeUndefined();
    const event = await Promise.race([heard, new Promise((resolve) => setTimeout(() => resolve('timeout'), 2000))]);
    controller.abort();
    expect(event).toMatchObject({ campaignId: workCampaignId });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
