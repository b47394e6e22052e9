import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { MikroORM } from '@mikro-orm/postgresql';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { type IndicatorTable, applyUnitMapping, readIndicatorWorkbook } from '@accredit/table-io';
import { type TestApi, startTestApi } from '../support/test-api';

const FIXTURES = join(__dirname, '../fixtures/tables');
const base64 = (path: string) => readFileSync(join(FIXTURES, path)).toString('base64');

const PREVIEW = `mutation($input: IndicatorTableFileInput!) { previewIndicatorTable(input: $input) { ok unknownUnits { name suggestions { name } } } }`;
const IMPORT = `mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId key version created } }`;
const LIST = `{ indicatorTemplates { key title versions { id version name source createdAt createdBy ownerName own totalScore scoringMode } } }`;
const NODE = `key parentKey code title maxScore weight scoringMode elective { min max counting best }
  requirements { code text }
  rules { text points note organisationOwned units { name role } effectiveUnits { name role }
    scoring { kind fixed { points } range { min max } alternative { options { label points } } tiered { min max basis order step singleApplicant { min max } }
      perItem { each cap item } conditionalCap { min max cap condition } veto { condition } series { points years condition } verdict } }`;
const TREE = `query($id: ID!) { indicatorTemplateVersion(id: $id) { id key version name source totalScore scoringMode maxTotal verdicts { options { label value } rollUp } nodes { ${NODE} } } }`;
const CHECK = `mutation($input: IndicatorTemplateTreeInput!) { checkIndicatorTemplate(input: $input) { ok maxTotal problems { nodeKey ruleIndex path message severity } } }`;
const SAVE = `mutation($input: IndicatorTemplateTreeInput!) { saveIndicatorTemplateVersion(input: $input) { created warnings { message } template { id version name source createdBy own } } }`;
const EXPORT = `query($id: ID!) { exportIndicatorTemplate(id: $id) { fileName contentBase64 } }`;

/** RuleScoring read back as the @oneOf input: the field of its kind, as read (its nulls dropped with the others). */
function scoringInput(scoring: any): any {
  return { [scoring.kind]: scoring[scoring.kind] };
}

/** A tree as the save input takes it: read-only fields left out, scoring as its kind's input, nulls dropped. */
function toInput(tree: any): any {
  const clean = (value: any): any => {
    if (Array.isArray(value)) return value.map(clean);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== null)
          .map(([k, v]) => [k, clean(v)]),
      );
    return value;
  };
  return clean({
    templateId: tree.id,
    name: tree.name,
    totalScore: tree.totalScore,
    scoringMode: tree.scoringMode,
    verdicts: tree.verdicts,
    nodes: tree.nodes.map((node: any) => ({ ...node, rules: node.rules.map(({ effectiveUnits: _effective, ...rule }: any) => ({ ...rule, scoring: scoringInput(rule.scoring) })) })),
  });
}

