import { join } from 'node:path';
import { loadFormFile } from '@accredit/forms';
import { changedFields, sameValue } from '@accredit/forms';
import { attachmentRefs } from './value-changes';

describe('changedFields', () => {
  it('treats empty values alike and ignores key order', () => {
    expect(sameValue(undefined, '')).toBe(true);
    expect(sameValue({ a: 1, b: '' }, { a: 1 })).toBe(true);
    expect(sameValue([{ name: '科技馆', quantity: 1 }], [{ quantity: 1, name: '科技馆' }])).toBe(true);
    expect(changedFields({ unit: 'A', head: '张三' }, { unit: 'B', head: '张三', email: '' })).toEqual(['unit']);
    expect(changedFields({ unit: 'A' }, {})).toEqual(['unit']);
  });
});

describe('attachmentRefs', () => {
  it('finds seals of sign-off boxes among the fields asked for', () => {
    const loaded = loadFormFile(join(__dirname, '../../../forms/first-batch-application.yaml'));
    if (!loaded.ok) throw new Error('does not load');
    const seal = { fileId: 'f1', name: '公章.png', mediaType: 'image/png' };
    const values = { applicant_signature: { signer: '张三', date: '2025-01-16', seal }, province_opinion: { seal: { ...seal, fileId: 'f2' } } };
    expect(attachmentRefs(loaded.definition, values, ['applicant_signature'])).toEqual([{ path: 'applicant_signature.seal', ref: seal }]);
    expect(attachmentRefs(loaded.definition, values, ['applicant_signature', 'province_opinion'])).toHaveLength(2);
  });
});
