import { checkRuleParams } from './rule-params';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from './scoring-mode';
import { type RecordedScore, type ScoringSystem, totals } from './totals';
import { checkVerdictScale, judgeRule, rollUpVerdicts, tallyVerdicts } from './verdicts';

const PASS_FAIL: VerdictScale = { options: [{ label: '合格' }, { label: '不合格' }] };
const MEAN: VerdictScale = { ...DEFAULT_VERDICT_SCALE, rollUp: 'mean' };

describe('judgeRule', () => {
  it('records one verdict of the scale, normalised with its kind', () => {
    expect(judgeRule({ verdict: ' 基本达标 ' })).toEqual({ ok: true, input: { kind: 'verdict', verdict: '基本达标' }, verdict: '基本达标', explanation: '判定：基本达标' });
    expect(judgeRule({ kind: 'verdict', verdict: '合格' }, PASS_FAIL)).toMatchObject({ ok: true, verdict: '合格' });
  });

  it('refuses a verdict outside the scale, points, and stray fields, saying which verdicts there are', () => {
    expect(judgeRule({ verdict: '优秀' })).toEqual({ ok: false, problems: ['请选择判定结果：达标 / 基本达标 / 未达标（收到「优秀」）'] });
    expect(judgeRule({ verdict: '达标' }, PASS_FAIL)).toMatchObject({ ok: false, problems: [expect.stringContaining('合格 / 不合格')] });
    expect(judgeRule({ points: 3 })).toMatchObject({ ok: false, problems: [expect.stringContaining('points')] });
    expect(judgeRule({ kind: 'range', verdict: '达标' })).toMatchObject({ ok: false });
    expect(judgeRule(null)).toMatchObject({ ok: false, problems: [expect.stringContaining('{verdict: "达标"}')] });
  });

  it('is not one of the points kinds: scoring a verdict rule with points is refused with a reason', () => {
    expect(checkRuleParams({ kind: 'verdict' })).toEqual({ ok: false, problems: [expect.stringContaining('不计分')] });
  });
});

describe('rollUpVerdicts', () => {
  it('worst (default): all 达标 → 达标, any 未达标 → 未达标, otherwise 基本达标', () => {
    expect(rollUpVerdicts(['达标', '达标'])).toBe('达标');
    expect(rollUpVerdicts(['达标', '基本达标', '达标'])).toBe('基本达标');
    expect(rollUpVerdicts(['达标', '未达标', '基本达标'])).toBe('未达标');
  });

  it('worst: unknown while a rule is not judged, unless the worst verdict is already given', () => {
    expect(rollUpVerdicts(['达标', null])).toBeNull();
    expect(rollUpVerdicts(['未达标', null])).toBe('未达标');
    expect(rollUpVerdicts([])).toBeNull();
  });

  it('mean: the best verdict whose value is at most the mean value, once all are judged', () => {
    expect(rollUpVerdicts(['达标', '达标', '达标', '未达标'], MEAN)).toBe('基本达标'); // 0.75
    expect(rollUpVerdicts(['达标', '基本达标'], MEAN)).toBe('基本达标'); // 0.75
    expect(rollUpVerdicts(['达标', '达标'], MEAN)).toBe('达标');
    expect(rollUpVerdicts(['基本达标', '未达标'], MEAN)).toBe('未达标'); // 0.25
    expect(rollUpVerdicts(['达标', null], MEAN)).toBeNull();
  });

  it('tallies per verdict in the scale’s order', () => {
    expect(tallyVerdicts(['达标', null, '未达标', '达标'])).toEqual({
      counts: [
        { label: '达标', count: 2 },
        { label: '基本达标', count: 0 },
        { label: '未达标', count: 1 },
      ],
      judged: 3,
      items: 4,
      verdict: '未达标',
    });
  });
});

describe('checkVerdictScale', () => {
  it('accepts the default and a two-verdict scale without values', () => {
    expect(checkVerdictScale(DEFAULT_VERDICT_SCALE)).toEqual([]);
    expect(checkVerdictScale(PASS_FAIL)).toEqual([]);
  });

  it('refuses one verdict, duplicates, values not falling, some values missing, and mean without values', () => {
    expect(checkVerdictScale({ options: [{ label: '达标' }] })).toEqual([expect.stringContaining('至少需要两个')]);
    expect(checkVerdictScale({ options: [{ label: '达标' }, { label: '达标' }] })).toEqual(['判定等级「达标」重复']);
    expect(
      checkVerdictScale({
        options: [
          { label: '好', value: 0 },
          { label: '差', value: 1 },
        ],
      }),
    ).toEqual([expect.stringContaining('从好到差')]);
    expect(checkVerdictScale({ options: [{ label: '好', value: 1 }, { label: '差' }] })).toEqual([expect.stringContaining('要么都填')]);
    expect(checkVerdictScale({ ...PASS_FAIL, rollUp: 'mean' })).toEqual([expect.stringContaining('需要为每个判定等级填写分值')]);
  });
});

