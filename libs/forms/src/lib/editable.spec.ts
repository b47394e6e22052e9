import { editableFields, isEditable } from './editable';
import { loadOrThrow } from './spec-helpers';
import type { FormValues } from './types';
import { validateFormValues } from './values';

// Sign-off boxes are written only by their role at their stage; the ordinary fields by the
// form's filler. Checked on the shipped first-batch application (participant workflow states).

const FORM = loadOrThrow('first-batch-application.yaml');
const ORDINARY = FORM.sections
  .flatMap((s) => s.fields)
  .filter((f) => f.type !== 'signOff')
  .map((f) => f.key);
const STAGE_LABELS = { applied: '已申报', recommended: '已推荐' };

const APPLIED: FormValues = {
  unit: '某县人民政府',
  applicant_signature: { signer: '张三', date: '2020-10-10', seal: { fileId: 's1', name: '公章.png', mediaType: 'image/png' } },
};
const OPINION = { opinion: '示范性强，同意推荐。', signer: '王五', date: '2020-10-20' };

describe('editableFields', () => {
  it('the applicant writes the ordinary fields and its own signature while applying', () => {
    expect(editableFields(FORM, { role: 'applicant', stage: 'applied' })).toEqual([...ORDINARY.slice(0, ORDINARY.indexOf('remarks')), 'applicant_signature', 'remarks']);
  });

  it('the province writes only its opinion box, and only while the county is applying', () => {
    expect(editableFields(FORM, { role: 'province', stage: 'applied' })).toEqual(['province_opinion']);
    expect(editableFields(FORM, { role: 'province', stage: 'recommended' })).toEqual([]);
  });

  it('experts and the national office sign once the county is recommended', () => {
    expect(editableFields(FORM, { role: 'expert', stage: 'recommended' })).toEqual(['expert_opinion']);
    expect(editableFields(FORM, { role: 'national', stage: 'recommended' })).toEqual(['national_opinion']);
    expect(editableFields(FORM, { role: 'expert', stage: 'applied' })).toEqual([]);
  });

  it('after naming the form is read-only for everyone', () => {
    for (const role of Object.keys(FORM.roles)) {
      expect(editableFields(FORM, { role, stage: 'named' })).toEqual([]);
    }
  });

  it('a part of the context left out is not checked', () => {
    const box = FORM.sections.flatMap((s) => s.fields).find((f) => f.key === 'province_opinion');
    if (!box) throw new Error('no province_opinion');
    expect(isEditable(FORM, box, { role: 'province' })).toBe(true);
    expect(isEditable(FORM, box, { stage: 'recommended' })).toBe(false);
    expect(editableFields(FORM, {})).toHaveLength(ORDINARY.length + 4);
  });
});

describe('validateFormValues with a role and a stage', () => {
  it('the province may fill its box', () => {
    const values = { ...APPLIED, province_opinion: OPINION };
    expect(validateFormValues(FORM, values, { role: 'province', stage: 'applied', previous: APPLIED, draft: true })).toEqual([]);
  });

  it('the province may not change what the county wrote, nor write the experts’ box', () => {
    const values = { ...APPLIED, unit: '另一个县', expert_opinion: OPINION, province_opinion: OPINION };
    expect(
      validateFormValues(FORM, values, {
        role: 'province',
        stage: 'applied',
        previous: APPLIED,
        draft: true,
        stageLabels: STAGE_LABELS,
      }),
    ).toEqual([
      {
        path: 'unit',
        code: 'NOT_EDITABLE',
        message: '「申报单位」只能由申报单位在“已申报”环节填写，请撤销对这一栏的修改',
      },
      {
        path: 'expert_opinion',
        code: 'NOT_EDITABLE',
        message: '「专家评审意见」只能由评审专家在“已推荐”环节填写，请撤销对这一栏的修改',
      },
    ]);
  });

  it('the county may not write the province’s box, even while applying', () => {
    const values = { ...APPLIED, province_opinion: OPINION };
    expect(validateFormValues(FORM, values, { role: 'applicant', stage: 'applied', previous: APPLIED, draft: true }).map((p) => [p.path, p.code])).toEqual([['province_opinion', 'NOT_EDITABLE']]);
  });

  it('an unchanged box written earlier by someone else is fine', () => {
    const before = { ...APPLIED, province_opinion: OPINION };
    const after = { ...before, expert_opinion: { ...OPINION, opinion: '同意命名。' } };
    expect(validateFormValues(FORM, after, { role: 'expert', stage: 'recommended', previous: before, draft: true })).toEqual([]);
  });

  it('without a previous version everything present counts as written now', () => {
    const values = { ...APPLIED, province_opinion: OPINION };
    expect(validateFormValues(FORM, values, { role: 'province', stage: 'applied', draft: true }).map((p) => p.path)).toEqual(['unit', 'applicant_signature']);
  });
});