describe('indicator templates: list, view, edit as a new version, export and re-import', () => {
  let t: TestApi;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  const ids: Record<string, string> = {};

  async function importTable(file: string, key: string): Promise<string> {
    const fileName = file.split('/')[1];
    const preview = await t.gql(PREVIEW, { input: { fileName, contentBase64: base64(file) } });
    expect(preview.errors).toBeUndefined();
    const unitMapping = preview.data!.previewIndicatorTable.unknownUnits.map((unit: any) => ({ from: unit.name, to: unit.suggestions[0]?.name ?? '区科协' }));
    const result = await t.gql(IMPORT, { input: { fileName, key, contentBase64: base64(file), unitMapping } });
    expect(result.errors).toBeUndefined();
    return result.data!.importIndicatorTable.systemId;
  }

  const tree = async (id: string) => {
    const result = await t.gql(TREE, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.indicatorTemplateVersion;
  };

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    ids['shapingba'] = await importTable('ok/shapingba-2021-2025.xlsx', 'shapingba-2021-2025');
    ids['national'] = await importTable('ok/national-2016-2020-abc.csv', 'national-2016-2020');
    ids['weighted'] = await importTable('ok/weighted-4-level.csv', 'weighted-4-level');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the templates the organisation may use, with versions, source file, time and owner', async () => {
    const result = await t.gql(LIST);
    expect(result.errors).toBeUndefined();
    const byKey = new Map(result.data!.indicatorTemplates.map((template: any) => [template.key, template]));
    const shapingba: any = byKey.get('shapingba-2021-2025');
    expect(shapingba.versions.map((v: any) => [v.version, v.own])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(shapingba.versions[0]).toMatchObject({ id: ids['shapingba'], source: 'shapingba-2021-2025.xlsx', totalScore: 100, scoringMode: 'points' });
    expect(shapingba.versions[1]).toMatchObject({ ownerName: null });
    expect(byKey.get('national-2016-2020')).toMatchObject({ versions: [{ version: 1, scoringMode: 'verdicts', totalScore: null, source: 'national-2016-2020-abc.csv' }] });
    expect(byKey.get('weighted-4-level')).toMatchObject({ versions: [{ version: 1, scoringMode: 'weights', totalScore: 100 }] });

    // The platform admin sees the platform's template only, not this district's versions.
    const admin = await t.as('sysadmin');
    const platform = (await admin(LIST)).data!.indicatorTemplates;
    expect(platform.map((template: any) => [template.key, template.versions.map((v: any) => v.version)])).toEqual([['shapingba-2021-2025', [1]]]);
    const hidden = await admin(TREE, { id: ids['weighted'] });
    expect(hidden.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });

  it('shows the general model in the tree: depth, weights, the elective group, 本单位 rules, the checklist', async () => {
    const weighted = await tree(ids['weighted']);
    expect(weighted).toMatchObject({ scoringMode: 'weights', totalScore: 100, maxTotal: 100 });
    const byCode = new Map(weighted.nodes.map((node: any) => [node.code, node]));
    expect(byCode.get('1')).toMatchObject({ weight: 0.3, scoringMode: 'weights', parentKey: null });
    expect(byCode.get('3')).toMatchObject({ elective: { min: 2, max: 2, counting: 'normalise', best: null }, maxScore: 20 });
    const leaf: any = byCode.get('1.1.2.1');
    expect((byCode.get('1.1.2') as any).key).toBe(leaf.parentKey);
    expect(leaf.rules.map((rule: any) => [rule.organisationOwned, rule.units, rule.effectiveUnits])).toEqual([
      [false, [{ name: '区委组织部', role: 'lead' }], [{ name: '区委组织部', role: 'lead' }]],
      [true, [], []],
    ]);
    expect((byCode.get('1.1.1.2') as any).rules.map((rule: any) => rule.effectiveUnits)).toEqual([[], []]);
    const national = await tree(ids['national']);
    // The ABC checklist declares no scale of its own: it is judged on the platform's 达标 / 基本达标 / 未达标 (worst), and reads as none.
    expect(national).toMatchObject({ scoringMode: 'verdicts', totalScore: null, maxTotal: 0, verdicts: null });
    expect(new Set(national.nodes.flatMap((node: any) => node.rules.map((rule: any) => rule.scoring.kind)))).toEqual(new Set(['verdict']));
  });

  it('takes every rule kind back as read: the Shapingba tree saved unchanged keeps every rule’s scoring, and once more adds nothing', async () => {
    const read = await tree(ids['shapingba']);
    const scorings = (of: any) => of.nodes.flatMap((node: any) => node.rules.map((rule: any) => rule.scoring));
    expect([...new Set(scorings(read).map((scoring: any) => scoring.kind))].sort()).toEqual(['alternative', 'conditionalCap', 'fixed', 'perItem', 'range', 'series', 'tiered', 'veto']);
    // A points table declares no verdict scale: it reads as none, so the tree sent back as read is the imported version itself.
    expect(read.verdicts).toBeNull();
    const saved = await t.gql(SAVE, { input: toInput(read) });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveIndicatorTemplateVersion).toMatchObject({ created: false, template: { id: ids['shapingba'] } });
    const savedId = saved.data!.saveIndicatorTemplateVersion.template.id;
    expect(scorings(await tree(savedId))).toEqual(scorings(read));
  });

  it('saves an edited tree as a new version, the old one unchanged; the same tree again adds nothing', async () => {
    const original = await tree(ids['weighted']);
    const input = toInput(original);
    const byCode = (code: string) => input.nodes.find((node: any) => node.code === code);
    byCode('1.1').title = '组织领导（修订）';
    byCode('1.1').weight = 0.5;
    byCode('1.2').weight = 0.5;
    // A new fourth-level indicator with a rule for 区科协 (牵头) and 区教委 (配合).
    const parent = byCode('1.1.2');
    parent.maxScore = 8;
    input.nodes.push({
      key: 'new-1',
      parentKey: parent.key,
      code: '1.1.2.2',
      title: '考核结果运用',
      maxScore: 2,
      rules: [
        {
          text: '考核结果与评优挂钩2分',
          points: 2,
          scoring: { fixed: { points: 2 } },
          units: [
            { name: '区教委', role: 'support' },
            { name: '区科协', role: 'lead' },
          ],
        },
      ],
    });
    const check = await t.gql(CHECK, { input });
    expect(check.errors).toBeUndefined();
    expect(check.data!.checkIndicatorTemplate).toMatchObject({ ok: true, maxTotal: 100 });

    const saved = await t.gql(SAVE, { input });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveIndicatorTemplateVersion).toMatchObject({ created: true, template: { version: 2, createdBy: 'office', own: true, source: 'weighted-4-level.csv' } });
    const edited = await tree(saved.data!.saveIndicatorTemplateVersion.template.id);
    const node = edited.nodes.find((n: any) => n.code === '1.1.2.2');
    expect(node.rules[0].units).toEqual([
      { name: '区科协', role: 'lead' },
      { name: '区教委', role: 'support' },
    ]);
    expect(edited.nodes.find((n: any) => n.code === '1.1')).toMatchObject({ title: '组织领导（修订）', weight: 0.5 });
    expect(edited.nodes.find((n: any) => n.key === node.parentKey).code).toBe('1.1.2');
    expect(await tree(ids['weighted'])).toEqual(original);

    const again = await t.gql(SAVE, { input: toInput(edited) });
    expect(again.data!.saveIndicatorTemplateVersion).toMatchObject({ created: false, template: { version: 2 } });
  });

  it('refuses a tree with problems with VALIDATION and every problem’s location, saving nothing', async () => {
    const input = toInput(await tree(ids['weighted']));
    const group = input.nodes.find((node: any) => node.code === '3');
    group.elective = { min: 3, max: 2, counting: 'normalise' };
    const leaf = input.nodes.find((node: any) => node.code === '1.1.1.1');
    leaf.rules[0].points = 5;
    leaf.rules[0].units = [{ name: '不存在的局', role: 'lead' }];
    const [{ n: before }] = await sql(`select count(*)::int as n from indicator_system where key = 'weighted-4-level'`);

    const check = (await t.gql(CHECK, { input })).data!.checkIndicatorTemplate;
    expect(check.ok).toBe(false);
    const saved = await t.gql(SAVE, { input });
    expect(saved.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION' });
    expect(saved.errors?.[0].message).toContain('处问题，未保存');
    const problems = (saved.errors?.[0].extensions?.['details'] as any).problems;
    expect(problems.map((p: any) => [p.nodeKey, p.ruleIndex])).toEqual(
      expect.arrayContaining([
        [group.key, null],
        [leaf.key, 0],
      ]),
    );
    expect(problems.map((p: any) => p.message).join('\n')).toMatch(/不存在的局/);
    expect(problems).toEqual(check.problems.filter((p: any) => p.severity === 'error'));
    expect(await sql(`select count(*)::int as n from indicator_system where key = 'weighted-4-level'`)).toEqual([{ n: before }]);
  });

  it('takes a rule’s scoring as exactly one input named after its kind, with exactly that kind’s parameters', async () => {
    const input = toInput(await tree(ids['weighted']));
    const leaf = input.nodes.find((node: any) => node.code === '1.1.1.1');
    const withScoring = (scoring: unknown) =>
      t.gql(CHECK, { input: { ...input, nodes: input.nodes.map((node: any) => (node === leaf ? { ...node, rules: [{ ...leaf.rules[0], scoring }, ...leaf.rules.slice(1)] } : node)) } });
    const refusal = async (scoring: unknown) => {
      const result = await withScoring(scoring);
      expect(result.data).toBeFalsy();
      expect(result.errors?.[0].extensions?.['code']).toBe('VALIDATION');
      return { message: result.errors![0].message, reason: String((result.errors![0].extensions?.['details'] as { reason?: string }).reason) };
    };

    expect(leaf.rules[0].scoring).toEqual({ fixed: { points: 3 } });
    const accepted = (await withScoring({ range: { min: 0, max: 3 } })).data!.checkIndicatorTemplate;
    expect(accepted.problems.filter((p: any) => p.severity === 'error')).toEqual([]);

    const none = await refusal({});
    expect(none.message).toBe('RuleScoringInput 须恰好给出一项（不能不给，也不能同时给两项），请只填与类型同名的那一项');
    expect((await refusal({ fixed: { points: 3 }, range: { min: 0, max: 3 } })).message).toMatch(/^RuleScoringInput 须恰好给出一项/);
    expect((await refusal({ range: { min: 0, max: 3, points: 3 } })).reason).toMatch(/"points" is not defined by type "RangeScoringInput"/);
    expect((await refusal({ range: { min: 0 } })).reason).toMatch(/"max" of required type "Float!" was not provided/);
    expect((await refusal({ veto: { condition: '发生重大事故', points: 1 } })).reason).toMatch(/"points" is not defined by type "VetoScoringInput"/);
    expect(await refusal({ verdict: false })).toEqual({ message: expect.stringContaining('达标判定写 verdict: true'), reason: 'SCORING_KIND_NOT_GIVEN' });
  });

  it.each(['shapingba', 'national', 'weighted'])('exports the %s template as .xlsx that re-imports to the same tree', async (name) => {
    const original = await tree(ids[name]);
    const file = (await t.gql(EXPORT, { id: ids[name] })).data!.exportIndicatorTemplate;
    expect(file.fileName).toMatch(/\.xlsx$/);
    const again = await t.gql(IMPORT, { input: { fileName: file.fileName, key: `${original.key}-again`, name: original.name, contentBase64: file.contentBase64 } });
    expect(again.errors).toBeUndefined();
    const back = await tree(again.data!.importIndicatorTable.systemId);
    const { id: _a, key: _b, source: _c, version: _d, ...same } = original;
    expect(back).toMatchObject(same);
  });
  it('sets up the stored weighted template as the wizard does (back-scheduled): 本单位 rules go to the chosen office department, totals by weights', async () => {
    const [kexie] = await sql(`select d.id from department d join organisation o on o.id = d.organisation_id where o.code = '500106' and d.name = '区科协'`);
    const design = (extra: Record<string, unknown>) => ({
      input: {
        templateId: ids['weighted'],
        name: '沙坪坝区2027年度科普工作评价（向导）',
        key: 'weighted-wizard',
        backSchedule: {
          targetDate: '2027-12-31',
          phases: [
            { key: 'preparation', name: '筹备阶段', days: 30 },
            { key: 'creation', name: '创建阶段', days: 200 },
            { key: 'accreditation', name: '认定阶段', days: 60 },
          ],
        },
        ...extra,
      },
    });
    const PREVIEW_SET_UP = 'query($input: SetUpCampaignInput!) { previewCampaignSetUp(input: $input) { taskCount rulesWithoutTasks tasks { ruleCode departmentName role } } }';
    // Without an office department the organisation's own rules make no tasks, and the preview says which.
    const without = await t.gql(PREVIEW_SET_UP, design({}));
    expect(without.errors).toBeUndefined();
    const own = without.data!.previewCampaignSetUp.rulesWithoutTasks;
    expect(own.length).toBeGreaterThan(0);
    const withOffice = await t.gql(PREVIEW_SET_UP, design({ officeDepartmentId: kexie.id }));
    expect(withOffice.data!.previewCampaignSetUp.rulesWithoutTasks).toEqual([]);
    expect(withOffice.data!.previewCampaignSetUp.taskCount).toBe(without.data!.previewCampaignSetUp.taskCount + own.length);
    for (const code of own) {
      expect(withOffice.data!.previewCampaignSetUp.tasks.filter((task: any) => task.ruleCode === code)).toEqual([{ ruleCode: code, departmentName: '区科协', role: 'lead' }]);
    }
    const foreign = await t.gql(PREVIEW_SET_UP, design({ officeDepartmentId: '00000000-0000-4000-8000-000000000000' }));
    expect(foreign.errors?.[0].message).toContain('承担本单位工作的部门');

    const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }', design({ officeDepartmentId: kexie.id }));
    expect(setUp.errors).toBeUndefined();
    expect(setUp.data!.setUpCampaign.tasks).toBe(withOffice.data!.previewCampaignSetUp.taskCount);
    const scores = await t.gql('query($id: ID!) { campaignScores(campaignId: $id) { self { maxTotal scoringMode } } }', { id: setUp.data!.setUpCampaign.campaignId });
    expect(scores.data!.campaignScores.self).toEqual({ maxTotal: 100, scoringMode: 'weights' });

    // The campaign's tree screen reads every level in one flat list (table order, parentId), and
    // the elective group with its options, not chosen yet.
    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicatorNodes { id code level parentId electiveChosen electiveChoice { decided text } } } }', {
      id: setUp.data!.setUpCampaign.campaignId,
    });
    expect(tree.errors).toBeUndefined();
    const nodes = tree.data!.campaign.indicatorNodes;
    const idOf = Object.fromEntries(nodes.map((node: any) => [node.code, node.id]));
    expect(nodes.slice(0, 5).map((node: any) => [node.code, node.level, node.parentId])).toEqual([
      ['1', 1, null],
      ['1.1', 2, idOf['1']],
      ['1.1.1', 3, idOf['1.1']],
      ['1.1.1.1', 4, idOf['1.1.1']],
      ['1.1.1.2', 4, idOf['1.1.1']],
    ]);
    expect(Math.max(...nodes.map((node: any) => node.level))).toBe(4);
    expect(nodes.find((node: any) => node.code === '3')).toMatchObject({ electiveChoice: { decided: false, text: '选做：尚未选择，各项暂都计入（任选2项）' } });
    expect(nodes.find((node: any) => node.code === '3.1')).toMatchObject({ electiveChosen: null, electiveChoice: null });
  });
});

