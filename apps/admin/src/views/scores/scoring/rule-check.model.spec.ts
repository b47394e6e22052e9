import { scoreRule } from '@accredit/scoring';
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleScoringFieldsFragment, RuleScoringInput, ScoringRuleKind } from '../../../graphql/generated/graphql';
import { ruleScoringOf } from '../../../testing/rule-scoring.fixture';
import { createAppI18n } from '../../../plugins/i18n';
import { buildRuleInput, checkRule, libraryInput, libraryParams, previewScore } from './rule-check.model';
import { reasonMessage } from './rule-reason.model';
import { initialFormState, readRuleScoring, type RuleFormState } from './rule-input.model';

// The form is checked and priced by @accredit/scoring, the library the API scores with: the
// preview must be the library's points for the same params and input (what the API stores).

/** A rule's scoring as the API reads it: the parameters under the field of its kind. */
const scoring = (kind: ScoringRuleKind, fields: Record<string, unknown>): RuleScoringFieldsFragment => ruleScoringOf({ [kind]: kind === 'verdict' ? true : fields } as unknown as RuleScoringInput);

function form(rule: RuleScoringFieldsFragment, fields: Partial<RuleFormState>) {
  const params = readRuleScoring(rule);
  const state = { ...initialFormState(params), comment: '材料齐全', ...fields };
  return { rule, params, state };
}

/** The preview and what the library itself gives for the same rule and input, side by side. */
function previewAndLibrary(rule: RuleScoringFieldsFragment, fields: Partial<RuleFormState>) {
  const { params, state } = form(rule, fields);
  const library = scoreRule(libraryParams(rule), libraryInput(params, state));
  return { preview: previewScore(rule, params, state), library: library.ok ? library.score.points : null };
}

afterEach(() => {
  createAppI18n('zh-CN');
});

describe('the rule’s parameters for the library', () => {
  it('are those under the field of the rule’s kind, a single applicant’s range as the library types it', () => {
    const tiered = scoring('tiered', { min: 1, max: 5, order: 'desc', singleApplicant: { min: 1, max: 3 } });
    expect(libraryParams(tiered)).toEqual({ kind: 'tiered', min: 1, max: 5, order: 'desc', singleApplicant: { kind: 'range', min: 1, max: 3 } });
    expect(libraryParams(scoring('perItem', { each: 2, cap: 4 }))).toEqual({ kind: 'perItem', each: 2, cap: 4 });
    expect(libraryParams(scoring('verdict', {}))).toEqual({ kind: 'verdict' });
  });
});

