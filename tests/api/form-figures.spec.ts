import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TokenClient, createAccount, createCounty, createCountyDepartments, day, fileCountyForm, organisationIdByCode } from '../support/county-forms';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { FIELD_VALUE } from './form-values';

// Figures tied to the indicator system (issue 12) on the real PostgreSQL: a national batch asks
// its counties for a form whose fields declare `ties` (a requirement 考察内容 and a scoring rule);
// once a county saves it, formFiguresFor(task) lists the figure beside the county's own task —
// value with unit, form, who and when — for the county and for the batch's owner, never for
// another county.

const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Figures@2026ties';
const FIGURES = `query($t: ID!) { formFiguresFor(taskId: $t) { formId formName campaignName field label requirementCode ruleCode value { ${FIELD_VALUE} } text status updatedByName updatedAt } }`;

interface TaskNode {
  id: string;
  scoringRule: { code: string; indicator: { code: string; requirements: { code: string }[] } };
}

describe('forms: a tied figure shows beside the task it is evidence for', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: Gql;
  const county: Record<string, TokenClient> = {};
  let batch: string;
  let tasks: TaskNode[] = [];

  const user = (username: string, displayName: string, organisationId: string) => createAccount(t, admin, { username, displayName, password: PASSWORD, roles: ['office_admin'], organisationId });

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    nation = await user('fig-nation', '中国科协科普部王处长', await organisationIdByCode(admin, '000000'));
    for (const [code, key] of [
      ['510000', 'a'],
      ['520000', 'b'],
    ] as const) {
      const countyId = await createCounty(admin, await organisationIdByCode(admin, code), `${code.slice(0, 2)}9601`, `${key}数据县`);
      county[key] = await user(`fig-county-${key}`, `${key}县科协陈主任`, countyId);
      await createCountyDepartments(county[key]);
    }
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'fig-national-2021', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '第一批全国科普示范县申报',
        phases: [{ key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(60) }],
        participation: { applicantLevel: 'county' },
      },
    });
    expect(setUp.errors).toBeUndefined();
    batch = setUp.data!.setUpCampaign.campaignId;
    const work: Record<string, string> = {};
    for (const key of ['a', 'b']) {
      const applied = await county[key]('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { workCampaignId } }', { id: batch });
      expect(applied.errors).toBeUndefined();
      work[key] = applied.data!.applyToCampaign.workCampaignId;
    }
    const listed = await county.a('query($id: ID!) { tasks(campaignId: $id, first: 50) { edges { node { id scoringRule { code indicator { code requirements { code } } } } } } }', { id: work['a'] });
    expect(listed.errors).toBeUndefined();
    tasks = listed.data!.tasks.edges.map((edge: any) => edge.node);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the saved figures tied to a task’s requirement or rule, for the county and the batch’s owner only', async () => {
    const withRequirement = tasks.find((task) => task.scoringRule.indicator.requirements.length > 0)!;
    const requirement = withRequirement.scoringRule.indicator.requirements[0].code;
    const other = tasks.find((task) => task.scoringRule.indicator.code !== withRequirement.scoringRule.indicator.code)!;
    const unrelated = tasks.find((task) => task.scoringRule.indicator.code !== withRequirement.scoringRule.indicator.code && task.scoringRule.code !== other.scoringRule.code);
    const yaml = [
      'key: county-figures',
      'version: 1',
      'name: 示范县基本数据',
      'roles: { county: 县级科协 }',
      'filledBy: { role: county }',
      'sections:',
      '  - key: s',
      '    label: 基本数据',
      '    fields:',
      `      - { key: volunteers, type: number, label: 注册科技志愿者, unit: 人, integer: true, ties: { requirement: "${requirement}" } }`,
      '      - { key: note, type: text, label: 备注 }',
      '      - key: facilities',
      '        type: table',
      '        label: 科普设施',
      '        columns:',
      `          - { key: name, type: text, label: 名称, ties: { rule: "${other.scoringRule.code}" } }`,
    ].join('\n');
    const uploaded = await nation('mutation($input: UploadFormDefinitionInput!) { uploadFormDefinition(input: $input) { id } }', { input: { source: yaml, fileName: 'county-figures.yaml' } });
    expect(uploaded.errors).toBeUndefined();
    const definitionId = uploaded.data!.uploadFormDefinition.id;
    expect((await nation('mutation($c: ID!, $d: [ID!]!) { setCampaignForms(input: { campaignId: $c, definitionIds: $d }) { key } }', { c: batch, d: [definitionId] })).errors).toBeUndefined();

    // Nothing entered yet: nothing to show.
    expect((await county.a(FIGURES, { t: withRequirement.id })).data!.formFiguresFor).toEqual([]);
    const { formId } = await fileCountyForm(t.api, county.a, {
      campaignId: batch,
      definitionId,
      values: { volunteers: 1500, note: '无', facilities: [{ name: '科技馆' }, { name: '科普画廊' }] },
      draft: true,
    });

    const mine = await county.a(FIGURES, { t: withRequirement.id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.formFiguresFor).toEqual([
      {
        formId,
        formName: '示范县基本数据',
        campaignName: '第一批全国科普示范县申报',
        field: 'volunteers',
        label: '注册科技志愿者',
        requirementCode: requirement,
        ruleCode: null,
        value: expect.objectContaining({ key: 'volunteers', number: 1500, text: null }),
        text: '1500 人',
        status: 'DRAFT',
        updatedByName: 'a县科协陈主任',
        updatedAt: expect.any(String),
      },
    ]);
    const byRule = await county.a(FIGURES, { t: other.id });
    expect(byRule.data!.formFiguresFor.filter((figure: any) => figure.ruleCode)).toEqual([
      expect.objectContaining({
        field: 'facilities.name',
        label: '科普设施 · 名称',
        ruleCode: other.scoringRule.code,
        value: expect.objectContaining({ key: 'facilities', rows: [[expect.objectContaining({ key: 'name', text: '科技馆' })], [expect.objectContaining({ key: 'name', text: '科普画廊' })]] }),
        text: '科技馆、科普画廊',
      }),
    ]);
    if (unrelated) expect((await county.a(FIGURES, { t: unrelated.id })).data!.formFiguresFor.filter((figure: any) => figure.field === 'facilities.name')).toEqual([]);

    const owner = await nation(FIGURES, { t: withRequirement.id });
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.formFiguresFor.map((figure: any) => figure.text)).toEqual(['1500 人']);
    const stranger = await county.b(FIGURES, { t: withRequirement.id });
    expect(stranger.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
