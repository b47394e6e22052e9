import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '../../../../plugins/i18n';
import type { RuleScoreValueFieldsFragment, RuleScoringInput, ScoringRuleKind } from '../../../../graphql/generated/graphql';
import { ruleScoringOf } from '../../../../testing/rule-scoring.fixture';
import RuleScoreForm, { type ScoredRule } from './rule-score-form.vue';

// The scoring form per rule kind: the typed `value` it builds (libs/scoring/src/rule-input.ts)
// and the values it refuses before anything reaches the API.

let wrapper: VueWrapper | undefined;

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

async function mountForm(rule: ScoredRule, previous: { value: RuleScoreValueFieldsFragment; comment: string } | null = null): Promise<VueWrapper> {
  wrapper = mount(RuleScoreForm, {
    global: { plugins: [i18n] },
    props: { rule, previous, sourceLabel: '自评' },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

async function setNumber(w: VueWrapper, test: string, value: string): Promise<void> {
  const input = w.get(`input#rule-${test}`);
  await input.setValue(value);
  await input.trigger('change');
  await flushPromises();
}

async function choose(w: VueWrapper, test: string): Promise<void> {
  await w.get(`[data-test="${test}"] input`).setValue(true);
  await flushPromises();
}

async function submit(w: VueWrapper, comment = '材料齐全'): Promise<void> {
  if (comment) await w.get('textarea#rule-comment').setValue(comment);
  await w.get('form').trigger('submit');
  await flushPromises();
}

const submitted = (w: VueWrapper) => (w.emitted('submit') ?? []).map(([value]) => value);
const problems = (w: VueWrapper): string[] => w.findAll('[data-test="problems"] li').map((li) => li.text());

/** A rule as the score sheet reads it: its parameters under the field of its kind, the other kinds null. */
const rule = (kind: ScoringRuleKind, params: Record<string, unknown>, maxPoints: number): ScoredRule => ({
  code: '1.1',
  text: '评分规则原文',
  kind,
  scoring: ruleScoringOf({ [kind]: kind === 'verdict' ? true : params } as unknown as RuleScoringInput),
  maxPoints,
});
/** A previous score's value: only the member of its kind is set. */
const noValue: RuleScoreValueFieldsFragment = { fixed: null, range: null, conditionalCap: null, alternative: null, tiered: null, perItem: null, veto: null, series: null, verdict: null };

const i18n = createAppI18n('zh-CN');

describe('RuleScoreForm', () => {
  it('verdict: a checklist rule is judged with one of the system’s verdicts, no points', async () => {
    wrapper = mount(RuleScoreForm, {
      global: { plugins: [i18n] },
      props: { rule: rule('verdict', {}, 0), previous: null, sourceLabel: '自评', verdicts: ['合格', '基本合格', '不合格'] },
      attachTo: document.body,
    });
    await flushPromises();
    const w = wrapper;
    expect(w.findAll('[data-test="verdict"] .el-radio').map((r) => r.text())).toEqual(['合格', '基本合格', '不合格']);
    await submit(w);
    expect(problems(w)).toEqual(['请选择判定结果：合格 / 基本合格 / 不合格']);
    await choose(w, 'verdict-基本合格');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { verdict: { verdict: '基本合格' } }, comment: '材料齐全' }]);
  });

  it('fixed: achieved yes / no', async () => {
    const w = await mountForm(rule('fixed', { points: 2 }, 2));
    await choose(w, 'achieved-yes');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { fixed: { achieved: true } }, comment: '材料齐全' }]);

    await choose(w, 'achieved-no');
    await submit(w, '');
    expect(submitted(w)[1]).toEqual({ value: { fixed: { achieved: false } }, comment: '材料齐全' });
  });

  it('range: a number within min..max, out-of-range and 3 decimals refused', async () => {
    const w = await mountForm(rule('range', { min: 0, max: 3 }, 3));
    await setNumber(w, 'points', '4');
    await submit(w);
    expect(submitted(w)).toEqual([]);
    expect(problems(w)).toEqual(['得分须在 0–3 分之间']);

    await setNumber(w, 'points', '2.125');
    await submit(w);
    expect(problems(w)).toEqual(['得分最多保留两位小数']);

    await setNumber(w, 'points', '2.5');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { range: { points: 2.5 } }, comment: '材料齐全' }]);
    expect(w.find('[data-test="problems"]').exists()).toBe(false);
  });

  it('conditionalCap: points and the condition', async () => {
    const w = await mountForm(rule('conditionalCap', { min: 0, max: 4, cap: 2, condition: '未处于前30%' }, 4));
    expect(w.get('[data-test="condition-met"]').text()).toContain('未处于前30%');
    await setNumber(w, 'points', '-1');
    await submit(w);
    expect(problems(w)).toEqual(['评定得分须在 0–4 分之间']);

    await setNumber(w, 'points', '3');
    await w.get('[data-test="condition-met"] input').setValue(true);
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { conditionalCap: { points: 3, conditionMet: true } }, comment: '材料齐全' }]);
  });

  it('alternative: one option, or none (null)', async () => {
    const w = await mountForm(
      rule(
        'alternative',
        {
          options: [
            { label: '2020年以来有表彰', points: 1 },
            { label: '2016年以来有表彰', points: 0.5 },
          ],
        },
        1,
      ),
    );
    await submit(w);
    expect(problems(w)).toEqual(['请选择所符合的情形']);

    await choose(w, 'option-2016年以来有表彰');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { alternative: { option: '2016年以来有表彰' } }, comment: '材料齐全' }]);

    await choose(w, 'option-none');
    await submit(w);
    expect(submitted(w)[1]).toEqual({ value: { alternative: { option: null } }, comment: '材料齐全' });
  });

  it('tiered: rank of applicants, rank beyond the count refused; points for a single applicant', async () => {
    const w = await mountForm(rule('tiered', { min: 1, max: 5, basis: '人均科普经费', singleApplicant: { min: 1, max: 5 } }, 5));
    await setNumber(w, 'rank', '4');
    await setNumber(w, 'of', '3');
    await submit(w);
    expect(problems(w)).toEqual(['名次 4 大于申报单位数 3']);

    await setNumber(w, 'of', '1');
    await submit(w);
    expect(problems(w)).toEqual(['申报单位数须为不小于 2 的整数']);

    await setNumber(w, 'rank', '2');
    await setNumber(w, 'of', '10');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { tiered: { rank: 2, of: 10 } }, comment: '材料齐全' }]);

    await w.get('[data-test="tiered-single"] input').setValue(true);
    await flushPromises();
    await setNumber(w, 'points', '6');
    await submit(w);
    expect(problems(w)).toEqual(['得分须在 1–5 分之间']);
    await setNumber(w, 'points', '4');
    await submit(w);
    expect(submitted(w)[1]).toEqual({ value: { tiered: { points: 4 } }, comment: '材料齐全' });
  });

  it('perItem: a whole number of items', async () => {
    const w = await mountForm(rule('perItem', { each: 2, cap: 4, item: '科普基地' }, 4));
    expect(w.text()).toContain('每项 2 分，最高 4 分');
    expect(w.find('[data-test="preview"]').exists()).toBe(false);
    await setNumber(w, 'items', '3');
    // The scoring library's points, capped as the API will store them.
    expect(w.get('[data-test="preview"]').text()).toBe('本项得分 4 分（已封顶）');
    await setNumber(w, 'items', '1.5');
    await submit(w);
    expect(problems(w)).toEqual(['科普基地数须为不小于 0 的整数']);
    await setNumber(w, 'items', '3');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { perItem: { items: 3 } }, comment: '材料齐全' }]);
  });

  it('veto: triggered yes / no', async () => {
    const w = await mountForm(rule('veto', { condition: '发生重大科普安全事故' }, 0));
    await submit(w);
    expect(problems(w)).toEqual(['请选择是否发生否决情形']);
    await choose(w, 'triggered-yes');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { veto: { triggered: true } }, comment: '材料齐全' }]);
  });

  it('series: met yes / no', async () => {
    const w = await mountForm(rule('series', { points: 1, years: [2019, 2020, 2021] }, 1));
    expect(w.text()).toContain('2019–2021 年是否逐年达到要求');
    await choose(w, 'met-no');
    await submit(w);
    expect(submitted(w)).toEqual([{ value: { series: { met: false } }, comment: '材料齐全' }]);
  });

  it('requires a reason', async () => {
    const w = await mountForm(rule('fixed', { points: 1 }, 1));
    await choose(w, 'achieved-yes');
    await w.get('textarea#rule-comment').setValue('   ');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(submitted(w)).toEqual([]);
    expect(problems(w)).toEqual(['请填写评分理由']);
  });

  it('starts from the current score, and shows the API refusal', async () => {
    const w = await mountForm(rule('range', { min: 0, max: 2 }, 2), { value: { ...noValue, range: { points: 1.5 } }, comment: '已有评分' });
    expect((w.get('input#rule-points').element as HTMLInputElement).value).toBe('1.5');
    await w.setProps({ refusal: '当前不在认定阶段，评审专家不能评分' });
    expect(w.get('[data-test="refusal"]').text()).toContain('当前不在认定阶段，评审专家不能评分');
    await submit(w, '');
    expect(submitted(w)).toEqual([{ value: { range: { points: 1.5 } }, comment: '已有评分' }]);
  });
});
