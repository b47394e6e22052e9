import ExcelJS from 'exceljs';
import type { IndicatorTable, TableIndicator } from '../indicator-table';
import { readIndicatorWorkbook } from './read-indicator-workbook';
import { writeIndicatorWorkbook } from './write-indicator-workbook';

const csv = (rows: string[][]) => Buffer.from(rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n'), 'utf8');
const at = (result: { problems: { code: string; row: number; column: string }[] }) => result.problems.map((p) => `${p.code}@${p.row}${p.column}`);
const find = (indicators: TableIndicator[], code: string): TableIndicator | undefined => {
  for (const indicator of indicators) {
    if (indicator.code === code) return indicator;
    const below = find(indicator.children ?? [], code);
    if (below) return below;
  }
  return undefined;
};
const fixed = (points: number) => ({ kind: 'fixed', points });

describe('levels in separate columns, with points, weights and 选做 on any level', () => {
  async function workbook(rows: (string | number | null)[][], merges: string[] = []): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('指标');
    sheet.addRows(rows);
    merges.forEach((range) => sheet.mergeCells(range));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('gives each 分值 / 权重 / 选做 column to the level to its left, and merged cells to the indicator above', async () => {
    const buffer = await workbook(
      [
        ['一级指标', '权重', '二级指标', '分值', '选做', '三级指标', '分值', '评分规则', '责任单位'],
        ['1 组织', 0.4, '1.1 领导', 5, null, '1.1.1 方案', 3, '有方案3分', '区科协'],
        [null, null, null, null, null, '1.1.2 要点', 2, '有要点2分', '区教委'],
        [null, null, '1.2 特色', 10, '任选1项', '1.2.1 品牌', 10, '视情况得0-10分', '区科协'],
        [null, null, null, null, null, '1.2.2 阵地', 10, '有阵地10分', '区科技局'],
        ['2 经费', 0.6, '2.1 投入', 6, null, null, null, '视情况得0-6分', '区财政局'],
      ],
      ['A2:A5', 'B2:B5', 'C2:C3', 'D2:D3', 'C4:C5', 'D4:D5', 'E4:E5'],
    );
    const result = await readIndicatorWorkbook(buffer, 'levels.xlsx');
    expect(result.problems).toEqual([]);
    expect(result.layout).toBe('multi-level');
    const table = result.table as IndicatorTable;
    expect(table).toMatchObject({ scoringMode: 'weights', totalScore: null });
    expect(table.indicators.map((i) => [i.code, i.weight, i.maxScore, i.scoringMode])).toEqual([
      ['1', 0.4, null, undefined],
      ['2', 0.6, null, undefined],
    ]);
    expect(find(table.indicators, '1.1')).toMatchObject({
      maxScore: 5,
      children: [
        { code: '1.1.1', maxScore: 3, rules: [{ points: 3, scoring: fixed(3) }] },
        { code: '1.1.2', maxScore: 2 },
      ],
    });
    expect(find(table.indicators, '1.2')).toMatchObject({ maxScore: 10, elective: { min: 1, max: 1, counting: 'normalise' } });
    // A row that names no third level: its rule and its points belong to the deepest indicator it names.
    expect(find(table.indicators, '2.1')).toMatchObject({ maxScore: 6, rules: [{ points: 6, units: ['区财政局'] }] });
    expect(find(table.indicators, '2.1')?.children).toBeUndefined();
  });

  it('checks a parent’s stated points against its children and rules, and reads an unstated parent as their sum', async () => {
    const result = await readIndicatorWorkbook(
      csv([
        ['一级指标', '分值', '二级指标', '分值', '评分规则', '责任单位'],
        ['1 组织', '8', '1.1 方案', '3', '有方案3分', '区科协'],
        ['1 组织', '8', '1.2 要点', '2', '有要点2分', '区科协'],
        ['2 经费', '', '2.1 投入', '6', '视情况得0-6分', '区财政局'],
        ['合计', '15', '', '', '', ''],
      ]),
      'sums.csv',
    );
    expect(at(result)).toEqual(['SUBTOTAL_MISMATCH@2B', 'TOTAL_MISMATCH@5B', 'TOTAL_NOT_100@5B']);
    expect(result.problems[0].message).toBe('指标 1 的分值 8 与其下级指标分值合计 5 不一致');
    expect(result.problems[1].message).toBe('总分 15 与各指标分值合计 14 不一致');
    expect(result.table?.indicators[1].maxScore).toBeNull();
  });

  it('reports a level without its parent, and numbers a heading without a code with a warning', async () => {
    const result = await readIndicatorWorkbook(
      csv([
        ['一级指标', '二级指标', '评分规则'],
        ['', '孤立的指标（B1）', '有方案1分'],
        ['组织领导', '方案', '有方案1分'],
      ]),
      'orphan.csv',
    );
    expect(at(result)).toEqual(['MISSING_COLUMN@1', 'ORPHAN_LEVEL@2B', 'MISSING_TITLE@3A', 'MISSING_TITLE@3B']);
    expect(result.table?.indicators.map((i) => i.code)).toEqual(['B1', 'A1']);
  });
});

describe('levels by numbering in one 指标 column', () => {
  it('reads 1 / 1.1 / 1.1.1 / 1.1.1.1, points on any level, rules and requirements at any level', async () => {
    const result = await readIndicatorWorkbook(
      csv([
        ['指标', '分值', '相关指标考察内容', '评分规则', '责任单位'],
        ['1 组织保障', '10', '1-1.年度工作要点', '', ''],
        ['1.1 领导机制', '', '', '', ''],
        ['1.1.1 联席会议', '4', '', '', ''],
        ['1.1.1.1 制度', '4', '', '建立联席会议制度2分', '区科协'],
        ['', '', '', '每年召开会议2分', ''],
        ['1.2 工作规划', '6', '', '出台规划6分', '区发改委'],
        ['2 经费保障', '90', '', '视情况得0-90分', '区财政局'],
      ]),
      'numbered.csv',
    );
    expect(result.problems).toEqual([]);
    expect(result.layout).toBe('numbered');
    const table = result.table as IndicatorTable;
    expect(table.totalScore).toBe(100);
    const one = table.indicators[0];
    expect(one).toMatchObject({ code: '1', maxScore: 10, requirements: [{ code: '1-1', text: '年度工作要点' }], rules: [] });
    expect(find(table.indicators, '1.1.1.1')).toMatchObject({ maxScore: 4, rules: [{ units: ['区科协'] }, { units: [] }] });
    expect(find(table.indicators, '1.1')?.maxScore).toBeNull();
    expect(find(table.indicators, '1.2')).toMatchObject({ maxScore: 6, rules: [{ points: 6 }] });
  });

  it('reads lettered codes A1 / B2 / C14 as levels, and says when a dotted code is under the wrong parent', async () => {
    const lettered = await readIndicatorWorkbook(
      csv([
        ['指标', '考察要素'],
        ['A1 党政重视', ''],
        ['B1 领导重视', ''],
        ['C1 纳入规划', '规划文本'],
        ['C2 年度计划', '计划文本'],
        ['B2 协调机制', ''],
        ['C3 动员机制', '机制文件'],
      ]),
      'lettered.csv',
    );
    expect(lettered.problems).toEqual([]);
    expect(lettered.table?.indicators[0]).toMatchObject({
      code: 'A1',
      children: [
        { code: 'B1', children: [{ code: 'C1' }, { code: 'C2' }] },
        { code: 'B2', children: [{ code: 'C3' }] },
      ],
    });
    const wrong = await readIndicatorWorkbook(
      csv([
        ['指标', '评分规则'],
        ['1 组织', ''],
        ['1.1 方案', '有方案1分'],
        ['2 经费', ''],
        ['1.2 要点', '有要点1分'],
      ]),
      'wrong.csv',
    );
    expect(at(wrong)).toContain('ORPHAN_LEVEL@5A');
    expect(wrong.problems.find((p) => p.code === 'ORPHAN_LEVEL')?.message).toContain('指标编号 1.2 应在指标 1 之下，但上方是指标 2');
  });
});

describe('选做 markers, weights and verdicts', () => {
  it('reads a 选做 marker in the title and in a 选做 column, and checks min and max against the options', async () => {
    const result = await readIndicatorWorkbook(
      csv([
        ['指标', '分值', '选做', '评分规则', '责任单位'],
        ['1 特色（选做，至少选1项，最多选2项，取最好的1项计分）', '5', '', '', ''],
        ['1.1 品牌', '5', '', '视情况得0-5分', '区科协'],
        ['1.2 阵地', '5', '', '有阵地5分', '区科协'],
        ['2 创新', '6', '3选2', '', ''],
        ['2.1 一', '3', '', '完成3分', '区科技局'],
        ['2.2 二', '3', '', '完成3分', '区科技局'],
      ]),
      'elective.csv',
    );
    expect(result.table?.indicators[0]).toMatchObject({ title: '特色', elective: { min: 1, max: 2, counting: 'bestN', best: 1 } });
    expect(result.table?.indicators[1].elective).toEqual({ min: 2, max: 2, counting: 'normalise' });
    expect(at(result)).toEqual(['TOTAL_NOT_100@1', 'BAD_ELECTIVE@5C']);
    expect(result.problems[1].message).toBe('指标 2 写的是 3 选 2，但有 2 个下级指标（选项）');
    const tooMany = await readIndicatorWorkbook(
      csv([
        ['指标', '评分规则', '责任单位'],
        ['1 特色（任选3项）', '', ''],
        ['1.1 品牌', '有品牌1分', '区科协'],
        ['1.2 阵地', '有阵地1分', '区科协'],
      ]),
      'e.csv',
    );
    expect(tooMany.problems.map((p) => `${p.code}@${p.row}${p.column}: ${p.message}`)).toEqual(['BAD_ELECTIVE@2A: 指标 1（选做）：选做组最多可选 3 项，但只有 2 个可选的下级指标']);
  });

  it('makes a node whose children carry weights a weighted node, and checks the weights', async () => {
    const result = await readIndicatorWorkbook(
      csv([
        ['指标', '权重', '分值', '评分规则', '责任单位'],
        ['1 组织', '30%', '', '', ''],
        ['1.1 方案', '0.5', '4', '有方案4分', '区科协'],
        ['1.2 要点', '', '6', '有要点6分', '区科协'],
        ['2 经费', '60%', '', '', ''],
        ['2.1 投入', '', '10', '视情况得0-10分', '区财政局'],
        ['合计', '', '100', '', ''],
      ]),
      'weights.csv',
    );
    const table = result.table as IndicatorTable;
    expect(table).toMatchObject({ scoringMode: 'weights', totalScore: 100 });
    expect(table.indicators.map((i) => [i.weight, i.scoringMode])).toEqual([
      [0.3, 'weights'],
      [0.6, undefined],
    ]);
    expect(at(result)).toEqual(['WEIGHT_SUM@1', 'BAD_WEIGHT@4B']);
    expect(result.problems[1].message).toContain('指标 1.2 没有权重');
    expect(result.problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('一级指标权重合计为 0.9') });
  });

  it('reads a table without points as a checklist: its rules are judged, a veto stays a veto', async () => {
    const result = await readIndicatorWorkbook(
      csv([
        ['指标', '评分规则', '责任单位'],
        ['1 基础设施', '建有科普活动室', '各街道'],
        ['', '如发生伪科学活动，取消创建资格', ''],
        ['2 队伍建设', '有科普志愿者队伍', '区科协'],
      ]),
      'checklist.csv',
    );
    expect(result.problems).toEqual([]);
    expect(result.table).toMatchObject({ scoringMode: 'verdicts', totalScore: null });
    expect(result.table?.indicators[0].rules.map((rule) => [rule.scoring.kind, rule.points])).toEqual([
      ['verdict', 0],
      ['veto', 0],
    ]);
  });
});

