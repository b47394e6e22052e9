import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCampaignTemplate } from '../read-campaign-template';
import { readIndicatorWorkbook } from '../indicator-table/read-indicator-workbook';
import { docxParagraphs, readZipEntry } from '../testing/docx-paragraphs';
import type { ExportRule, ExportScore, TaskTableExport } from './task-table-export';
import { chineseDate, electiveCellText } from './task-table-export';
import { departmentProgressText, ruleStatusText, writeTaskTableWorkbook } from './write-task-table-workbook';
import { evidenceKey, writeSelfAssessmentReport } from './write-self-assessment-report';

const template = readCampaignTemplate(readFileSync(join(__dirname, '../../../campaign-setup/templates/shapingba-2021-2025.yaml'), 'utf8'));
if (!template.ok) throw new Error('template');
const TABLE = template.template.indicatorSystem;
const AT = new Date('2022-11-20T02:00:00Z');
const score = (points: number, comment: string): ExportScore => ({ points, comment, explanation: `得 ${points} 分`, scoredBy: 'office', scoredAt: AT });

const RULES = new Map<string, ExportRule>([
  [
    '1.1',
    {
      tasks: [{ department: '区委办', role: 'lead', state: 'approved', stateLabel: '已通过', approved: true, returned: false, late: false }],
      self: score(1, '已出台实施方案'),
      expert: score(1, '属实'),
    },
  ],
  [
    '3.1',
    {
      tasks: [
        { department: '区科协', role: 'lead', state: 'approved', stateLabel: '已通过', approved: true, returned: false, late: false },
        { department: '小龙坎街道', role: 'support', state: 'returned', stateLabel: '已退回', approved: false, returned: true, late: true },
      ],
      self: score(2.5, '应急科普机制健全'),
      expert: null,
    },
  ],
]);

const EXPORT: TaskTableExport = {
  title: '沙坪坝区创建2021—2025年度全国科普示范区任务分解表',
  organisation: '重庆市沙坪坝区',
  generatedAt: AT,
  table: TABLE,
  rules: RULES,
  indicators: new Map([
    ['1', { self: 1, expert: 1, projected: 1 }],
    ['3', { self: 2.5, expert: null, projected: 0 }],
  ]),
  totals: { max: 100, self: 3.5, expert: 1, projected: 1, vetoed: false, vetoReasons: [], selfScoredRules: 2, rules: 55 },
  departments: [{ department: '区科协', tasks: 10, approved: 4, submitted: 2, returned: 1, open: 3, late: 2 }],
};