const verdictRule = (id: string) => ({ id, code: id, text: id, points: 0, params: { kind: 'verdict' } });
const judged = (entries: [string, string][]) => new Map<string, RecordedScore>(entries.map(([id, verdict]) => [id, { points: 0, vetoed: false, verdict }]));

describe('totals of a checklist (verdicts, no points)', () => {
  const CHECKLIST: ScoringSystem = {
    totalScore: null,
    scoringMode: 'verdicts',
    indicators: [
      { id: 'A1', code: 'A1', title: '贯彻落实', maxScore: null, rules: [verdictRule('A1.1')], children: [] },
      {
        id: 'A2',
        code: 'A2',
        title: '党政重视',
        maxScore: null,
        rules: [],
        children: [
          {
            id: 'B1',
            code: 'B1',
            title: '领导重视',
            maxScore: null,
            rules: [],
            children: [
              { id: 'C1', code: 'C1', title: '纳入规划', maxScore: null, rules: [verdictRule('C1.1')], children: [] },
              { id: 'C2', code: 'C2', title: '年度计划', maxScore: null, rules: [verdictRule('C2.1')], children: [] },
            ],
          },
          {
            id: 'B2',
            code: 'B2',
            title: '协调机制',
            maxScore: null,
            rules: [verdictRule('B2.1'), { id: 'veto', code: 'veto', text: '迷信活动', points: 0, params: { kind: 'veto', condition: '迷信活动' } }],
            children: [],
          },
        ],
      },
    ],
  };

  it('shows counts per verdict and the rolled-up verdict per node, and no points at all', () => {
    const result = totals(
      CHECKLIST,
      judged([
        ['A1.1', '达标'],
        ['C1.1', '达标'],
        ['C2.1', '基本达标'],
        ['B2.1', '达标'],
      ]),
    );
    expect(result).toMatchObject({ scoringMode: 'verdicts', hasPoints: false, points: 0, maxTotal: 0, scoredRules: 4, rules: 5, complete: false });
    expect(result.verdicts).toEqual({
      counts: [
        { label: '达标', count: 3 },
        { label: '基本达标', count: 1 },
        { label: '未达标', count: 0 },
      ],
      judged: 4,
      items: 4,
      verdict: '基本达标',
    });
    const [a1, a2] = result.indicators;
    expect(a1).toMatchObject({ scoringMode: 'verdicts', maxPoints: 0, points: 0, verdicts: { verdict: '达标', judged: 1, items: 1 } });
    expect(a2.children[0].verdicts?.verdict).toBe('基本达标');
    expect(a2.children[1].verdicts?.verdict).toBe('达标');
    expect(a2.verdicts).toMatchObject({ judged: 3, items: 3, verdict: '基本达标' });
  });

  it('keeps a node’s verdict open until its rules are judged, and vetoes as in any system', () => {
    const result = totals(CHECKLIST, new Map([...judged([['C1.1', '达标']]), ['veto', { points: 0, vetoed: true }]]));
    expect(result.indicators[1].children[0].verdicts).toMatchObject({ judged: 1, items: 2, verdict: null });
    expect(result).toMatchObject({ vetoed: true, vetoedBy: ['veto'] });
  });

  it('judges a verdicts subtree inside a scored system: its points stay out of the total', () => {
    const mixed: ScoringSystem = {
      totalScore: 10,
      indicators: [
        { id: 'i1', code: '1', title: '基本条件（不计分）', maxScore: null, scoringMode: 'verdicts', rules: [verdictRule('r1'), verdictRule('r2')], children: [] },
        { id: 'i2', code: '2', title: '工作成效', maxScore: 10, rules: [{ id: 'r3', code: 'r3', text: 'r3', points: 10, params: { kind: 'range', min: 0, max: 10 } }], children: [] },
      ],
    };
    const result = totals(
      mixed,
      new Map([
        ...judged([
          ['r1', '达标'],
          ['r2', '未达标'],
        ]),
        ['r3', { points: 7, vetoed: false }],
      ]),
    );
    expect(result).toMatchObject({ points: 7, maxTotal: 10, hasPoints: true, scoringMode: 'points', complete: true });
    expect(result.indicators[0]).toMatchObject({ points: 0, maxPoints: 0, verdicts: { verdict: '未达标' } });
    expect(result.verdicts?.verdict).toBe('未达标');
  });

  it('uses the system’s own verdict scale', () => {
    const system: ScoringSystem = { ...CHECKLIST, verdicts: PASS_FAIL };
    const result = totals(system, judged([['A1.1', '合格']]));
    expect(result.indicators[0].verdicts).toEqual({
      counts: [
        { label: '合格', count: 1 },
        { label: '不合格', count: 0 },
      ],
      judged: 1,
      items: 1,
      verdict: '合格',
    });
  });
});