describe('rules of the organisation’s own', () => {
  it('reads 本单位 or a dash as the organisation’s own work, stops inheriting there, and warns about a blank with nothing to inherit', async () => {
    const result = await readIndicatorWorkbook(
      csv([
        ['指标', '分值', '评分规则', '责任单位'],
        ['1 组织', '4', '有方案1分', '区科协'],
        ['', '', '有要点1分', ''],
        ['', '', '有总结1分', '本单位'],
        ['', '', '有台账1分', ''],
        ['2 经费', '4', '有预算2分', '—'],
        ['', '', '有决算2分', ''],
        ['3 阵地', '92', '视情况得0-92分', ''],
      ]),
      'own.csv',
    );
    expect(at(result)).toEqual(['NO_UNITS@8D']);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('本单位（牵头办公室）自己的工作') });
    const [one, two] = result.table?.indicators ?? [];
    expect(one.rules.map((rule) => [rule.units, rule.organisationOwned])).toEqual([
      [['区科协'], undefined],
      [[], undefined],
      [[], true],
      [[], undefined],
    ]);
    expect(two.rules.map((rule) => [rule.units, rule.organisationOwned])).toEqual([
      [[], undefined],
      [[], undefined],
    ]);
    expect(result.units.map((unit) => unit.name)).toEqual(['区科协']);
  });
});