describe('task table export (.xlsx)', () => {
  it('summarises a rule’s state and each department’s progress', () => {
    expect(ruleStatusText(RULES.get('1.1'))).toBe('已通过');
    expect(ruleStatusText(RULES.get('3.1'))).toBe('已通过 1/2，逾期 1，退回 1');
    expect(ruleStatusText(undefined)).toBe('无任务');
    expect(departmentProgressText(RULES.get('3.1'))).toBe('区科协（牵头）：已通过\n小龙坎街道（配合）：已退回（逾期）');
  });

  it('keeps the original layout, adds state, progress and score columns, and reads back as the same system', async () => {
    const buffer = await writeTaskTableWorkbook(EXPORT);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['任务分解表', '得分汇总', '各部门进度']);
    const sheet = workbook.getWorksheet('任务分解表') as ExcelJS.Worksheet;
    expect((sheet.getRow(2).values as unknown[]).slice(1, 13)).toEqual([
      '指标',
      '相关指标考察内容',
      '分值',
      '评分规则',
      '责任单位',
      '备注',
      '状态',
      '各部门进度',
      '自评得分',
      '自评理由',
      '专家评分',
      '专家意见',
    ]);
    expect(sheet.getCell('A3').value).toBe('1.党委和政府重视、制度健全');
    expect(sheet.getCell('I3').value).toBe(1);
    expect(sheet.getCell('J3').value).toBe('已出台实施方案');
    expect(sheet.getCell('G19').value).toBe('已通过 1/2，逾期 1，退回 1');
    expect(sheet.getCell('I19').value).toBe(2.5);
    expect(sheet.getCell('A58').value).toBe('合计');
    expect(sheet.getCell('I58').value).toBe(3.5);
    const scores = workbook.getWorksheet('得分汇总') as ExcelJS.Worksheet;
    expect(scores.getRow(14).values).toEqual([undefined, '合计', 100, 3.5, 1, 1]);
    expect((workbook.getWorksheet('各部门进度') as ExcelJS.Worksheet).getRow(2).values).toEqual([undefined, '区科协', 10, 4, 2, 1, 3, 2, '40%']);

    const again = await readIndicatorWorkbook(buffer, '任务分解表.xlsx');
    expect(again.problems).toEqual([]);
    expect(again.table?.indicators).toEqual(TABLE.indicators);
  });

  it('marks a vetoed campaign on the score sheet', async () => {
    const buffer = await writeTaskTableWorkbook({ ...EXPORT, totals: { ...EXPORT.totals, vetoed: true, vetoReasons: ['辖区内近三年发生恶劣影响的迷信、伪科学活动'] } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(String((workbook.getWorksheet('得分汇总') as ExcelJS.Worksheet).getCell('A15').value)).toContain('一票否决');
  });
});

describe('self-assessment report (.docx)', () => {
  it('lists per indicator and rule the score and the reason, the evidence per requirement, and the total', async () => {
    const buffer = await writeSelfAssessmentReport({
      title: '沙坪坝区创建全国科普示范区自评报告',
      organisation: '重庆市沙坪坝区',
      generatedAt: AT,
      table: TABLE,
      scores: new Map([...RULES].flatMap(([code, rule]) => (rule.self ? [[code, rule.self] as const] : []))),
      indicatorScores: new Map([
        ['1', 1],
        ['3', 2.5],
      ]),
      totals: EXPORT.totals,
      evidence: new Map([[evidenceKey('1', '1-1'), [{ name: '深化改革实施方案（盖章版）.pdf', department: '区委办', uploadedAt: AT }]]]),
    });
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    expect((await readZipEntry(buffer, '[Content_Types].xml'))?.toString()).toContain('wordprocessingml');
    const text = await docxParagraphs(buffer);
    expect(text[0]).toBe('沙坪坝区创建全国科普示范区自评报告');
    expect(text).toContain(`重庆市沙坪坝区\u3000${chineseDate(AT)}`);
    expect(text).toContain('自评总分：3.5 分（满分 100 分）；已自评 2/55 条评分规则。');
    expect(text).toContain('1. 党委和政府重视、制度健全（分值 18 分，自评 1 分）');
    expect(text).toContain('1.1 深化改革实施方案1分');
    expect(text).toContain('已出台实施方案');
    expect(text).toContain('1. 深化改革实施方案（盖章版）.pdf（区委办，2022年11月20日上传）');
    expect(text.filter((line) => line === '（暂无佐证材料）').length).toBe(37);
    expect(text).toContain('尚未自评');
  });

  it('states a veto prominently', async () => {
    const buffer = await writeSelfAssessmentReport({
      title: 'T',
      organisation: 'O',
      generatedAt: AT,
      table: TABLE,
      scores: new Map(),
      indicatorScores: new Map(),
      evidence: new Map(),
      totals: { ...EXPORT.totals, vetoed: true, vetoReasons: ['辖区内近三年发生恶劣影响的迷信、伪科学活动'] },
    });
    expect((await docxParagraphs(buffer)).some((line) => line.startsWith('一票否决：辖区内近三年发生恶劣影响的迷信、伪科学活动'))).toBe(true);
  });
});

describe('a checklist in the exports: verdicts, never points', () => {
  it('writes verdicts per rule and per indicator in the task table and the report, and no 0 分', async () => {
    const national = await readIndicatorWorkbook(readFileSync(join(__dirname, '../../../../tests/fixtures/tables/ok/national-2016-2020-abc.csv')), 'national.csv');
    const table = national.table as NonNullable<typeof national.table>;
    const verdict = (value: string): ExportScore => ({ ...score(0, '已纳入“十四五”规划'), explanation: `判定：${value}`, verdict: value });
    const totals = { max: 0, self: 0, expert: null, projected: 0, vetoed: false, vetoReasons: [], selfScoredRules: 1, rules: 52, selfVerdict: null };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeTaskTableWorkbook({
        ...EXPORT,
        table,
        rules: new Map([['C1.1', { tasks: [], self: verdict('达标'), expert: null }]]),
        indicators: new Map([['C1', { self: 0, expert: null, projected: 0, selfVerdict: '达标' }]]),
        totals,
      })) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['任务分解表', '判定汇总', '各部门进度']);
    const sheet = workbook.getWorksheet('任务分解表') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(sheet.getCell(4, headers.indexOf('自评判定') + 1).value).toBe('达标');
    expect(headers).not.toContain('自评得分');
    const summary = workbook.getWorksheet('判定汇总') as ExcelJS.Worksheet;
    expect(summary.getRow(5).values).toEqual([undefined, '    C1.将公民科学素质建设纳入当地经济社会发展总体规划', '达标']);

    const text = await docxParagraphs(
      await writeSelfAssessmentReport({
        title: '示范期工作情况自评',
        organisation: 'O',
        generatedAt: AT,
        table,
        scores: new Map([['C1.1', verdict('达标')]]),
        indicatorScores: new Map(),
        indicatorVerdicts: new Map([['C1', '达标']]),
        evidence: new Map(),
        totals,
      }),
    );
    expect(text).toContain('自评判定：尚未完成；已判定 1/52 条。');
    expect(text).toContain('一、判定汇总');
    expect(text.some((line) => line.includes('0 分'))).toBe(false);
  });
});

describe('chineseDate', () => {
  it('writes dates the Chinese way, in China’s time zone', () => {
    expect(chineseDate(new Date('2022-04-13T00:00:00+08:00'))).toBe('2022年4月13日');
    expect(chineseDate(new Date('2022-04-12T17:00:00Z'))).toBe('2022年4月13日');
  });
});

describe('elective choices in the exports', () => {
  it('writes a group as chosen (who, when), an option as 已选 or 未选, and nothing for other indicators', () => {
    const scores = { self: 0, expert: null, projected: 0 };
    expect(electiveCellText({ ...scores, electiveChoice: { text: '选做：已选 2 项（任选2项）', chosenBy: '区科协办公室', chosenAt: AT } })).toBe(
      '选做：已选 2 项（任选2项）；区科协办公室于2022年11月20日选定',
    );
    expect(electiveCellText({ ...scores, electiveChoice: { text: '选做：尚未选择，各项暂都计入（任选2项）', chosenBy: null, chosenAt: null } })).toBe('选做：尚未选择，各项暂都计入（任选2项）');
    expect(electiveCellText({ ...scores, chosen: true })).toBe('已选');
    expect(electiveCellText({ ...scores, chosen: false, unchosen: true })).toBe('未选（不计分）');
    expect(electiveCellText({ ...scores, chosen: null })).toBeNull();
    expect(electiveCellText(undefined)).toBeNull();
  });
});
