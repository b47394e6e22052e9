import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, startTestApi } from '../support/test-api';

const FIXTURES = join(__dirname, '../fixtures/tables');
const base64 = (path: string) => readFileSync(join(FIXTURES, path)).toString('base64');
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const PREVIEW = `mutation($input: IndicatorTableFileInput!) {
  previewIndicatorTable(input: $input) {
    ok layout sheet name key totalScore indicatorCount ruleCount requirementCount
    indicators { code title level maxScore rules requirements }
    problems { code severity sheet row column field message }
    unknownUnits { name cells suggestions { name kind score } }
  }
}`;
const IMPORT = `mutation($input: ImportIndicatorTableInput!) {
  importIndicatorTable(input: $input) { systemId key version name created indicatorCount ruleCount requirementCount warnings { code message } }
}`;

/** A stored system as comparable rows: indicators, requirements, rules with params, units with roles. */
async function systemRows(sql: (text: string, params?: unknown[]) => Promise<any[]>, systemId: string) {
  const indicators = await sql(
    `select i.code, i.title, i.max_score, i.level, p.code as parent from indicator i left join indicator p on p.id = i.parent_id where i.system_id = ? order by i.level, i.sort_order`,
    [systemId],
  );
  const requirements = await sql(
    `select i.code as indicator, r.code, r.text from evidence_requirement r join indicator i on i.id = r.indicator_id where i.system_id = ? order by i.code, r.sort_order`,
    [systemId],
  );
  const rules = await sql(`select r.code, r.text, r.points, r.kind, r.params, r.note from scoring_rule r join indicator i on i.id = r.indicator_id where i.system_id = ? order by r.code`, [systemId]);
  const units = await sql(
    `select r.code, u.name, u.role, u.inherited, u.is_group, u.sort_order from responsible_unit u join scoring_rule r on r.id = u.rule_id join indicator i on i.id = r.indicator_id where i.system_id = ? order by r.code, u.sort_order`,
    [systemId],
  );
  return { indicators, requirements, rules, units };
}