describe('columns the reader does not use', () => {
  const table = [
    ['序号', '指标', '分值', '评分规则', '责任单位', '说明', '联系人', '状态'],
    ['', '1.组织', '60', '有方案60分', '区科协', '须经常务会审议', '张三', '已通过'],
    ['', '2.经费', '40', '视情况得0-40分', '区财政局', '', '李四', ''],
    ['', '合计', '100', '', '', '', '', ''],
  ];

  it('lists every non-empty one as a warning with what it could be read as; empty ones and report columns are not listed', async () => {
    const result = await readIndicatorWorkbook(csv(table), 'extra.csv');
    expect(result.ok).toBe(true);
    expect(at(result)).toEqual(['UNKNOWN_COLUMN@1F', 'UNKNOWN_COLUMN@1G']);
    expect(result.columns).toEqual([
      {
        sheet: 'extra.csv',
        column: 'F',
        header: '说明',
        cells: 1,
        sample: '须经常务会审议',
        suggestions: [
          { target: 'note', label: '备注', score: 0.85 },
          { target: 'ignore', label: '不导入', score: 0.1 },
        ],
      },
      expect.objectContaining({ column: 'G', header: '联系人', cells: 2 }),
    ]);
  });

  it('reads a column as the user maps it on re-read, and refuses a mapping to nowhere', async () => {
    const mapped = await readIndicatorWorkbook(csv(table), 'extra.csv', {
      columnMapping: [
        { from: 'F', to: 'note' },
        { from: '联系人', to: 'ignore' },
      ],
    });
    expect(mapped.problems).toEqual([]);
    expect(mapped.table?.indicators[0].rules[0].note).toBe('须经常务会审议');
    const points = await readIndicatorWorkbook(
      csv([
        ['指标', '评分规则', '满分值', '单位'],
        ['1.组织', '视情况打分', '100', '区科协'],
      ]),
      'p.csv',
      {
        columnMapping: [
          { from: 'C', to: 'maxScore' },
          { from: 'D', to: 'units' },
        ],
      },
    );
    expect(points.table?.indicators[0]).toMatchObject({ maxScore: 100, rules: [{ units: ['区科协'] }] });
    const nowhere = await readIndicatorWorkbook(csv(table), 'extra.csv', {
      columnMapping: [
        { from: 'Z', to: 'note' },
        { from: 'G', to: 'units' },
      ],
    });
    expect(at(nowhere).filter((p) => p.startsWith('BAD_COLUMN_MAPPING'))).toEqual(['BAD_COLUMN_MAPPING@1', 'BAD_COLUMN_MAPPING@1G']);
    expect(nowhere.ok).toBe(false);
  });
});

