import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TokenClient, createAccount, createCounty, createCountyDepartments, day, fileCountyForm, organisationIdByCode } from '../support/county-forms';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { COUNTY_APPLICATION_COMMON } from './form-values';

// The batches as separate definitions of one family: `national-batch-first` carries only the
// national cap (≤ 50), `national-batch-second` only the province rule (recommended + named in
// earlier batches ≤ ⌊20 % × county-level units⌋). Each has its own key, and the second still
// counts the first batch's named counties because both say `family: national-batch`.
// One province with 15 county-level units (⌊20 % × 15⌋ = 3): the first batch recommends 4 of them
// (no province rule there) and names 2; the second may then recommend exactly 1, and is not
// capped nationally (no campaign-wide figure, no 50 in any refusal). Both ask for the county's
// signed and sealed 申报表 (first-batch-application / second-batch-application) before 推荐: the
// counties fill, sign and submit it through the API as a county office would.
const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Nation@2026family';
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version } }';
const QUOTAS = 'query($id: ID!) { participantQuotas(campaignId: $id) { event region taken already cap allowed } }';
// Every field the county fills in the 申报表 of either batch; the second asks for activities and
// beneficiaries where the first asks for volunteer teams.
const APPLICATION = { ...COUNTY_APPLICATION_COMMON, online_channels: '微信公众号、抖音号', update_frequency: '每周 3 次' };
const BATCH_FIELDS: Record<string, Record<string, number>> = {
  'first-batch-application': { volunteer_teams: 20, registered_volunteers: 1500 },
  'second-batch-application': { volunteer_activities: 40, beneficiaries: 12000 },
};

