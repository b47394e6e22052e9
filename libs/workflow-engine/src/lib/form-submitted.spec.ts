import { evaluateEvent } from './evaluator';
import { compileOrThrow, errorsOf } from './spec-helpers';
import type { Facts, RefusedEvent } from './types';

// formSubmitted: a participant's filled form of a declared definition key must be submitted in
// the subject's campaign; the facts come from the caller (the form module, through a port).

function definitionWith(guard: string, forms = 'forms:\n  annual-summary: 年度工作总结\n  typical-cases: 典型案例\n'): string {
  return `
key: yearly
version: 1
entityType: participant
name: 年度报送
${forms}
states:
  pending: { label: 待报送, initial: true }
  filed: { label: 已报送, final: true }
transitions:
  - event: file
    label: 报送
    from: pending
    to: filed
    roles: [office_admin]
    guards:
      - ${guard}
`;
}

const office = { id: 'o', roles: ['office_admin'] };
const reasons = (guard: string, facts: Facts): readonly string[] => {
  const status = evaluateEvent(compileOrThrow(definitionWith(guard)), { state: 'pending', event: 'file', actor: office, facts });
  return status.allowed ? [] : (status as RefusedEvent).reasons;
};

describe('formSubmitted', () => {
  it('passes once the form is submitted and names the missing form by its declared name otherwise', () => {
    expect(reasons('formSubmitted: { form: annual-summary }', { submittedForms: ['annual-summary'] })).toEqual([]);
    expect(reasons('formSubmitted: { form: annual-summary }', { submittedForms: ['typical-cases'] })).toEqual(['不能报送：尚未提交《年度工作总结》，请先填写并提交']);
    expect(reasons('formSubmitted: { form: [annual-summary, typical-cases] }', { submittedForms: [] })).toEqual(['不能报送：尚未提交《年度工作总结》《典型案例》，请先填写并提交']);
    expect(reasons('formSubmitted: typical-cases', { submittedForms: ['typical-cases'] })).toEqual([]);
  });

  it('refuses when the caller did not read the forms (no port wired) rather than passing', () => {
    expect(reasons('formSubmitted: { form: annual-summary }', {})).toEqual(['不能报送：缺少表单的提交情况']);
  });

  it('refuses a form that is not declared, or a malformed parameter, with its position', () => {
    const undeclared = errorsOf(definitionWith('formSubmitted: { form: annual-sumary }'));
    expect(undeclared).toEqual([
      expect.objectContaining({ code: 'INVALID_GUARD_PARAMS', path: 'transitions[0].guards[0].formSubmitted.form', message: expect.stringContaining('未声明的表单"annual-sumary"') }),
    ]);
    const noForms = errorsOf(definitionWith('formSubmitted: { form: annual-summary }', ''));
    expect(noForms.map((error) => error.code)).toEqual(['INVALID_GUARD_PARAMS']);
    const wrongKey = errorsOf(definitionWith('formSubmitted: { forms: annual-summary }'));
    expect(wrongKey).toEqual([expect.objectContaining({ code: 'INVALID_GUARD_PARAMS', path: 'transitions[0].guards[0].formSubmitted.forms' })]);
  });
});