describe('the live preview is the scoring library’s points, per rule kind', () => {
  it('fixed', () => {
    const { preview, library } = previewAndLibrary(scoring('fixed', { points: 2 }), { achieved: true });
    expect(preview?.points).toBe(2);
    expect(preview?.points).toBe(library);
    expect(previewAndLibrary(scoring('fixed', { points: 2 }), { achieved: false }).preview?.points).toBe(0);
  });

  it('range', () => {
    const { preview, library } = previewAndLibrary(scoring('range', { min: 0, max: 3 }), { points: 2.5 });
    expect(preview?.points).toBe(2.5);
    expect(preview?.points).toBe(library);
  });

  it('conditionalCap: capped when the condition holds', () => {
    const rule = scoring('conditionalCap', { min: 0, max: 4, cap: 2, condition: '未处于前30%' });
    const { preview, library } = previewAndLibrary(rule, { points: 3, conditionMet: true });
    expect(preview).toEqual({ points: 2, capped: true, vetoed: false });
    expect(preview?.points).toBe(library);
    expect(previewAndLibrary(rule, { points: 3, conditionMet: false }).preview?.points).toBe(3);
  });

  it('alternative, and none applies', () => {
    const rule = scoring('alternative', {
      options: [
        { label: '2020年以来有表彰', points: 1 },
        { label: '2016年以来有表彰', points: 0.5 },
      ],
    });
    const chosen = previewAndLibrary(rule, { option: '2016年以来有表彰' });
    expect(chosen.preview?.points).toBe(0.5);
    expect(chosen.preview?.points).toBe(chosen.library);
    expect(previewAndLibrary(rule, { option: '__none__' }).preview?.points).toBe(0);
  });

  it('tiered: by rank with the rule’s step, and a single applicant', () => {
    const rule = scoring('tiered', { min: 1, max: 5, step: 2, singleApplicant: { min: 1, max: 5 } });
    const ranked = previewAndLibrary(rule, { tieredMode: 'rank', rank: 2, of: 3 });
    // 1–5 in steps of 2: three tiers, the second of three applicants earns 3.
    expect(ranked.preview?.points).toBe(3);
    expect(ranked.preview?.points).toBe(ranked.library);
    const single = previewAndLibrary(rule, { tieredMode: 'single', points: 4 });
    expect(single.preview?.points).toBe(4);
    expect(single.preview?.points).toBe(single.library);
  });

  it('perItem: capped at the rule’s maximum', () => {
    const { preview, library } = previewAndLibrary(scoring('perItem', { each: 2, cap: 4, item: '科普基地' }), { items: 3 });
    expect(preview).toEqual({ points: 4, capped: true, vetoed: false });
    expect(preview?.points).toBe(library);
  });

  it('veto: no points, vetoed', () => {
    const { preview, library } = previewAndLibrary(scoring('veto', { condition: '发生重大科普安全事故' }), { triggered: true });
    expect(preview).toEqual({ points: 0, capped: false, vetoed: true });
    expect(preview?.points).toBe(library);
  });

  it('series', () => {
    const { preview, library } = previewAndLibrary(scoring('series', { points: 1, years: [2019, 2020, 2021] }), { met: true });
    expect(preview?.points).toBe(1);
    expect(preview?.points).toBe(library);
  });

  it('none while the form is not scorable; none for a verdict rule (no points)', () => {
    expect(previewAndLibrary(scoring('range', { min: 0, max: 3 }), { points: 4 }).preview).toBeNull();
    expect(previewAndLibrary(scoring('range', { min: 0, max: 3 }), { points: null }).preview).toBeNull();
    const verdict = form(scoring('verdict', {}), { verdict: '达标' });
    expect(checkRule(verdict.rule, verdict.params, verdict.state)).toMatchObject({ ok: true, value: { verdict: { verdict: '达标' } }, score: null });
    expect(previewScore(verdict.rule, verdict.params, verdict.state)).toBeNull();
  });
});

describe('the library’s refusals, worded in the interface language', () => {
  it('names the field and the rule’s range, in English on an English screen', () => {
    createAppI18n('en');
    const { rule, params, state } = form(scoring('range', { min: 0, max: 3 }), { points: 4 });
    expect(buildRuleInput(rule, params, state)).toEqual({ ok: false, problems: ['Points must be between 0 and 3 pts'] });
    const tiered = form(scoring('tiered', { min: 1, max: 5 }), { rank: 4, of: 3 });
    expect(buildRuleInput(tiered.rule, tiered.params, tiered.state)).toEqual({ ok: false, problems: ['Rank 4 is higher than the number of applicants (3)'] });
  });

  it('a refusal the form cannot pin to a field still gets a message of its own, not the library’s Chinese', () => {
    createAppI18n('en');
    // The library counts at most 10000 applicants; the form does not know that limit.
    const { rule, params, state } = form(scoring('tiered', { min: 1, max: 5 }), { rank: 1, of: 20000 });
    const checked = checkRule(rule, params, state);
    expect(checked).toEqual({ ok: false, reasons: [{ code: 'notAccepted' }] });
    expect(reasonMessage({ code: 'notAccepted' }, params)).toBe('What you entered does not fit this rule; please check the values');
  });

  it('a rule whose parameters the library cannot read is not scorable', () => {
    const { rule, params, state } = form(scoring('range', { min: 3, max: 1 }), { points: 2 });
    expect(checkRule(rule, params, state)).toEqual({ ok: false, reasons: [{ code: 'ruleParams' }] });
  });
});