describe('national batches of one family: the second counts the first’s named counties and has no national cap', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: Gql;
  let expert: Gql;
  let sichuan: Gql;
  const county: Record<string, TokenClient> = {};
  const participant: Record<string, { id: string; version: number }> = {};
  let templateId: string;
  let first: string;

  const user = (username: string, displayName: string, roles: string[], organisationId: string) => createAccount(t, admin, { username, displayName, password: PASSWORD, roles, organisationId });
  const fire = async (gql: Gql, name: string, event: string, comment?: string) => {
    const result = await gql(TRANSITION, { input: { entityType: 'participant', id: participant[name].id, event, comment, expectedVersion: participant[name].version } });
    if (result.data) participant[name].version = result.data.transition.version;
    return result;
  };
  const workflowId = async (key: string) => {
    const workflow = await nation('query($key: String!) { workflowDefinition(key: $key) { id key } }', { key });
    expect(workflow.errors).toBeUndefined();
    return workflow.data!.workflowDefinition.id as string;
  };
  const setUp = async (name: string, workflowKey: string, forms: string[] = []) => {
    const result = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId,
        name,
        phases: [
          { key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(20) },
          { key: 'publicity', name: '公示期', startsOn: day(21), endsOn: day(30) },
          { key: 'naming', name: '命名', startsOn: day(31), endsOn: day(400) },
        ],
        participation: { applicantLevel: 'county', workflowDefinitionId: await workflowId(workflowKey) },
        forms,
      },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.setUpCampaign.campaignId as string;
  };
  const apply = async (campaignId: string, names: string[]) => {
    for (const name of names) {
      const applied = await county[name]('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id version } }', { id: campaignId });
      expect(applied.errors).toBeUndefined();
      participant[name] = applied.data!.applyToCampaign;
    }
  };
  // The county's 申报表: filled, signed and sealed in the applicant's box, submitted.
  const submitApplication = (campaignId: string, name: string, key: string) =>
    fileCountyForm(t.api, county[name], {
      campaignId,
      key,
      values: { ...APPLICATION, ...BATCH_FIELDS[key], county: `sc县${name.slice(2)}` },
      seal: { field: 'applicant_signature', signer: '王县长', date: day(0) },
    });
  const replan = async (campaignId: string, reason: string, phases: [number, number][]) => {
    const keys = ['application', 'publicity', 'naming'];
    const result = await nation('mutation($input: ReplanCampaignInput!) { replanCampaign(input: $input) { phaseChanges } }', {
      input: { campaignId, reason, phases: phases.map(([from, to], index) => ({ key: keys[index], startsOn: day(from), endsOn: day(to) })) },
    });
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    const nationId = await organisationIdByCode(admin, '000000');
    nation = await user('nf-office', '中国科协科普部', ['office_admin'], nationId);
    expert = await user('nf-expert', '全国评审专家', ['expert'], nationId);
    const provinceId = await organisationIdByCode(admin, '510000');
    sichuan = await user('nf-sc-office', '四川省科协', ['office_admin'], provinceId);
    for (let n = 1; n <= 15; n++) {
      const countyId = await createCounty(admin, provinceId, `5197${String(n).padStart(2, '0')}`, `sc县${n}`);
      if (n > 6) continue;
      const office = await user(`nf-sc${n}`, `sc县${n}科协`, ['office_admin'], countyId);
      // The indicator table's responsible units: each applicant's work campaign assigns them.
      await createCountyDepartments(office);
      county[`sc${n}`] = office;
    }
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'national-county-family', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    templateId = imported.data!.importIndicatorTable.systemId;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('the first batch caps only nationally (≤ 50): a province may recommend beyond its 20 %, and two are named', async () => {
    first = await setUp('第一批全国科普示范县', 'national-batch-first', ['first-batch-application']);
    await apply(first, ['sc1', 'sc2', 'sc3', 'sc4']);
    // Not before the county has submitted its signed 申报表.
    const unsigned = await fire(sichuan, 'sc1', 'recommend');
    expect(unsigned.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(unsigned.errors![0].message).toContain('不能推荐：尚未提交《第一批申报表》，请先填写并提交');
    for (const name of ['sc1', 'sc2', 'sc3', 'sc4']) await submitApplication(first, name, 'first-batch-application');
    // Four of 15 county-level units: above ⌊20 % × 15⌋ = 3, which only the second batch counts.
    for (const name of ['sc1', 'sc2', 'sc3', 'sc4']) expect((await fire(sichuan, name, 'recommend')).data!.transition.state).toBe('recommended');
    expect((await sichuan(QUOTAS, { id: first })).data!.participantQuotas).toEqual([{ event: 'recommend', region: null, taken: 4, already: 0, cap: 50, allowed: 50 }]);

    for (const name of ['sc1', 'sc2']) expect((await fire(expert, name, 'pass_review', '通过')).data!.transition.state).toBe('review_passed');
    await replan(first, '评审结束，开始公示', [
      [-30, -1],
      [0, 6],
      [7, 400],
    ]);
    for (const name of ['sc1', 'sc2']) expect((await fire(nation, name, 'publicise')).data!.transition.state).toBe('publicity');
    await replan(first, '公示期结束', [
      [-30, -10],
      [-9, -1],
      [0, 400],
    ]);
    for (const name of ['sc1', 'sc2']) expect((await fire(nation, name, 'name')).data!.transition.state).toBe('named');
  });

  it('the second batch, another key of the same family, subtracts the first’s named counties and has no national cap', async () => {
    const second = await setUp('第二批全国科普示范县', 'national-batch-second', ['second-batch-application']);
    await apply(second, ['sc5', 'sc6']);
    // The second batch asks for its own 申报表 (第二批创建申报表).
    const unsigned = await fire(sichuan, 'sc5', 'recommend');
    expect(unsigned.errors![0].message).toContain('尚未提交《第二批创建申报表》');
    for (const name of ['sc5', 'sc6']) await submitApplication(second, name, 'second-batch-application');
    // ⌊20 % × 15⌋ = 3, minus sc县1 and sc县2 named in the first batch: 1 left. No campaign-wide row: no 50.
    expect((await sichuan(QUOTAS, { id: second })).data!.participantQuotas).toEqual([{ event: 'recommend', region: '四川省', taken: 0, already: 2, cap: 3, allowed: 1 }]);
    expect((await fire(sichuan, 'sc5', 'recommend')).data!.transition.state).toBe('recommended');
    const refused = await fire(sichuan, 'sc6', 'recommend');
    expect(refused.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(refused.errors![0].message).toContain('四川省名额已满：最多 1 个（下级县（区）数 15 的 20% 取整为 3，减去此前批次的参与单位已处于"已命名"或"已警告"状态的 2 个）');
    expect(refused.errors![0].message).not.toContain('50');
  });

  it('a campaign pinned to national-batch v1 keeps both its quotas and counts the family too (its key is the family)', async () => {
    const v1 = await setUp('按第 1 版办理的批次', 'national-batch');
    await apply(v1, ['sc6']);
    expect((await sichuan(QUOTAS, { id: v1 })).data!.participantQuotas).toEqual([
      { event: 'recommend', region: null, taken: 0, already: 0, cap: 50, allowed: 50 },
      { event: 'recommend', region: '四川省', taken: 0, already: 2, cap: 3, allowed: 1 },
    ]);
    expect((await fire(sichuan, 'sc6', 'recommend')).data!.transition.state).toBe('recommended');
  });

  it('refuses an uploaded batch of the family that counts earlier batches in a state they lack', async () => {
    const UPLOAD = 'mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key version } }';
    const second = readFileSync(join(__dirname, '../../workflows/national-batch-second.yaml'), 'utf8');
    const third = second.replace('key: national-batch-second', 'key: national-batch-third').replace('minus: [named, warned]', 'minus: [named, honoured]');
    const refused = await nation(UPLOAD, { input: { source: third, fileName: 'national-batch-third.yaml' } });
    expect(refused.errors![0].extensions!.code).toBe('VALIDATION');
    expect(refused.errors![0].message).toContain('按此前批次计数的状态 honoured 在同一批次族「national-batch」的流程「national-batch-first」第 1 版中不存在');
    // In a family of its own it counts only its own earlier batches, whatever their states are called.
    const alone = await nation(UPLOAD, { input: { source: third.replace('family: national-batch', 'family: provincial-batch'), fileName: 'national-batch-third.yaml' } });
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.uploadWorkflowDefinition).toEqual({ key: 'national-batch-third', version: 1 });
  });
});
