import { join } from 'node:path';
import { type FormDefinition, loadFormFile } from '@accredit/forms';
import { actingRole, writableFields } from './form-stage';

const loaded = loadFormFile(join(__dirname, '../../../forms/first-batch-application.yaml'));
if (!loaded.ok) throw new Error('first-batch-application.yaml does not load');
const definition: FormDefinition = loaded.definition;

describe('writableFields', () => {
  it('gives the applicant its fields and its signature box at the applied stage until it submits', () => {
    const fields = writableFields(definition, 'applicant', 'applied', 'draft');
    expect(fields).toContain('unit');
    expect(fields).toContain('applicant_signature');
    expect(fields).not.toContain('province_opinion');
    expect(writableFields(definition, 'applicant', 'applied', 'submitted')).toEqual([]);
    expect(writableFields(definition, 'applicant', 'recommended', 'draft')).toEqual([]);
  });

  it('opens the province’s box only on a submitted form at the applied stage', () => {
    expect(writableFields(definition, 'province', 'applied', 'draft')).toEqual([]);
    expect(writableFields(definition, 'province', 'applied', 'submitted')).toEqual(['province_opinion']);
    expect(writableFields(definition, 'province', 'recommended', 'submitted')).toEqual([]);
    expect(writableFields(definition, 'expert', 'recommended', 'submitted')).toEqual(['expert_opinion']);
  });

  it('closes every staged field when the organisation is at no stage', () => {
    expect(writableFields(definition, 'applicant', null, 'draft')).toEqual([]);
    expect(writableFields(definition, null, 'applied', 'draft')).toEqual([]);
  });
});

describe('actingRole', () => {
  it('picks the role that may write now, else the first held', () => {
    expect(actingRole(definition, ['province'], 'applied', 'submitted')).toEqual({ role: 'province', editable: ['province_opinion'] });
    expect(actingRole(definition, ['province'], 'applied', 'draft')).toEqual({ role: 'province', editable: [] });
    expect(actingRole(definition, [], 'applied', 'draft')).toEqual({ role: null, editable: [] });
  });
});
