import { describe, expect, it } from 'vitest';
import { formatFullDate, formatMonthRange, formatYearMonth, parseIsoDate, todayIsoDate } from './chinese-date';

describe('chinese dates', () => {
  it('writes a month as 2022年4月, without a leading zero', () => {
    expect(formatYearMonth('2022-04-01')).toBe('2022年4月');
    expect(formatYearMonth('2021-12-31')).toBe('2021年12月');
  });

  it('writes a full date as 2022年4月1日', () => {
    expect(formatFullDate('2022-04-01')).toBe('2022年4月1日');
    expect(formatFullDate('2023-01-31')).toBe('2023年1月31日');
  });

  it('writes a phase span the way the plan does', () => {
    expect(formatMonthRange('2021-12-01', '2022-03-31')).toBe('2021年12月—2022年3月');
    expect(formatMonthRange('2022-04-01', '2022-11-30')).toBe('2022年4月—2022年11月');
    expect(formatMonthRange('2022-04-01', '2022-04-30')).toBe('2022年4月');
  });

  it('says when a date is not planned yet', () => {
    expect(formatMonthRange('2022-04-01', null)).toBe('2022年4月起');
    expect(formatMonthRange(null, '2022-11-30')).toBe('至2022年11月');
    expect(formatMonthRange(null, undefined)).toBe('时间待定');
  });

  it('leaves what it cannot read as it came', () => {
    expect(parseIsoDate('2022-13-01')).toBeNull();
    expect(parseIsoDate('2022/04/01')).toBeNull();
    expect(formatYearMonth('待定')).toBe('待定');
  });

  it('gives today in the local calendar', () => {
    expect(todayIsoDate(new Date(2022, 3, 1, 23, 59))).toBe('2022-04-01');
  });
});
