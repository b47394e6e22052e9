import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { readCampaignTemplate, readIndicatorWorkbook } from '@accredit/table-io';
import { docxParagraphs } from '../support/docx-text';
import { downloadName } from '../support/download-name';
import { uploadMultipart } from '../support/multipart-client';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const SCORE = 'mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { score { points } } }';
const IMPORT = 'mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId key version created ruleCount } }';

const template = readCampaignTemplate(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
if (!template.ok) throw new Error('the shipped template must read');
const SHAPINGBA = template.template.indicatorSystem;

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

describe('exports: the task table (.xlsx) and the self-assessment report (.docx)', () => {
  let t: TestApi;
  let dir: string;
  let campaignId: string;
  let officeToken: string;
  let rules: Record<string, string>;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;

  const download = async (path: string, token?: string): Promise<Download> => {
    const response = await fetch(`${t.api.url}/api/campaigns/${campaignId}/export/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };
  const selfScore = (gql: Gql, code: string, value: unknown, comment: string) => gql(SCORE, { input: { campaignId, ruleId: rules[code], source: 'self', value, comment } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-exports-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir } });
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.fork().getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    officeToken = (await t.as('office')).token;
    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { scoringRules { id code } } } }', { id: campaignId });
    rules = Object.fromEntries(tree.data!.campaign.indicators.flatMap((i: any) => i.scoringRules).map((r: any) => [r.code, r.id]));

    // Some work done: self scores with reasons, one rule's tasks approved, one task returned.
    expect((await selfScore(t.gql, '1.1', { fixed: { achieved: true } }, '区委已印发《深化科协改革实施方案》')).errors).toBeUndefined();
    expect((await selfScore(t.gql, '12.3', { perItem: { items: 3 } }, '承担科普日主场活动等3项')).errors).toBeUndefined();
    expect((await selfScore(t.gql, '3.1', { range: { points: 2.5 } }, '应急科普机制健全，覆盖各镇街')).errors).toBeUndefined();
    await sql(`update task set state = 'approved' where scoring_rule_id = ?`, [rules['1.1']]);
    await sql(`update task set due_on = '2099-12-31' where campaign_id = ?`, [campaignId]);

    // Evidence for 1-1, uploaded by the department's liaison through the evidence API.
    const kexie = await t.as('kexie');
    const mine = await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 50) { edges { node { id scoringRule { code } } } } }', { id: campaignId });
    const task = mine.data!.tasks.edges.find((e: any) => e.node.scoringRule.code === '1.5').node.id;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
    const uploaded = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: task, requirementCode: '1-3' }, [{ filename: '区科普工作协调机制文件（盖章版）.pdf', data: pdf }], {
      token: kexie.token,
    });
    expect(uploaded.status).toBe(201);
  });

  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('downloads the task table with a Chinese file name (RFC 5987) and the spreadsheet type', async () => {
    const file = await download('task-table.xlsx', officeToken);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = file.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename=task-table-\d{8}\.xlsx; filename\*=UTF-8''/);
    expect(downloadName(disposition)).toMatch(/^沙坪坝区创建2021—2025年度全国科普示范区-任务分解表-\d{8}\.xlsx$/);
    expect(file.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps the original layout, adds state, progress and scores, and reads back as the same system', async () => {
    const file = await download('task-table.xlsx', officeToken);
    const read = await readIndicatorWorkbook(file.body, 'task-table.xlsx');
    expect(read.problems).toEqual([]);
    expect(read.table?.indicators).toEqual(SHAPINGBA.indicators);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('任务分解表')!;
    expect(sheet.getCell('G3').value).toBe('已通过');
    expect(sheet.getCell('H3').value).toBe('区委办（牵头）：已通过');
    expect(sheet.getCell('I3').value).toBe(1);
    expect(sheet.getCell('J3').value).toBe('区委已印发《深化科协改革实施方案》');
    expect(String(sheet.getCell('G19').value)).toMatch(/^已通过 0\/\d+$/);
    expect(sheet.getCell('I19').value).toBe(2.5);
    expect(sheet.getCell('I58').value).toBe(7.5);
    const scores = workbook.getWorksheet('得分汇总')!;
    // 合计: 100 possible, 7.5 self-assessed, no expert score yet, 1 projected (only 1.1 is approved)
    expect(scores.getRow(14).values).toEqual([undefined, '合计', 100, 7.5, undefined, 1]);
    const departments = workbook.getWorksheet('各部门进度')!;
    expect(departments.getRow(1).values).toEqual([undefined, '部门', '任务数', '已通过', '已提交待审', '已退回', '未提交', '逾期', '完成率']);
    expect(departments.getRow(2).values).toEqual([undefined, '区委办', expect.any(Number), 1, 0, 0, expect.any(Number), 0, expect.stringMatching(/%$/)]);
  });

  it('gives the same system after import → export → import', async () => {
    const file = await download('task-table.xlsx', officeToken);
    const imported = await t.gql(IMPORT, { input: { fileName: '导出的任务分解表.xlsx', key: 'exported-task-table', contentBase64: file.body.toString('base64') } });
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importIndicatorTable).toMatchObject({ key: 'exported-task-table', version: 1, created: true, ruleCount: 55 });
    const rows = async (systemId: string) => ({
      indicators: await sql(`select code, title, max_score, level from indicator where system_id = ? order by sort_order`, [systemId]),
      requirements: await sql(
        `select i.code, r.code as requirement, r.text from evidence_requirement r join indicator i on i.id = r.indicator_id where i.system_id = ? order by i.sort_order, r.sort_order`,
        [systemId],
      ),
      rules: await sql(
        `select r.code, r.text, r.points, r.kind, r.params, r.note from scoring_rule r join indicator i on i.id = r.indicator_id where i.system_id = ? order by i.sort_order, r.sort_order`,
        [systemId],
      ),
      units: await sql(
        `select r.code, u.name, u.role, u.inherited, u.is_group from responsible_unit u join scoring_rule r on r.id = u.rule_id join indicator i on i.id = r.indicator_id where i.system_id = ? order by i.sort_order, r.sort_order, u.sort_order`,
        [systemId],
      ),
    });
    const [seeded] = await sql(`select id from indicator_system where kind = 'template' and key = 'shapingba-2021-2025' and version = 1`);
    expect(await rows(imported.data!.importIndicatorTable.systemId)).toEqual(await rows(seeded.id));
  });

  it('writes the self-assessment report: score and reason per rule, the evidence per requirement, the total', async () => {
    const file = await download('self-assessment.docx', officeToken);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(downloadName(file.headers.get('content-disposition'))).toMatch(/-自评报告-\d{8}\.docx$/);
    const text = await docxParagraphs(file.body);
    expect(text[0]).toBe('沙坪坝区创建2021—2025年度全国科普示范区自评报告');
    expect(text).toContain('自评总分：7.5 分（满分 100 分）；已自评 3/55 条评分规则。');
    expect(text).toContain('1. 党委和政府重视、制度健全（分值 18 分，自评 1 分）');
    expect(text).toContain('区委已印发《深化科协改革实施方案》');
    expect(text).toContain('（3 项 × 2 分 = 6 分，最高 4 分，得 4 分）');
    expect(text.find((line) => line.startsWith('1. 区科普工作协调机制文件（盖章版）.pdf（区科协，'))).toBeTruthy();
    const requirement13 = text.indexOf(text.find((line) => line.startsWith('1-3 '))!);
    expect(text[requirement13 + 1]).toMatch(/^1\. 区科普工作协调机制文件/);
  });

  it('refuses liaisons and strangers with JSON errors, and finds no other campaign', async () => {
    const kexie = await t.as('kexie');
    const forbidden = await download('task-table.xlsx', kexie.token);
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.body.toString())).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/[\u4e00-\u9fa5]/) }] });
    expect((await download('self-assessment.docx')).status).toBe(401);
    const supervisor = await t.as('supervisor');
    expect((await download('self-assessment.docx', supervisor.token)).status).toBe(200);
    const expert = await t.as('expert');
    expect((await download('task-table.xlsx', expert.token)).status).toBe(200);

    const missing = await fetch(`${t.api.url}/api/campaigns/00000000-0000-4000-8000-000000000000/export/task-table.xlsx`, { headers: { authorization: `Bearer ${officeToken}` } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    const malformed = await fetch(`${t.api.url}/api/campaigns/not-an-id/export/task-table.xlsx`, { headers: { authorization: `Bearer ${officeToken}` } });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await malformed.json())).not.toMatch(/node_modules|\bat [\w.]+ \(/);
  });
});
