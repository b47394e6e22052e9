import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCampaignTemplate } from '../read-campaign-template';
import type { IndicatorTable, TableIndicator } from '../indicator-table';
import { readIndicatorWorkbook } from './read-indicator-workbook';
import { writeIndicatorWorkbook } from './write-indicator-workbook';

const FIXTURES = join(__dirname, '../../../../tests/fixtures/tables');
const fixture = (path: string) => readFileSync(join(FIXTURES, path));
const template = readCampaignTemplate(readFileSync(join(__dirname, '../../../campaign-setup/templates/shapingba-2021-2025.yaml'), 'utf8'));
if (!template.ok) throw new Error('the shipped template must read');
const SHAPINGBA = template.template.indicatorSystem;
const csv = (text: string) => Buffer.from(text, 'utf8');

const count = (indicators: TableIndicator[]): number => indicators.reduce((n, i) => n + 1 + count(i.children ?? []), 0);
const byCode = (result: { problems: { code: string; sheet: string; row: number; column: string; field: string; message: string; severity: string }[] }) =>
  result.problems.map((p) => `${p.code}@${p.row}${p.column}`);

describe('readIndicatorWorkbook: the shipped examples', () => {
  it('reads the Shapingba .xlsx back to exactly the template’s indicator system', async () => {
    const result = await readIndicatorWorkbook(fixture('ok/shapingba-2021-2025.xlsx'), 'shapingba-2021-2025.xlsx');
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, layout: 'two-level', sheet: '任务分解表' });
    expect(result.table).toEqual({ ...SHAPINGBA, key: 'shapingba-2021-2025', version: 1, source: undefined });
  });

  it('reads the six original columns alone (blank merged cells, no 计分参数): points and kinds from the rule texts', async () => {
    const result = await readIndicatorWorkbook(fixture('ok/shapingba-2021-2025-original.csv'), 'shapingba-2021-2025-original.csv');
    expect(result.problems).toEqual([]);
    expect(result.table?.indicators).toEqual(SHAPINGBA.indicators);
    expect(result.table?.totalScore).toBe(100);
    expect(result.table?.name).toBe(SHAPINGBA.name);
  });

  it('lists every unit with the cells naming it', async () => {
    const result = await readIndicatorWorkbook(fixture('ok/shapingba-2021-2025.xlsx'), 'x.xlsx');
    const towns = result.units.find((unit) => unit.name === '各镇街');
    expect(towns?.cells).toEqual(['E19', 'E22', 'E36', 'E41']);
    expect(result.units.find((unit) => unit.name === '区委办')?.rows[0]).toBe(3);
  });

  it('reads the 2016–2020 national three-level table (A/B/C, no points) as a checklist, from .csv and .xlsx alike', async () => {
    const fromCsv = await readIndicatorWorkbook(fixture('ok/national-2016-2020-abc.csv'), 'national-2016-2020-abc.csv');
    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.layout).toBe('multi-level');
    const table = fromCsv.table as IndicatorTable;
    expect(table.name).toBe('2016-2020年全国科普示范县（市、区）示范期工作情况表');
    expect(table).toMatchObject({ totalScore: null, scoringMode: 'verdicts' });
    expect(table.indicators.map((a) => a.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(table.indicators.flatMap((a) => a.children ?? []).map((b) => b.code)).toEqual(Array.from({ length: 20 }, (_, i) => `B${i + 1}`));
    expect(count(table.indicators)).toBe(5 + 20 + 51);
    // No points anywhere: every criterion (A1 and C1–C51) is one rule judged 达标 / 基本达标 / 未达标, the organisation's own work.
    const a1 = table.indicators[0];
    expect(a1).toMatchObject({ maxScore: null, requirements: [{ code: 'A1-1', text: expect.stringContaining('有关情况') }] });
    expect(a1.rules).toEqual([{ text: a1.title, points: 0, scoring: { kind: 'verdict' }, units: [], note: '' }]);
    expect(a1.children).toBeUndefined();
    const leaves = (indicators: TableIndicator[]): TableIndicator[] => indicators.flatMap((i) => (i.children ? leaves(i.children) : [i]));
    expect(leaves(table.indicators).map((leaf) => leaf.rules.length)).toEqual(Array(52).fill(1));
    expect(table.indicators[1].rules).toEqual([]);
    const c4 = table.indicators[1].children?.[0].children?.[3];
    expect(c4).toMatchObject({ code: 'C4', title: '党政领导积极参加科普活动，党政领导每年听取科普工作汇报' });
    expect(c4?.requirements[0].text.split('\n')).toHaveLength(2);
    const c24 = table.indicators[3].children?.[0].children?.[0];
    expect(c24?.code).toBe('C24');

    const fromXlsx = await readIndicatorWorkbook(fixture('ok/national-2016-2020-abc.xlsx'), 'national-2016-2020-abc.xlsx');
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.table?.indicators).toEqual(table.indicators);
  });
});