describe('indicator tables: preview with problems by position, import as a template, round trip', () => {
  let t: TestApi;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let seededTemplateId: string;

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    [{ id: seededTemplateId }] = await sql(`select id from indicator_system where kind = 'template' and key = 'shapingba-2021-2025' and version = 1`);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('previews the shipped Shapingba .xlsx: 12 indicators, 55 rules, 38 requirements, 100 points, no problems', async () => {
    const result = await t.gql(PREVIEW, { input: { fileName: 'shapingba-2021-2025.xlsx', contentBase64: base64('ok/shapingba-2021-2025.xlsx') } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.previewIndicatorTable).toMatchObject({
      ok: true,
      layout: 'two_level',
      sheet: '任务分解表',
      name: '沙坪坝区创建2021—2025年度全国科普示范区任务分解表',
      key: 'shapingba-2021-2025',
      totalScore: 100,
      indicatorCount: 12,
      ruleCount: 55,
      requirementCount: 38,
      problems: [],
      unknownUnits: [],
    });
    expect(result.data!.previewIndicatorTable.indicators[8]).toEqual({ code: '9', title: '广泛动员社会资源开展科普活动', level: 1, maxScore: 6, rules: 3, requirements: 3 });
  });

  it('imports it as a template that is the same system as the seeded one (units, roles, inheritance, kinds)', async () => {
    const [{ n: before }] = await sql(`select count(*)::int as n from indicator_system`);
    const result = await t.gql(IMPORT, { input: { fileName: 'shapingba-2021-2025.xlsx', contentBase64: base64('ok/shapingba-2021-2025.xlsx') } });
    expect(result.errors).toBeUndefined();
    const imported = result.data!.importIndicatorTable;
    // The seed stored version 1 from the YAML (with its source line); the table is a new version of the same key.
    expect(imported).toMatchObject({ key: 'shapingba-2021-2025', version: 2, created: true, indicatorCount: 12, ruleCount: 55, requirementCount: 38, warnings: [] });
    expect(await sql(`select count(*)::int as n from indicator_system`)).toEqual([{ n: before + 1 }]);
    expect(await systemRows(sql, imported.systemId)).toEqual(await systemRows(sql, seededTemplateId));

    // The same content again stores nothing and links the version the importer already has.
    const again = await t.gql('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId version created system { id version name own } } }', {
      input: { fileName: 'shapingba-2021-2025.xlsx', contentBase64: base64('ok/shapingba-2021-2025.xlsx') },
    });
    expect(again.data!.importIndicatorTable).toMatchObject({ systemId: imported.systemId, version: 2, created: false, system: { id: imported.systemId, version: 2, name: imported.name, own: true } });
  });

  it('reads the rule kinds from the texts when the table has only the six original columns', async () => {
    const result = await t.gql(IMPORT, { input: { fileName: 'shapingba-original.csv', key: 'shapingba-original', contentBase64: base64('ok/shapingba-2021-2025-original.csv') } });
    expect(result.errors).toBeUndefined();
    const rows = await systemRows(sql, result.data!.importIndicatorTable.systemId);
    expect(rows).toEqual(await systemRows(sql, seededTemplateId));
  });

  it('imports the 2016–2020 national three-level table without points (a checklist: one verdict rule per criterion)', async () => {
    for (const file of ['ok/national-2016-2020-abc.csv', 'ok/national-2016-2020-abc.xlsx']) {
      const preview = await t.gql(PREVIEW, { input: { fileName: file.split('/')[1], contentBase64: base64(file) } });
      expect(preview.data!.previewIndicatorTable).toMatchObject({ ok: true, layout: 'multi_level', totalScore: null, indicatorCount: 76, ruleCount: 52, requirementCount: 52, problems: [] });
    }
    const result = await t.gql(IMPORT, { input: { fileName: 'national-2016-2020-abc.csv', key: 'national-2016-2020', contentBase64: base64('ok/national-2016-2020-abc.csv') } });
    expect(result.data!.importIndicatorTable).toMatchObject({ key: 'national-2016-2020', version: 1, created: true, indicatorCount: 76 });
    const rows = await systemRows(sql, result.data!.importIndicatorTable.systemId);
    expect(rows.indicators.filter((i: any) => i.level === 1).map((i: any) => i.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(rows.indicators.filter((i: any) => i.level === 3)).toHaveLength(51);
    expect(rows.indicators.find((i: any) => i.code === 'C38')).toMatchObject({ parent: 'B14', max_score: null });
    expect(rows.requirements.find((r: any) => r.indicator === 'C4').text).toContain('\n');
    expect(new Set(rows.rules.map((r: any) => `${r.kind} ${r.points}`))).toEqual(new Set(['verdict 0.00']));
    expect(rows.units).toEqual([]);
    const [system] = await sql(`select total_score, name from indicator_system where id = ?`, [result.data!.importIndicatorTable.systemId]);
    expect(system).toEqual({ total_score: null, name: '2016-2020年全国科普示范县（市、区）示范期工作情况表' });
  });

  it('lists every problem of a damaged table by sheet, row and column, and offers a department for an unknown unit', async () => {
    const result = await t.gql(PREVIEW, { input: { fileName: 'shapingba-problems.xlsx', contentBase64: base64('not-ok/shapingba-problems.xlsx') } });
    const preview = result.data!.previewIndicatorTable;
    expect(preview.ok).toBe(false);
    expect(preview.problems.map((p: any) => `${p.code}@${p.row}${p.column}`)).toEqual([
      'SUBTOTAL_MISMATCH@3C',
      'UNKNOWN_UNIT@16E',
      'MISSING_POINTS@19C',
      'MISSING_POINTS@19D',
      'BAD_PARAMS@20H',
      'TOTAL_MISMATCH@58C',
    ]);
    expect(preview.problems[0]).toEqual({
      code: 'SUBTOTAL_MISMATCH',
      severity: 'error',
      sheet: '任务分解表',
      row: 3,
      column: 'C',
      field: '分值',
      message: '指标 1 的分值 17 与其评分规则合计 18 不一致',
    });
    expect(preview.unknownUnits).toHaveLength(1);
    expect(preview.unknownUnits[0]).toMatchObject({ name: '区委组织部门', cells: ['E16'] });
    expect(preview.unknownUnits[0].suggestions[0]).toMatchObject({ name: '区委组织部', kind: 'department' });
  });

  it('refuses to import a table with problems, saying where, and saves nothing', async () => {
    const [{ n: before }] = await sql(`select count(*)::int as n from indicator`);
    const result = await t.gql(IMPORT, {
      input: { fileName: 'shapingba-problems.xlsx', key: 'broken', contentBase64: base64('not-ok/shapingba-problems.xlsx'), unitMapping: [{ from: '区委组织部门', to: '区委组织部' }] },
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'TABLE_HAS_PROBLEMS' } } });
    expect(result.errors?.[0].message).toContain('指标体系表有 5 处问题，未导入');
    expect(result.errors?.[0].message).toContain('「任务分解表」第 3 行 C 列（分值）：指标 1 的分值 17 与其评分规则合计 18 不一致');
    const details = result.errors?.[0].extensions?.['details'] as { problems: { code: string }[] };
    expect(details.problems.map((p) => p.code)).not.toContain('UNKNOWN_UNIT');
    expect(await sql(`select count(*)::int as n from indicator`)).toEqual([{ n: before }]);
    expect(await sql(`select count(*)::int as n from indicator_system where key = 'broken'`)).toEqual([{ n: 0 }]);
  });

  it('maps an unknown unit onto an existing department on import, and refuses a mapping to nowhere', async () => {
    const table = csv('指标,相关指标考察内容,分值,评分规则,责任单位\n1.组织领导,1-1.方案,60,有实施方案60分,区委组织部门\n2.经费保障,2-1.预算,40,视情况得0-40分,各镇街、区财政局\n合计,,100,,\n');
    const preview = await t.gql(PREVIEW, { input: { fileName: '小表.csv', contentBase64: table } });
    expect(preview.data!.previewIndicatorTable.problems.map((p: any) => `${p.code}@${p.row}${p.column}`)).toEqual(['UNKNOWN_UNIT@2E']);
    expect(preview.data!.previewIndicatorTable.unknownUnits[0].suggestions[0].name).toBe('区委组织部');

    const unmapped = await t.gql(IMPORT, { input: { fileName: '小表.csv', contentBase64: table } });
    expect(unmapped.errors?.[0].message).toContain('第 2 行 E 列（责任单位）：责任单位「区委组织部门」不是本单位已有的部门或部门组');
    const nowhere = await t.gql(IMPORT, { input: { fileName: '小表.csv', contentBase64: table, unitMapping: [{ from: '区委组织部门', to: '组织部' }] } });
    expect(nowhere.errors?.[0]).toMatchObject({
      extensions: { code: 'VALIDATION', details: { reason: 'BAD_UNIT_MAPPING' } },
      message: expect.stringContaining('「组织部」不是本单位已有的部门或部门组'),
    });

    const mapped = await t.gql(IMPORT, { input: { fileName: '小表.csv', contentBase64: table, unitMapping: [{ from: '区委组织部门', to: '区委组织部' }] } });
    expect(mapped.errors).toBeUndefined();
    expect(mapped.data!.importIndicatorTable).toMatchObject({ key: '小表', name: '小表', version: 1, ruleCount: 2 });
    const rows = await systemRows(sql, mapped.data!.importIndicatorTable.systemId);
    expect(rows.units.map((u: any) => [u.code, u.name, u.role, u.is_group])).toEqual([
      ['1.1', '区委组织部', 'lead', false],
      ['2.1', '各镇街', 'lead', true],
      ['2.1', '区财政局', 'support', false],
    ]);
    expect(rows.rules[1]).toMatchObject({ kind: 'range', params: { kind: 'range', min: 0, max: 40 } });
  });

  it('warns, and still imports, when the total is not 100', async () => {
    const result = await t.gql(IMPORT, { input: { fileName: 'ninety.csv', contentBase64: csv('指标,分值,评分规则,责任单位\n1.组织,90,有方案90分,区科协\n') } });
    expect(result.data!.importIndicatorTable).toMatchObject({ created: true, warnings: [{ code: 'TOTAL_NOT_100', message: expect.stringContaining('总分为 90 分') }] });
  });

  it('refuses a changed table under an existing version with CONFLICT and saves nothing', async () => {
    const result = await t.gql(IMPORT, { input: { fileName: 'ninety.csv', version: 1, contentBase64: csv('指标,分值,评分规则,责任单位\n1.组织领导,90,有方案90分,区科协\n') } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('已存在且内容不同') });
    expect(await sql(`select count(*)::int as n from indicator_system where key = 'ninety'`)).toEqual([{ n: 1 }]);
  });

  it('answers bad files and bad input with clear errors, never a stack trace', async () => {
    const notBase64 = await t.gql(PREVIEW, { input: { fileName: 'a.xlsx', contentBase64: '这不是base64' } });
    expect(notBase64.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'FILE_NOT_BASE64' } } });
    const noName = await t.gql(PREVIEW, { input: { fileName: '  ', contentBase64: '' } });
    expect(noName.errors?.[0].message).toContain('请提供文件名');
    const xls = await t.gql(PREVIEW, { input: { fileName: '旧表.xls', contentBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]).toString('base64') } });
    expect(xls.data!.previewIndicatorTable).toMatchObject({ ok: false, layout: null, problems: [{ code: 'UNSUPPORTED_FILE', row: 0, message: expect.stringContaining('另存为') }] });
    const fake = await t.gql(PREVIEW, { input: { fileName: 'a.xlsx', contentBase64: Buffer.from('PK\u0003\u0004 not a zip').toString('base64') } });
    expect(fake.data!.previewIndicatorTable.problems[0]).toMatchObject({ code: 'UNREADABLE_FILE' });
    const badKey = await t.gql(IMPORT, { input: { fileName: 'a.csv', key: '../etc', contentBase64: csv('指标,分值,评分规则,责任单位\n1.组织,100,有方案100分,区科协\n') } });
    expect(badKey.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'BAD_TEMPLATE_KEY' } } });
    for (const result of [notBase64, noName, badKey]) expect(JSON.stringify(result)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('leaves import to the office admin', async () => {
    for (const user of ['kexie', 'supervisor', 'expert']) {
      const gql = await t.as(user);
      const result = await gql(PREVIEW, { input: { fileName: 'a.csv', contentBase64: '' } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('indicator tables over plain HTTP (files too large for a GraphQL request)', () => {
  let t: TestApi;
  let token: string;
  const post = (path: string, query: Record<string, string>, body: Buffer, options: { token?: string; type?: string } = {}) =>
    fetch(`${t.api.url}/api/indicator-tables/${path}?${new URLSearchParams(query)}`, {
      method: 'POST',
      headers: { 'content-type': options.type ?? 'application/octet-stream', ...(options.token !== '' ? { authorization: `Bearer ${options.token ?? token}` } : {}) },
      body,
    });

  beforeAll(async () => {
    t = await startTestApi();
    token = (await t.as('office')).token;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('previews and imports a table of several hundred KB, which GraphQL refuses', async () => {
    // The original six columns plus a long 说明 column the reader does not read (and says so): ~400 KB.
    const original = readFileSync(join(FIXTURES, 'ok/shapingba-2021-2025-original.csv'), 'utf8').split('\r\n');
    const padded = Buffer.from(original.map((line, i) => (line ? `${line},${i === 1 ? '说明' : '"' + '填写说明'.repeat(2500) + '"'}` : line)).join('\r\n'), 'utf8');
    expect(padded.length).toBeGreaterThan(300_000);
    const viaGraphql = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PREVIEW, variables: { input: { fileName: 'big.csv', contentBase64: padded.toString('base64') } } }),
    });
    expect(viaGraphql.status).toBe(413);

    const preview = await post('preview', { fileName: '大表.csv' }, padded);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({
      ok: true,
      layout: 'two_level',
      indicatorCount: 12,
      ruleCount: 55,
      totalScore: 100,
      problems: [{ code: 'UNKNOWN_COLUMN', severity: 'warning', row: 2, column: 'G', field: '说明' }],
    });
    const imported = await post('import', { fileName: '大表.csv', key: 'big-table', unitMapping: '[]' }, padded);
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ key: 'big-table', version: 1, created: true, ruleCount: 55 });
  });

  it('answers problems and refusals as JSON errors with stable codes', async () => {
    const problems = await post('import', { fileName: 'shapingba-problems.xlsx' }, readFileSync(join(FIXTURES, 'not-ok/shapingba-problems.xlsx')));
    expect(problems.status).toBe(400);
    expect(await problems.json()).toMatchObject({ errors: [{ extensions: { code: 'VALIDATION', details: { reason: 'TABLE_HAS_PROBLEMS', problems: expect.any(Array) } } }] });
    const badType = await post('preview', { fileName: 'a.csv' }, Buffer.from('指标,评分规则\n'), { type: 'text/plain' });
    expect(badType.status).toBe(400);
    expect(((await badType.json()) as any).errors[0].message).toContain('application/octet-stream');
    const tooBig = await post('preview', { fileName: 'a.csv' }, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toMatchObject({ errors: [{ extensions: { code: 'VALIDATION', details: { reason: 'FILE_TOO_LARGE' } } }] });
    const badMapping = await post('import', { fileName: 'a.csv', unitMapping: '{oops' }, Buffer.from('指标,评分规则\n'));
    expect(((await badMapping.json()) as any).errors[0].extensions.details.reason).toBe('BAD_UNIT_MAPPING');
    expect((await post('preview', { fileName: 'a.csv' }, Buffer.from('x'), { token: '' })).status).toBe(401);
    const kexie = await t.as('kexie');
    expect((await post('preview', { fileName: 'a.csv' }, Buffer.from('x'), { token: kexie.token })).status).toBe(403);
  });
});
