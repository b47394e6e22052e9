import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { flattenTotals, totals } from '@accredit/scoring';
import type { IndicatorTable, TableIndicator } from './indicator-table';
import { readIndicatorWorkbook } from './indicator-table/read-indicator-workbook';
import { writeIndicatorWorkbook } from './indicator-table/write-indicator-workbook';
import type { TaskTableExport } from './exports/task-table-export';
import { writeTaskTableWorkbook } from './exports/write-task-table-workbook';
import { readCampaignTemplate } from './read-campaign-template';
import { toScoringSystem } from './scoring-system';

const FIXTURES = join(__dirname, '../../../tests/fixtures/tables');
const fixture = (path: string) => readFileSync(join(FIXTURES, path));
const template = readCampaignTemplate(readFileSync(join(__dirname, '../../campaign-setup/templates/shapingba-2021-2025.yaml'), 'utf8'));
if (!template.ok) throw new Error('the shipped template must read');
const SHAPINGBA = template.template.indicatorSystem;

async function read(buffer: Buffer, fileName: string): Promise<IndicatorTable> {
  const result = await readIndicatorWorkbook(buffer, fileName);
  expect(result.problems).toEqual([]);
  return result.table as IndicatorTable;
}

/** The tree as it is stored: everything but the key and the name, which come from the file. */
const tree = ({ key: _key, name: _name, version: _version, ...rest }: IndicatorTable) => rest;

function taskTable(table: IndicatorTable): TaskTableExport {
  return {
    title: table.name,
    organisation: '示例区',
    generatedAt: new Date('2026-11-20T02:00:00Z'),
    table,
    rules: new Map(),
    indicators: new Map(),
    totals: { max: table.totalScore ?? 0, self: 0, expert: null, projected: 0, vetoed: false, vetoReasons: [], selfScoredRules: 0, rules: 0 },
    departments: [],
  };
}

async function sheetOf(buffer: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.getWorksheet(name) as ExcelJS.Worksheet;
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(2).values as unknown[]).slice(1);
const hiddenHeaders = (sheet: ExcelJS.Worksheet) => headerOf(sheet).filter((_header, index) => sheet.getColumn(index + 1).hidden);

describe('import → export → import: the Shapingba table', () => {
  it('gives the same tree from the indicator workbook and from the task table, the system columns hidden', async () => {
    const first = await read(fixture('ok/shapingba-2021-2025.xlsx'), 'shapingba-2021-2025.xlsx');
    expect(first.indicators).toEqual(SHAPINGBA.indicators);
    for (const buffer of [await writeIndicatorWorkbook(first), await writeTaskTableWorkbook(taskTable(first))]) {
      expect(tree(await read(buffer, 'again.xlsx'))).toEqual(tree(first));
      const sheet = await sheetOf(buffer, '任务分解表');
      expect(headerOf(sheet).slice(0, 6)).toEqual(['指标', '相关指标考察内容', '分值', '评分规则', '责任单位', '备注']);
      expect(hiddenHeaders(sheet)).toEqual(['规则分值', '计分参数（系统用，请勿修改）']);
    }
  });
});

describe('import → export → import: the 2016–2020 A/B/C table as an unscored checklist', () => {
  it('writes the original layout back and reads the same checklist from it and from the task table', async () => {
    const first = await read(fixture('ok/national-2016-2020-abc.csv'), 'national-2016-2020-abc.csv');
    expect(first.scoringMode).toBe('verdicts');
    const written = await writeIndicatorWorkbook(first);
    expect(headerOf(await sheetOf(written, '指标体系'))).toEqual(['一级指标（A）', '二级指标（B）', '三级指标（C）', '相关指标考察要素', '相关工作情况']);
    expect(tree(await read(written, 'again.xlsx'))).toEqual(tree(first));

    // The task table lists every rule (one per criterion) with verdict columns, and no points.
    const exported = await writeTaskTableWorkbook(taskTable(first));
    const sheet = await sheetOf(exported, '任务分解表');
    expect(headerOf(sheet)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '相关指标考察内容',
      '评分规则',
      '责任单位',
      '备注',
      '状态',
      '各部门进度',
      '自评判定',
      '自评理由',
      '专家判定',
      '专家意见',
      '规则分值',
      '计分参数（系统用，请勿修改）',
    ]);
    expect(sheet.getCell('E4').value).toBe('将公民科学素质建设纳入当地经济社会发展总体规划');
    expect(sheet.getCell('F4').value).toBe('本单位');
    expect((await sheetOf(exported, '判定汇总')).getRow(1).values).toEqual([undefined, '指标', '自评判定', '专家判定']);
    expect(tree(await read(exported, 'task-table.xlsx'))).toEqual(tree(first));
  });
});