describe('readIndicatorWorkbook: round trips', () => {
  it('gives the same system after write → read (two-level)', async () => {
    const read = await readIndicatorWorkbook(await writeIndicatorWorkbook(SHAPINGBA), 'again.xlsx');
    expect(read.table?.indicators).toEqual(SHAPINGBA.indicators);
  });

  it('gives the same system after write → read (three-level)', async () => {
    const first = await readIndicatorWorkbook(fixture('ok/national-2016-2020-abc.csv'), 'n.csv');
    const again = await readIndicatorWorkbook(await writeIndicatorWorkbook(first.table as IndicatorTable), 'n.xlsx');
    expect(again.table?.indicators).toEqual(first.table?.indicators);
  });
});

describe('readIndicatorWorkbook: problems with their sheet, row and column', () => {
  it('reports every mistake of the damaged Shapingba workbook where it is', async () => {
    const known = new Set(['区委办', '区发改委', '区文明办', '区政府办', '区科协', '区级各部门', '区委组织部']);
    const result = await readIndicatorWorkbook(fixture('not-ok/shapingba-problems.xlsx'), 'shapingba-problems.xlsx', { knownUnits: known });
    expect(result.ok).toBe(false);
    const find = (code: string) => result.problems.find((p) => p.code === code);
    expect(find('SUBTOTAL_MISMATCH')).toEqual({
      code: 'SUBTOTAL_MISMATCH',
      severity: 'error',
      sheet: '任务分解表',
      row: 3,
      column: 'C',
      field: '分值',
      message: '指标 1 的分值 17 与其评分规则合计 18 不一致',
    });
    expect(result.problems.filter((p) => p.code === 'MISSING_POINTS').map((p) => `${p.row}${p.column}`)).toEqual(['19C', '19D']);
    expect(find('BAD_PARAMS')).toMatchObject({ row: 20, column: 'H', field: '计分参数（系统用，请勿修改）', message: expect.stringContaining('max') });
    expect(result.problems.filter((p) => p.code === 'UNKNOWN_UNIT' && p.message.includes('区委组织部门')).map((p) => `${p.row}${p.column}`)).toEqual(['16E']);
    expect(find('TOTAL_MISMATCH')).toMatchObject({ row: 58, column: 'C', message: expect.stringContaining('总分 100') });
    // Problems come in reading order.
    const rows = result.problems.map((p) => p.row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it('warns, without refusing, when the total is not 100', async () => {
    const result = await readIndicatorWorkbook(csv('指标,分值,评分规则,责任单位\n1.组织,6,有方案2分,区科协\n,,视情况得0-4分,\n2.经费,4,有经费4分,区财政局\n'), 'small.csv');
    expect(result.ok).toBe(true);
    expect(byCode(result)).toEqual(['TOTAL_NOT_100@1']);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('总分为 10 分') });
    expect(result.table?.indicators[0].rules[1]).toMatchObject({ units: [], points: 4, scoring: { kind: 'range', min: 0, max: 4 } });
  });

  it('reports a rule without points, a unit-less first rule and a rule without an indicator', async () => {
    const result = await readIndicatorWorkbook(csv('评分规则,指标,分值,责任单位\n按要求完成,,,区科协\n有方案2分,1.组织,2,\n'), 'bad.csv');
    expect(byCode(result)).toEqual(['TOTAL_NOT_100@1', 'RULE_WITHOUT_INDICATOR@2A', 'NO_UNITS@3D']);
  });

  it('reports an unreadable rule with the reason (not also its subtotal) and a duplicate indicator code', async () => {
    const result = await readIndicatorWorkbook(csv('指标,分值,评分规则,责任单位\n1.组织,2,按要求完成,区科协\n1.经费,98,有经费98分,区财政局\n'), 'dup.csv');
    expect(byCode(result)).toEqual(['MISSING_POINTS@2C', 'DUPLICATE_CODE@3A']);
    expect(result.problems[0].message).toContain('没有可识别的分值');
  });

  it('uses 规则分值 when the text has no readable points, and checks it against the text otherwise', async () => {
    const result = await readIndicatorWorkbook(csv('指标,分值,评分规则,规则分值,责任单位\n1.组织,5,按要求完成,3,区科协\n,,有方案1分,2,\n'), 'p.csv');
    expect(result.table?.indicators[0].rules[0]).toMatchObject({ points: 3, scoring: { kind: 'range', min: 0, max: 3 } });
    expect(byCode(result)).toEqual(['TOTAL_NOT_100@1', 'SUBTOTAL_MISMATCH@2B', 'POINTS_MISMATCH@3D']);
  });

  it('refuses 计分参数 that name a parameter the kind does not take, at its row and column, and says what to do', async () => {
    const cell = (params: object) => `"${JSON.stringify(params).replace(/"/g, '""')}"`;
    const result = await readIndicatorWorkbook(
      csv(
        `指标,分值,评分规则,计分参数,责任单位\n1.组织,3,视情况得0-3分,${cell({ kind: 'range', min: 0, max: 3, points: 3 })},区科协\n2.经费,97,有经费97分,${cell({ kind: 'veto', condition: ' ' })},区财政局\n`,
      ),
      'params.csv',
    );
    const bad = result.problems.filter((p) => p.code === 'BAD_PARAMS').map(({ row, column, message }) => ({ row, column, message }));
    expect(bad).toEqual([
      { row: 2, column: 'D', message: expect.stringMatching(/^计分参数有误：「range」类规则没有参数 points（可用：min、max）；请按该类型的参数改正「计分参数」列/) },
      { row: 3, column: 'D', message: expect.stringContaining('「veto」类规则的 condition 须为不空的文字') },
    ]);
  });

  it('finds no table without a header and says which columns it needs', async () => {
    const result = await readIndicatorWorkbook(csv('名称,说明\n甲,乙\n'), 'nothing.csv');
    expect(result).toMatchObject({ ok: false, table: null, problems: [{ code: 'NO_TABLE', sheet: 'nothing.csv', row: 0, message: expect.stringContaining('评分规则') }] });
  });

  it('reports a three-level row without its parent', async () => {
    const result = await readIndicatorWorkbook(csv('一级指标（A）,二级指标（B）,三级指标（C）,相关指标考察要素\n,,孤立的指标（C1）,材料\n'), 'orphan.csv');
    expect(byCode(result)).toEqual(['ORPHAN_LEVEL@2C']);
  });
});

describe('readIndicatorWorkbook: files', () => {
  it('refuses empty, old-Excel, fake and unsupported files with a Chinese message', async () => {
    expect((await readIndicatorWorkbook(Buffer.alloc(0), 'a.xlsx')).problems[0]).toMatchObject({ code: 'UNREADABLE_FILE', message: expect.stringContaining('空') });
    expect((await readIndicatorWorkbook(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'a.xls')).problems[0]).toMatchObject({ code: 'UNSUPPORTED_FILE', message: expect.stringContaining('.xlsx') });
    expect((await readIndicatorWorkbook(Buffer.from('just text'), 'a.xlsx')).problems[0]).toMatchObject({ code: 'UNREADABLE_FILE' });
    expect((await readIndicatorWorkbook(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'a.xlsx')).problems[0]).toMatchObject({ code: 'UNREADABLE_FILE', message: expect.stringContaining('损坏') });
    expect((await readIndicatorWorkbook(Buffer.from('%PDF-1.4'), 'a.pdf')).problems[0]).toMatchObject({ code: 'UNSUPPORTED_FILE', message: expect.stringContaining('.pdf') });
  });

  it('reads a GBK-encoded CSV as Excel on Chinese Windows writes it', async () => {
    // "指标,分值,评分规则,责任单位\n1.组织,100,有方案100分,区科协\n" in GB18030:
    const bytes = Buffer.from('d6b8b1ea2cb7d6d6b52cc6c0b7d6b9e6d4f22cd4f0c8ceb5a5cebb0a312ed7e9d6af2c3130302cd3d0b7bdb0b8313030b7d62cc7f8bfc6d0ad0a', 'hex');
    const result = await readIndicatorWorkbook(bytes, 'gbk.csv');
    expect(result.problems).toEqual([]);
    expect(result.table?.indicators[0]).toMatchObject({ code: '1', title: '组织', rules: [{ text: '有方案100分', units: ['区科协'] }] });
  });

  it('refuses a sheet with too many rows', async () => {
    const rows = ['指标,评分规则', ...Array.from({ length: 30 }, (_, i) => `${i + 1}.x,1分`)].join('\n');
    expect((await readIndicatorWorkbook(csv(rows), 'big.csv', { maxRows: 20 })).problems[0]).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('treats cells covered by a merge as inheriting, and a blank unit cell likewise', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表');
    sheet.addRows([
      ['指标', '相关指标考察内容', '分值', '评分规则', '责任单位'],
      ['1.组织', '1-1.方案', 3, '有方案1分', '区科协、区委办'],
      [null, null, null, '有要点1分', null],
      [null, null, null, '有总结1分', '区教委'],
    ]);
    sheet.mergeCells('A2:A4');
    sheet.mergeCells('B2:B4');
    sheet.mergeCells('C2:C4');
    sheet.mergeCells('E2:E3');
    const result = await readIndicatorWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), 'merged.xlsx');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.table?.indicators).toEqual([
      {
        code: '1',
        title: '组织',
        maxScore: 3,
        requirements: [{ code: '1-1', text: '方案' }],
        rules: [
          { text: '有方案1分', points: 1, scoring: { kind: 'fixed', points: 1 }, units: ['区科协', '区委办'], note: '' },
          { text: '有要点1分', points: 1, scoring: { kind: 'fixed', points: 1 }, units: [], note: '' },
          { text: '有总结1分', points: 1, scoring: { kind: 'fixed', points: 1 }, units: ['区教委'], note: '' },
        ],
      },
    ]);
  });
});
