import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { acceptAttribute, charCountText, formatFormDate, numberFromInput, problemsOfFiles, topKeyOf, withValue } from './renderer/form-renderer.model';
import { changedKeys, clockTime, copyKey, problemsOf, statusLabel, withFields } from './forms.model';

describe('forms model', () => {
  it('names a form’s status, 未填写 until its first save', () => {
    expect(statusLabel('DRAFT', false)).toBe('未填写');
    expect(statusLabel('DRAFT', true)).toBe('草稿');
    expect(statusLabel('SUBMITTED', true)).toBe('已提交');
  });

  it('finds the fields that differ, an emptied one included, whatever the key order', () => {
    expect(changedKeys({ unit: 'A', box: { signer: '张', date: '2026-12-01' } }, { box: { date: '2026-12-01', signer: '张' }, unit: 'A' })).toEqual([]);
    expect(changedKeys({ unit: 'A', head: '李' }, { unit: 'A', head: '', staffing: 3 })).toEqual(['head', 'staffing']);
    expect(withFields({ unit: 'B', head: '张' }, { unit: 'A', head: '' }, ['unit', 'head'])).toEqual({ unit: 'A' });
  });

  it('reads the problems of a VALIDATION refusal', () => {
    const error = new ApolloError({
      graphQLErrors: [new GraphQLError('有误', { extensions: { code: 'VALIDATION', details: { problems: [{ path: 'facilities[1].name', code: 'TOO_LONG', message: '太长' }, { nonsense: true }] } } })],
    });
    expect(problemsOf(error)).toEqual([{ path: 'facilities[1].name', code: 'TOO_LONG', message: '太长' }]);
    expect(problemsOf(null)).toEqual([]);
  });

  it('keeps a number box’s text when it is not a number, so the check can say so', () => {
    expect(numberFromInput('')).toBeUndefined();
    expect(numberFromInput(' 1,200 ')).toBe(1200);
    expect(numberFromInput('2.5')).toBe(2.5);
    expect(numberFromInput('-3')).toBe(-3);
    expect(numberFromInput('十二')).toBe('十二');
  });

  it('places problems and words counts and dates as the page shows them', () => {
    const problems = [
      { path: 'materials', code: 'TOO_MANY_FILES' as const, message: 'a' },
      { path: 'materials[1]', code: 'FILE_KIND_NOT_ACCEPTED' as const, message: 'b' },
      { path: 'materials_extra', code: 'REQUIRED' as const, message: 'c' },
    ];
    expect(problemsOfFiles(problems, 'materials').map((p) => p.message)).toEqual(['a', 'b']);
    expect(topKeyOf('facilities[1].name')).toBe('facilities');
    expect(topKeyOf('province_opinion.signer')).toBe('province_opinion');
    expect(charCountText(12, 500)).toBe('已写 12 / 500 字');
    expect(charCountText(12)).toBe('已写 12 字');
    expect(formatFormDate('2025-01-16')).toBe('2025年1月16日');
    expect(formatFormDate('1985-06')).toBe('1985年6月');
    expect(withValue({ a: 1, b: 'x' }, 'b', '')).toEqual({ a: 1 });
    expect(acceptAttribute(['pdf', 'image'])).toBe('.pdf,application/pdf,image/*,.jpg,.jpeg,.png,.webp,.heic');
    expect(clockTime(new Date(2026, 11, 5, 9, 5))).toBe('09:05');
    expect(copyKey('c', null, 'd')).toBe('accredit.form-draft:c:own:d');
  });
});