describe('import → export → import: a weighted four-level system with an elective group and rules of the organisation’s own', () => {
  it('reads the hand-written .csv and the .xlsx with a column per level to the same tree', async () => {
    const fromCsv = await read(fixture('ok/weighted-4-level.csv'), 'weighted-4-level.csv');
    const fromXlsx = await read(fixture('ok/weighted-4-level.xlsx'), 'weighted-4-level.xlsx');
    expect(tree(fromXlsx)).toEqual(tree(fromCsv));
    expect(fromCsv).toMatchObject({ scoringMode: 'weights', totalScore: 100 });
    const depth = (indicators: TableIndicator[]): number => Math.max(0, ...indicators.map((i) => 1 + depth(i.children ?? [])));
    expect(depth(fromCsv.indicators)).toBe(4);
    const [one, two, three] = fromCsv.indicators;
    expect([one.weight, two.weight, three.weight]).toEqual([0.3, 0.3, 0.4]);
    expect(one).toMatchObject({
      scoringMode: 'weights',
      children: [
        { code: '1.1', weight: 0.6 },
        { code: '1.2', weight: 0.4 },
      ],
    });
    expect(three).toMatchObject({ title: '特色创新', maxScore: 20, elective: { min: 2, max: 2, counting: 'normalise' } });
    const own = one.children?.[0].children?.[1].children?.[0].rules ?? [];
    expect(own.map((rule) => [rule.units, rule.organisationOwned])).toEqual([
      [['区委组织部'], undefined],
      [[], true],
    ]);
  });

  it('gives the same tree after export, from the indicator workbook and from the task table', async () => {
    const first = await read(fixture('ok/weighted-4-level.csv'), 'weighted-4-level.csv');
    for (const buffer of [await writeIndicatorWorkbook(first), await writeTaskTableWorkbook(taskTable(first))]) {
      expect(tree(await read(buffer, 'again.xlsx'))).toEqual(tree(first));
    }
    const sheet = await sheetOf(await writeTaskTableWorkbook(taskTable(first)), '任务分解表');
    expect(headerOf(sheet).slice(0, 10)).toEqual(['一级指标', '分值', '权重', '选做', '二级指标', '权重', '三级指标', '分值', '四级指标', '分值']);
    const groupRow = (sheet.getColumn(1).values as unknown[]).indexOf('3 特色创新');
    expect([sheet.getCell(groupRow, 2).value, sheet.getCell(groupRow, 3).value, sheet.getCell(groupRow, 4).value]).toEqual([20, 0.4, '任选2项']);
  });

  it('totals with the scoring library: weights, the elective group by the participant’s choice, at full marks 100', async () => {
    const table = await read(fixture('ok/weighted-4-level.csv'), 'weighted-4-level.csv');
    const system = toScoringSystem(table);
    const full = new Map(
      flattenTotals(totals(system, new Map()).indicators).flatMap((indicator) => {
        const node = system.indicators
          .flatMap(function all(i): typeof system.indicators {
            return [i, ...i.children.flatMap(all)];
          })
          .find((i) => i.id === indicator.id);
        return (node?.rules ?? []).map((rule) => [rule.id, { points: rule.points, vetoed: false }] as const);
      }),
    );
    const group = system.indicators[2];
    const chosen = [group.children[0].id, group.children[2].id];
    const result = totals(system, full, { choices: new Map([[group.id, chosen]]) });
    expect(result).toMatchObject({ scoringMode: 'weights', maxTotal: 100, points: 100, vetoed: false });
    expect(result.indicators[2].children.map((option) => option.counted)).toEqual([true, false, true]);
  });
});

describe('the not-ok examples', () => {
  const problems = async (path: string) => (await readIndicatorWorkbook(fixture(path), path.split('/')[1])).problems.map((p) => `${p.code}@${p.row}${p.column}`);

  it('names the line of the unclosed quote', async () => {
    expect(await problems('not-ok/unclosed-quote.csv')).toEqual(['UNCLOSED_QUOTE@5']);
  });

  it('finds the parent whose points do not add up', async () => {
    const result = await readIndicatorWorkbook(fixture('not-ok/parent-sum-mismatch.xlsx'), 'parent-sum-mismatch.xlsx');
    expect(result.problems).toEqual([
      { code: 'SUBTOTAL_MISMATCH', severity: 'error', sheet: '指标体系', row: 4, column: 'H', field: '分值', message: '指标 1.1.1 的分值 12 与其下级指标分值合计 10 不一致' },
    ]);
  });

  it('refuses elective groups that cannot be chosen', async () => {
    expect(await problems('not-ok/bad-elective.csv')).toEqual(['BAD_ELECTIVE@2A', 'BAD_ELECTIVE@6C', 'TOTAL_NOT_100@10B']);
  });

  it('lists the columns it does not read, with offers', async () => {
    const result = await readIndicatorWorkbook(fixture('not-ok/unknown-column.csv'), 'unknown-column.csv');
    expect(result.problems.map((p) => `${p.code}@${p.row}${p.column}`)).toEqual(['UNKNOWN_COLUMN@1F', 'UNKNOWN_COLUMN@1G']);
    expect(result.columns.map((column) => [column.header, column.suggestions[0].target])).toEqual([
      ['说明', 'note'],
      ['牵头领导', 'units'],
    ]);
  });
});
