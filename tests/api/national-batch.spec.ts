import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { addDays, todayInChina } from '@accredit/calendar-date';

// The shipped `national-batch` workflow end to end, as data alone: two provinces with four
// applying counties each (and ten county-level units each: the quota base is organisation data)
// go through 申报 → 市级意见 → 省级推荐 within quota (⌊20 % × 10⌋ = 2 per province; the third is
// refused) → 专家评审 (通过 / 不通过) → 公示 within its phase, with an objection that keeps 命名
// closed until the owner's office answers it, and no objection after the 公示期 → 命名 → 动态管理:
// a warning and a revocation, each with its reason in the transition history. Along the way: the
// quota figures (participantQuotas) agree with the refusals, and the publicity (公示) is public.
const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Nation@2026named';
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state stateLabel version participant { id outcome state } } }';
const PARTICIPANTS = 'query($id: ID!) { campaignParticipants(campaignId: $id) { id state outcome organisation { shortName } } }';
const OBJECTION = 'id participantId content state filedByName answer answeredByName';
const QUOTAS = 'query($id: ID!) { participantQuotas(campaignId: $id) { event eventLabel region taken already cap allowed } }';

const day = (offset: number) => addDays(todayInChina(), offset);

describe('the national batch: application, quota, review, publicity with objections, naming and dynamic management', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: Gql;
  let expert: Gql;
  let city: Gql;
  let outsider: Gql;
  const province: Record<string, Gql> = {};
  const county: Record<string, Gql> = {};
  let batch: string;
  let templateId: string;
  let workflowId: string;
  const participant: Record<string, { id: string; version: number }> = {};

  const organisationId = async (code: string) => {
    const { data } = await admin('query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }', { search: code });
    return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
  };
  const user = async (username: string, displayName: string, roles: string[], organisationId: string) => {
    const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username, displayName, password: PASSWORD, roles, organisationId } });
    expect(created.errors).toBeUndefined();
    return t.as(username, PASSWORD);
  };
  const organisation = async (parentId: string, level: string, code: string, name: string) => {
    const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { parentId, level, code, name, shortName: name } });
    expect(created.errors).toBeUndefined();
    return created.data!.createOrganisation.id as string;
  };
  const fire = async (gql: Gql, name: string, event: string, comment?: string) => {
    const result = await gql(TRANSITION, { input: { entityType: 'participant', id: participant[name].id, event, comment, expectedVersion: participant[name].version } });
    if (result.data) participant[name].version = result.data.transition.version;
    return result;
  };
  const refresh = async (name: string) => {
    const rows = (await nation('query($id: ID!) { campaignParticipants(campaignId: $id) { id version } }', { id: batch })).data!.campaignParticipants;
    participant[name].version = rows.find((row: any) => row.id === participant[name].id).version;
  };
  const reasons = async (gql: Gql, name: string, event: string) => {
    const events = (await gql('query($id: ID!) { availableTransitions(entityType: participant, id: $id) { event allowed reasons } }', { id: participant[name].id })).data!.availableTransitions;
    return events.find((candidate: any) => candidate.event === event) as { allowed: boolean; reasons: string[] };
  };
  const replan = async (phases: { key: string; startsOn: string; endsOn: string }[], reason: string) => {
    const result = await nation('mutation($input: ReplanCampaignInput!) { replanCampaign(input: $input) { phaseChanges } }', { input: { campaignId: batch, reason, phases } });
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    const nationId = await organisationId('000000');
    nation = await user('nb-office', '中国科协科普部', ['office_admin'], nationId);
    expert = await user('nb-expert', '全国评审专家', ['expert'], nationId);
    for (const [code, key] of [
      ['510000', 'sc'],
      ['520000', 'gz'],
    ] as const) {
      const provinceId = await organisationId(code);
      province[key] = await user(`nb-${key}-office`, `${key}省科协`, ['office_admin'], provinceId);
      // 四川's counties lie under a city (its opinion is asked); 贵州's directly under the province.
      let parentId = provinceId;
      if (key === 'sc') {
        parentId = await organisation(provinceId, 'city', '519900', 'sc测试市');
        city = await user('nb-sc-city', 'sc测试市科协', ['office_admin'], parentId);
      }
      for (let n = 1; n <= 10; n++) {
        const id = await organisation(parentId, 'county', `${code.slice(0, 2)}98${String(n).padStart(2, '0')}`, `${key}县${n}`);
        if (n > 4) continue;
        const office = await user(`nb-${key}${n}`, `${key}县${n}科协`, ['office_admin'], id);
        for (const name of ['县科协', '县教育局']) {
          expect((await office('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } })).errors).toBeUndefined();
        }
        county[`${key}${n}`] = office;
      }
    }
    // Anyone logged in may object: a liaison of a district elsewhere in the country.
    outsider = await t.as('kexie');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is set up by the national office on the shipped national-batch workflow, with dated phases', async () => {
    const workflow = await nation('query { workflowDefinition(key: "national-batch") { id name entityType } }');
    expect(workflow.errors).toBeUndefined();
    expect(workflow.data!.workflowDefinition).toMatchObject({ name: '全国科普示范县批次申报与命名', entityType: 'participant' });
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'national-county-batch', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '第一批全国科普示范县',
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
    templateId = imported.data!.importIndicatorTable.systemId;
    workflowId = workflow.data!.workflowDefinition.id;
    for (const name of Object.keys(county)) {
      const applied = await county[name]('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id state version } }', { id: batch });
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.applyToCampaign.state).toBe('applied');
      participant[name] = applied.data!.applyToCampaign;
    }
  });

  it('takes the city’s opinion (optional) and lets only the province above recommend, within its quota', async () => {
    expect((await fire(city, 'sc1', 'city_opinion', '同意推荐，该县科普工作基础扎实。')).data!.transition.stateLabel).toBe('市级已出具意见');
    // A city has no say over a county not below it; a county cannot recommend itself; 贵州 cannot recommend 四川's.
    expect((await fire(city, 'gz1', 'city_opinion', '同意')).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await fire(county.sc2, 'sc2', 'recommend')).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await fire(province.gz, 'sc2', 'recommend')).errors![0].extensions!.code).toBe('NOT_FOUND');

    for (const name of ['sc1', 'sc2', 'gz1', 'gz2']) {
      const recommended = await fire(province[name.slice(0, 2)], name, 'recommend');
      expect(recommended.errors).toBeUndefined();
      expect(recommended.data!.transition.participant).toMatchObject({ state: 'recommended', outcome: 'recommended' });
    }
    // ⌊20 % × 10 county-level units⌋ = 2 per province: the third is refused, with the reason in Chinese.
    const third = await fire(province.sc, 'sc3', 'recommend');
    expect(third.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    // No county of 四川省 was named in an earlier batch: nothing is subtracted yet.
    expect(third.errors![0].message).toContain('四川省名额已满：最多 2 个（下级县（区）数 10 的 20% 取整为 2，减去此前批次的参与单位已处于"已命名"或"已警告"状态的 0 个）');
    // The figures shown before clicking say the same: 已推荐 2 / 名额 2 in 四川省, 4 of 50 nationally.
    // A province sees its own province only; the national office every province with participants.
    const national = { event: 'recommend', eventLabel: '推荐', region: null, taken: 4, already: 0, cap: 50, allowed: 50 };
    const sichuan = { event: 'recommend', eventLabel: '推荐', region: '四川省', taken: 2, already: 0, cap: 2, allowed: 2 };
    const scQuotas = await province.sc(QUOTAS, { id: batch });
    expect(scQuotas.errors).toBeUndefined();
    expect(scQuotas.data!.participantQuotas).toEqual([national, sichuan]);
    expect((await nation(QUOTAS, { id: batch })).data!.participantQuotas).toEqual([national, { ...sichuan, region: '贵州省' }, sichuan]);
    // A liaison reads no quota figures (nor recommends).
    expect((await outsider(QUOTAS, { id: batch })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await fire(province.sc, 'sc3', 'decline', '名额已满，下一批再申报。')).data!.transition.participant.outcome).toBe('not_recommended');
    expect((await fire(province.gz, 'gz3', 'decline', '材料不全。')).data!.transition.state).toBe('not_recommended');
    expect((await fire(county.sc4, 'sc4', 'withdraw')).data!.transition.state).toBe('withdrawn');
  });

  it('has the campaign’s experts give a verdict per participant', async () => {
    expect((await fire(nation, 'sc1', 'pass_review', '通过')).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await fire(expert, 'gz2', 'fail_review')).errors![0].message).toContain('需要填写意见');
    for (const name of ['sc1', 'sc2', 'gz1']) expect((await fire(expert, name, 'pass_review', '材料完整，达到标准，通过。')).data!.transition.participant.outcome).toBe('review_passed');
    expect((await fire(expert, 'gz2', 'fail_review', '科普设施指标未达标，不通过。')).data!.transition.participant).toMatchObject({ state: 'review_failed', outcome: 'review_failed' });
  });

  it('publicises only during the publicity phase, and takes objections only while it runs', async () => {
    // Before the 公示期: refused with its dates; an objection against one not publicised is refused too.
    expect((await fire(nation, 'sc1', 'publicise')).errors![0].message).toContain(`公示期尚未开始（${day(21)} 开始）`);
    const early = await outsider(`mutation($input: FileObjectionInput!) { fileObjection(input: $input) { ${OBJECTION} } }`, {
      input: { participantId: participant.sc2.id, content: '该县科普场馆长期闭馆。' },
    });
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(early.errors![0].message).toContain('当前不在公示中');

    await replan(
      [
        { key: 'application', startsOn: day(-30), endsOn: day(-1) },
        { key: 'publicity', startsOn: day(0), endsOn: day(6) },
        { key: 'naming', startsOn: day(7), endsOn: day(400) },
      ],
      '评审结束，开始公示',
    );
    for (const name of ['sc1', 'sc2', 'gz1']) expect((await fire(nation, name, 'publicise')).data!.transition.stateLabel).toBe('公示中');
    // Each publicised row says when objections are taken, so the page offers 提出异议 only then.
    const windows = (await province.sc('query($id: ID!) { campaignParticipants(campaignId: $id) { organisation { shortName } objectionWindow { label startsOn endsOn open } } }', { id: batch })).data!
      .campaignParticipants;
    expect(windows.find((row: any) => row.organisation.shortName === 'sc县2').objectionWindow).toEqual({ label: '公示期', startsOn: day(0), endsOn: day(6), open: true });
    expect(windows.find((row: any) => row.organisation.shortName === 'sc县3').objectionWindow).toBeNull();

    // The filer (not above the county) may not read the participant or its campaign: no links.
    const links = 'participant { id } campaign { id }';
    const filed = await outsider(`mutation($input: FileObjectionInput!) { fileObjection(input: $input) { ${OBJECTION} ${links} } }`, {
      input: { participantId: participant.sc2.id, content: '该县科普场馆长期闭馆，与申报材料不符。' },
    });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileObjection).toMatchObject({ state: 'open', content: '该县科普场馆长期闭馆，与申报材料不符。', answer: null, participant: null, campaign: null });
    // The owner sees who objected; the county objected to sees the objection but not who filed it.
    expect((await nation(`query($id: ID!) { campaignObjections(campaignId: $id, openOnly: true) { ${OBJECTION} ${links} } }`, { id: batch })).data!.campaignObjections).toEqual([
      expect.objectContaining({ participantId: participant.sc2.id, filedByName: '区科协联络员', state: 'open', participant: { id: participant.sc2.id }, campaign: { id: batch } }),
    ]);
    expect((await county.sc2(`query($id: ID!) { participantObjections(participantId: $id) { ${OBJECTION} ${links} } }`, { id: participant.sc2.id })).data!.participantObjections).toEqual([
      expect.objectContaining({ content: '该县科普场馆长期闭馆，与申报材料不符。', filedByName: null, participant: { id: participant.sc2.id }, campaign: { id: batch } }),
    ]);
    const notices = (await nation('query { notifications(first: 10) { edges { node { title body } } } }')).data!.notifications.edges.map((edge: any) => edge.node);
    expect(notices).toContainEqual({ title: '第一批全国科普示范县：收到异议', body: 'sc县2（公示中）收到一条异议，请答复：该县科普场馆长期闭馆，与申报材料不符。' });
    // The publicity is public: without login, the units in 公示 per province with the dates, and
    // nothing else (no participant ids, no filer, no objection); cacheable by a proxy.
    const publicity = await fetch(`${t.api.url}/api/public/campaigns/${batch}/publicity`);
    expect(publicity.status).toBe(200);
    expect(publicity.headers.get('cache-control')).toBe('public, max-age=60');
    const shown = (await publicity.json()) as any;
    expect(shown).toEqual({
      campaign: { name: '第一批全国科普示范县', owner: expect.any(String) },
      phase: { label: '公示期', startsOn: day(0), endsOn: day(6), open: true },
      provinces: [
        {
          name: '四川省',
          code: '510000',
          units: [
            { name: 'sc县1', code: '519801', status: '公示中' },
            { name: 'sc县2', code: '519802', status: '公示中' },
          ],
        },
        { name: '贵州省', code: '520000', units: [{ name: 'gz县1', code: '529801', status: '公示中' }] },
      ],
      count: 3,
    });
    for (const secret of [participant.sc1.id, '区科协联络员', '场馆长期闭馆']) expect(JSON.stringify(shown)).not.toContain(secret);
    for (const bad of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const none = await fetch(`${t.api.url}/api/public/campaigns/${bad}/publicity`);
      expect(none.status).toBe(404);
      expect(JSON.stringify(await none.json())).toContain('公示名单');
    }
    // Logged in, anyone (a liaison of a district elsewhere) sees whom to object to, with the ids to do it.
    const listed = await outsider('query { publicisedParticipants { participantId campaignName organisationShortName province status phase { open endsOn } } }');
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.publicisedParticipants).toEqual(
      ['sc1', 'sc2', 'gz1'].map((name) =>
        expect.objectContaining({ participantId: participant[name].id, campaignName: '第一批全国科普示范县', status: '公示中', phase: { open: true, endsOn: day(6) } }),
      ),
    );
    expect(JSON.stringify(listed.data)).not.toContain(participant.sc3.id);
    expect((await t.anonymous('query { publicisedParticipants { participantId } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const empty = await outsider('mutation($input: FileObjectionInput!) { fileObjection(input: $input) { id } }', { input: { participantId: participant.sc1.id, content: '   ' } });
    expect(empty.errors![0]).toMatchObject({ message: '请填写异议内容', extensions: { code: 'VALIDATION', details: { reason: 'TEXT_REQUIRED', field: '异议内容' } } });
    // Filing changed the participant: a naming prepared before it is stale.
    await refresh('sc2');
  });

  it('keeps naming closed until the publicity ended and every objection is answered', async () => {
    // The publicity still runs: naming waits for its phase.
    const early = await reasons(nation, 'sc1', 'name');
    expect(early.allowed).toBe(false);
    expect(early.reasons.join('')).toContain(day(7));
    await replan(
      [
        { key: 'application', startsOn: day(-30), endsOn: day(-10) },
        { key: 'publicity', startsOn: day(-9), endsOn: day(-1) },
        { key: 'naming', startsOn: day(0), endsOn: day(400) },
      ],
      '公示期结束',
    );
    const closed = (await nation('query($id: ID!) { campaignParticipants(campaignId: $id) { id objectionWindow { endsOn open } } }', { id: batch })).data!.campaignParticipants;
    expect(closed.find((row: any) => row.id === participant.sc1.id).objectionWindow).toEqual({ endsOn: day(-1), open: false });
    const late = await outsider('mutation($input: FileObjectionInput!) { fileObjection(input: $input) { id } }', { input: { participantId: participant.sc1.id, content: '补充异议' } });
    expect(late.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(late.errors![0].message).toContain(`公示期已于 ${day(-1)} 结束`);

    const blocked = await fire(nation, 'sc2', 'name');
    expect(blocked.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(blocked.errors![0].message).toContain('处于"待答复"状态的异议有 1 个，最多 0 个');

    const objection = (await nation(`query($id: ID!) { participantObjections(participantId: $id) { ${OBJECTION} } }`, { id: participant.sc2.id })).data!.participantObjections[0];
    const byProvince = await province.sc('mutation($input: AnswerObjectionInput!) { answerObjection(input: $input) { id } }', { input: { objectionId: objection.id, answer: '已核实' } });
    expect(byProvince.errors![0].extensions!.code).toBe('FORBIDDEN');
    const answered = await nation(`mutation($input: AnswerObjectionInput!) { answerObjection(input: $input) { ${OBJECTION} } }`, {
      input: { objectionId: objection.id, answer: '经核实，场馆因改造临时闭馆，已于本月重新开放，异议不成立。' },
    });
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerObjection).toMatchObject({ state: 'answered', answeredByName: '中国科协科普部' });
    const twice = await nation('mutation($input: AnswerObjectionInput!) { answerObjection(input: $input) { id } }', { input: { objectionId: objection.id, answer: '再次答复' } });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'ALREADY_ANSWERED' } });

    expect((await fire(province.sc, 'sc1', 'name')).errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const name of ['sc1', 'sc2', 'gz1']) expect((await fire(nation, name, 'name')).data!.transition.participant).toMatchObject({ state: 'named', outcome: 'named' });
  });

  it('warns and revokes named counties with a required reason, kept in the transition history', async () => {
    expect((await fire(nation, 'gz1', 'revoke')).errors![0].message).toContain('需要填写意见');
    expect((await fire(nation, 'sc1', 'warn', '年度工作总结未按期报送。')).data!.transition.participant).toMatchObject({ state: 'warned', outcome: 'warned' });
    expect((await fire(nation, 'gz1', 'revoke', '创建工作弄虚作假，经核实撤销命名。')).data!.transition.participant).toMatchObject({ state: 'revoked', outcome: 'revoked' });
    const history = (await province.gz('query($id: ID!) { transitionHistory(entityType: participant, id: $id) { event toLabel comment actorName } }', { id: participant.gz1.id })).data!
      .transitionHistory;
    expect(history.map((entry: any) => entry.event)).toEqual(['recommend', 'pass_review', 'publicise', 'name', 'revoke']);
    expect(history.at(-1)).toEqual({ event: 'revoke', toLabel: '已撤销命名', comment: '创建工作弄虚作假，经核实撤销命名。', actorName: '中国科协科普部' });

    const outcomes = (await nation(PARTICIPANTS, { id: batch })).data!.campaignParticipants.map((row: any) => `${row.organisation.shortName}:${row.state}`).sort();
    expect(outcomes).toEqual(['gz县1:revoked', 'gz县2:review_failed', 'gz县3:not_recommended', 'gz县4:applied', 'sc县1:warned', 'sc县2:named', 'sc县3:not_recommended', 'sc县4:withdrawn']);
  });

  it('publishes the named list without login, by province, noting the revoked one; also as .xlsx', async () => {
    const response = await fetch(`${t.api.url}/api/public/campaigns/${batch}/named`);
    expect(response.status).toBe(200);
    const list = (await response.json()) as any;
    expect(list.campaign).toEqual({ name: '第一批全国科普示范县', owner: expect.any(String) });
    expect(list.provinces.map((province: any) => ({ province: province.name, named: province.named.map((entry: any) => `${entry.name}:${entry.status}`) }))).toEqual([
      { province: '四川省', named: ['sc县1:已警告', 'sc县2:已命名'] },
    ]);
    expect(list.namedCount).toBe(2);
    expect(list.revoked).toEqual([expect.objectContaining({ name: 'gz县1', province: '贵州省', status: '已撤销命名', since: day(0) })]);
    // Nothing but the list: no participant ids, no people.
    expect(JSON.stringify(list)).not.toContain(participant.sc1.id);

    const file = await fetch(`${t.api.url}/api/public/campaigns/${batch}/named.xlsx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(file.headers.get('cache-control')).toBe('public, max-age=60');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename=named-list\.xlsx; filename\*=UTF-8''.+%E5%91%BD%E5%90%8D%E5%90%8D%E5%8D%95\.xlsx$/);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const rows = (name: string) => {
      const values: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      return values;
    };
    expect(rows('命名名单').map((row) => row.slice(0, 5))).toEqual([
      ['序号', '省份', '县（市、区）', '行政区划代码', '状态'],
      [1, '四川省', 'sc县1', '519801', '已警告'],
      [2, '四川省', 'sc县2', '519802', '已命名'],
    ]);
    expect(
      rows('撤销命名')
        .slice(1)
        .map((row) => row.slice(1, 4)),
    ).toEqual([['贵州省', 'gz县1', '529801']]);

    // A campaign without a public list, or no campaign at all: not found, in Chinese, without login.
    const none = await fetch(`${t.api.url}/api/public/campaigns/00000000-0000-4000-8000-000000000000/named`);
    expect(none.status).toBe(404);
    expect(JSON.stringify(await none.json())).toContain('公开的命名名单');
  });

  it('counts a province’s counties named in the earlier batch against its quota in the next batch', async () => {
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId,
        name: '第二批全国科普示范县',
        phases: [
          { key: 'application', name: '申报推荐', startsOn: day(-1), endsOn: day(20) },
          { key: 'publicity', name: '公示期', startsOn: day(21), endsOn: day(30) },
          { key: 'naming', name: '命名', startsOn: day(31), endsOn: day(400) },
        ],
        participation: { applicantLevel: 'county', workflowDefinitionId: workflowId },
      },
    });
    expect(setUp.errors).toBeUndefined();
    const second = setUp.data!.setUpCampaign.campaignId;
    for (const name of ['sc3', 'gz3']) {
      const applied = await county[name]('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id version } }', { id: second });
      expect(applied.errors).toBeUndefined();
      participant[`${name}-2`] = applied.data!.applyToCampaign;
    }
    // 四川省 has sc县1 (warned) and sc县2 (named) from the first batch: ⌊20 % × 10⌋ − 2 = 0 left,
    // as the quota figure says before anyone clicks.
    expect((await province.sc(QUOTAS, { id: second })).data!.participantQuotas).toContainEqual({ event: 'recommend', eventLabel: '推荐', region: '四川省', taken: 0, already: 2, cap: 2, allowed: 0 });
    const sc = await fire(province.sc, 'sc3-2', 'recommend');
    expect(sc.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(sc.errors![0].message).toContain('四川省名额已满：最多 0 个（下级县（区）数 10 的 20% 取整为 2，减去此前批次的参与单位已处于"已命名"或"已警告"状态的 2 个）');
    // 贵州省's only named county was revoked: it holds no title, so the province has its full quota.
    expect((await fire(province.gz, 'gz3-2', 'recommend')).data!.transition.state).toBe('recommended');
  });
});