describe('CSV through csv-parse', () => {
  it('names the line of a quote that is never closed, instead of swallowing the rest of the file', async () => {
    // Record 2 spans lines 2–3 (a quoted line break); record 3, on line 4, opens a quote it never closes.
    const result = await readIndicatorWorkbook(Buffer.from('指标,分值,评分规则,责任单位\n1.组织,100,"有方案\n100分",区科协\n2.经费,"0,无,\n3.阵地,0,无,区科协\n'), 'q.csv');
    expect(result).toMatchObject({ ok: false, table: null, problems: [{ code: 'UNCLOSED_QUOTE', sheet: 'q.csv', row: 3, message: expect.stringContaining('文件第 4 行') }] });
  });

  it('keeps quoted line breaks and commas in a cell, and a quote inside an unquoted cell', async () => {
    const result = await readIndicatorWorkbook(Buffer.from('指标,分值,评分规则,责任单位,备注\n1.组织,100,"有方案，且经审议100分",区科协,"第一行\n第二行，含逗号"\n'), 'ok.csv');
    expect(result.problems).toEqual([]);
    expect(result.table?.indicators[0].rules[0]).toMatchObject({ text: '有方案，且经审议100分', note: '第一行\n第二行，含逗号' });
    const quote = await readIndicatorWorkbook(Buffer.from('指标,分值,评分规则,责任单位\n1.组织,100,有"方案"100分,区科协\n'), 'quote.csv');
    expect(quote.table?.indicators[0].rules[0].text).toBe('有"方案"100分');
  });
});