describe('campaigns on the general model: office tasks, verdicts, weights, export → re-import', () => {
  let t: TestApi;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('sets up, gives the 本单位 rule to the lead office, judges a rule and totals verdicts, never points', async () => {
    const parsed = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
    parsed.key = 'checklist-2026';
    parsed.campaign.name = '沙坪坝区2026年度科普工作检查';
    parsed.indicatorSystem = {
      key: 'checklist-2026',
      version: 1,
      name: '科普工作检查表',
      scoringMode: 'verdicts',
      indicators: [
        {
          code: 'A1',
          title: '组织机构健全',
          requirements: [{ code: 'A1-1', text: '建制证明' }],
          rules: [
            { text: '科协独立建制', points: 0, scoring: { kind: 'verdict' }, units: ['区教委'], note: '' },
            { text: '办公室自查并汇总', points: 0, scoring: { kind: 'verdict' }, units: [], organisationOwned: true, note: '' },
          ],
        },
      ],
    };
    const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }', { input: { template: stringify(parsed) } });
    expect(setUp.errors).toBeUndefined();
    const { campaignId, tasks } = setUp.data!.setUpCampaign;
    expect(tasks).toBe(2);
    const rows = await sql(
      `select r.code, d.name as department, t.role from task t join scoring_rule r on r.id = t.scoring_rule_id join department d on d.id = t.department_id where t.campaign_id = ? order by r.code`,
      [campaignId],
    );
    expect(rows).toEqual([
      { code: 'A1.1', department: '区教委', role: 'lead' },
      { code: 'A1.2', department: '区科协', role: 'lead' },
    ]);

    const [{ id: ruleId }] = await sql(
      `select r.id from scoring_rule r join indicator i on i.id = r.indicator_id join campaign c on c.indicator_system_id = i.system_id where c.id = ? and r.code = 'A1.1'`,
      [campaignId],
    );
    const SCORE =
      'mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { score { points value { verdict { verdict } } explanation } totals { scoringMode hasPoints verdict judgedRules verdictCounts { label count } } } }';
    const wrong = await t.gql(SCORE, { input: { campaignId, ruleId, source: 'self', value: { verdict: { verdict: '优秀' } }, comment: '自查' } });
    expect(wrong.errors?.[0].extensions?.['code']).toBe('VALIDATION');
    expect(wrong.errors?.[0].message).toContain('达标 / 基本达标 / 未达标');
    const judged = await t.gql(SCORE, { input: { campaignId, ruleId, source: 'self', value: { verdict: { verdict: '基本达标' } }, comment: '建制材料不全' } });
    expect(judged.errors).toBeUndefined();
    expect(judged.data!.scoreRule.score).toMatchObject({ points: 0, value: { verdict: { verdict: '基本达标' } }, explanation: '判定：基本达标' });
    expect(judged.data!.scoreRule.totals).toMatchObject({ scoringMode: 'verdicts', hasPoints: false, judgedRules: 1, verdict: null });
    expect(judged.data!.scoreRule.totals.verdictCounts).toEqual([
      { label: '达标', count: 0 },
      { label: '基本达标', count: 1 },
      { label: '未达标', count: 0 },
    ]);

    const [{ id: ownRuleId }] = await sql(
      `select r.id from scoring_rule r join indicator i on i.id = r.indicator_id join campaign c on c.indicator_system_id = i.system_id where c.id = ? and r.code = 'A1.2'`,
      [campaignId],
    );
    const second = await t.gql(SCORE, { input: { campaignId, ruleId: ownRuleId, source: 'self', value: { verdict: { verdict: '达标' } }, comment: '自查完成' } });
    expect(second.data!.scoreRule.totals).toMatchObject({ hasPoints: false, judgedRules: 2, verdict: '基本达标' });
    const sheet = await t.gql('query($id: ID!) { campaignScores(campaignId: $id) { indicators { code scored maxScore self selfVerdict expertVerdict } } }', { id: campaignId });
    expect(sheet.data!.campaignScores.indicators).toEqual([{ code: 'A1', scored: false, maxScore: null, self: 0, selfVerdict: '基本达标', expertVerdict: null }]);

    const indicators = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { code scored weight elective { min } scoringRules { code organisationOwned } } } }', { id: campaignId });
    expect(indicators.errors).toBeUndefined();
    expect(indicators.data!.campaign.indicators).toEqual([
      {
        code: 'A1',
        scored: false,
        weight: null,
        elective: null,
        scoringRules: [
          { code: 'A1.1', organisationOwned: false },
          { code: 'A1.2', organisationOwned: true },
        ],
      },
    ]);
  });

  it('sets up the weighted four-level system, totals it by weights out of 100, and its task table re-imports to the same tree', async () => {
    const read = await readIndicatorWorkbook(readFileSync(join(FIXTURES, 'ok/weighted-4-level.csv')), 'weighted-4-level.csv');
    const mapping = new Map([['各街道', '各镇街']]);
    const table = applyUnitMapping(read.table as IndicatorTable, mapping);
    const parsed = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
    parsed.key = 'weighted-2026';
    parsed.campaign.name = '沙坪坝区2026年度科普工作评价';
    parsed.indicatorSystem = { ...table, key: 'weighted-campaign-std', version: 1 };
    const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }', { input: { template: stringify(parsed) } });
    expect(setUp.errors).toBeUndefined();
    const { campaignId } = setUp.data!.setUpCampaign;

    const scores = await t.gql('query($id: ID!) { campaignScores(campaignId: $id) { self { maxTotal scoringMode hasPoints verdictCounts { label } } } }', { id: campaignId });
    expect(scores.errors).toBeUndefined();
    expect(scores.data!.campaignScores.self).toEqual({ maxTotal: 100, scoringMode: 'weights', hasPoints: true, verdictCounts: [] });
    const indicators = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { code weight scoringMode scored children { code weight children { code } } } } }', { id: campaignId });
    expect(indicators.data!.campaign.indicators.map((i: any) => [i.code, i.weight, i.scoringMode, i.scored])).toEqual([
      ['1', 0.3, 'weights', true],
      ['2', 0.3, null, true],
      ['3', 0.4, null, true],
    ]);
    // Office tasks for the rules of the organisation's own (本单位): they go to the lead office, 区科协.
    const own = await sql(
      `select count(*)::int as n from task t join scoring_rule r on r.id = t.scoring_rule_id join department d on d.id = t.department_id where t.campaign_id = ? and r.organisation_owned and d.name = '区科协'`,
      [campaignId],
    );
    expect(own[0].n).toBeGreaterThan(0);

    const office = await t.as('office');
    const response = await fetch(`${t.api.url}/api/campaigns/${campaignId}/export/task-table.xlsx`, { headers: { authorization: `Bearer ${office.token}` } });
    expect(response.status).toBe(200);
    const exported = Buffer.from(await response.arrayBuffer()).toString('base64');
    const IMPORT_IDS = `mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }`;
    const again = await t.gql(IMPORT_IDS, { input: { fileName: 'task-table.xlsx', key: 'weighted-again', name: table.name, contentBase64: exported } });
    expect(again.errors).toBeUndefined();
    const original = await t.gql(IMPORT_IDS, {
      input: { fileName: 'weighted-4-level.csv', key: 'weighted-original', contentBase64: base64('ok/weighted-4-level.csv'), unitMapping: [{ from: '各街道', to: '各镇街' }] },
    });
    expect(original.errors).toBeUndefined();
    const treeOf = async (id: string) => {
      const { key: _key, id: _id, source: _source, version: _version, ...rest } = (await t.gql(TREE, { id })).data!.indicatorTemplateVersion;
      return rest;
    };
    expect(await treeOf(again.data!.importIndicatorTable.systemId)).toEqual(await treeOf(original.data!.importIndicatorTable.systemId));
  });
});