describe('the hidden 系统参数 sheet', () => {
  it('carries what no column shows: a checklist subtree inside a scored system and the verdict scale', async () => {
    const table: IndicatorTable = {
      key: 'mixed',
      version: 1,
      name: '混合体系',
      totalScore: 100,
      verdicts: { options: [{ label: '合格' }, { label: '不合格' }] },
      indicators: [
        {
          code: '1',
          title: '基本条件',
          maxScore: null,
          scoringMode: 'verdicts',
          requirements: [],
          rules: [],
          children: [{ code: '1.1', title: '机构', maxScore: null, requirements: [], rules: [{ text: '有科普机构', points: 0, scoring: { kind: 'verdict' }, units: ['区科协'], note: '' }] }],
        },
        { code: '2', title: '工作成效', maxScore: 100, requirements: [], rules: [{ text: '视情况得0-100分', points: 100, scoring: { kind: 'range', min: 0, max: 100 }, units: ['区科协'], note: '' }] },
      ],
    };
    const buffer = await writeIndicatorWorkbook(table);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['指标体系', 'visible'],
      ['系统参数', 'hidden'],
    ]);
    const again = await readIndicatorWorkbook(buffer, 'mixed.xlsx', { key: 'mixed' });
    expect(again.problems).toEqual([]);
    expect(again.table).toEqual({ ...table, name: '混合体系' });
  });

  it('reports broken parameters on their own sheet', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('表').addRows([
      ['指标', '评分规则', '责任单位'],
      ['1.组织', '有方案', '区科协'],
    ]);
    book.addWorksheet('系统参数', { state: 'hidden' }).addRows([
      ['类型', '编号', '参数'],
      ['体系', '', '{oops'],
      ['指标', '9', '{"scoringMode":"verdicts"}'],
    ]);
    const result = await readIndicatorWorkbook(Buffer.from(await book.xlsx.writeBuffer()), 'b.xlsx');
    expect(result.problems.map((p) => `${p.code}@${p.sheet}!${p.row}${p.column}`)).toEqual(['BAD_PARAMS@表!1', 'BAD_PARAMS@系统参数!2C']);
    expect(result.problems[0].message).toContain('系统参数中的指标 9 不在表中');
  });
});
