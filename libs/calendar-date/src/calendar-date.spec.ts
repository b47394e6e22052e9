import { addDays, chinaDay, daysBetween, isCalendarDate, toCalendarDate, todayInChina } from './calendar-date';

describe('calendar dates', () => {
  it('knows real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2022-02-31')).toBe(false);
    expect(isCalendarDate('2022-13-01')).toBe(false);
    expect(isCalendarDate('2023-2-1')).toBe(false);
    expect(isCalendarDate('2022-04-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20220401)).toBe(false);
    expect(isCalendarDate(undefined)).toBe(false);
  });

  it('adds and counts days across month, year and leap-year ends', () => {
    expect(addDays('2022-12-25', 14)).toBe('2023-01-08');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-12-31', '2025-01-31')).toBe(31);
    expect(daysBetween('2022-11-29', '2022-12-01')).toBe(2);
    expect(daysBetween('2022-12-01', '2022-11-29')).toBe(-2);
  });

  it('takes today in China, not in UTC', () => {
    expect(todayInChina(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
    expect(todayInChina(new Date('2026-03-31T15:59:00Z'))).toBe('2026-03-31');
    expect(chinaDay(new Date('2022-05-31T16:30:00Z'))).toBe('2022-06-01');
  });

  it('reads timestamps as the day in China and dates as written', () => {
    expect(toCalendarDate('2022-03-31T16:00:00Z')).toBe('2022-04-01');
    expect(toCalendarDate('2022-03-31T15:59:59Z')).toBe('2022-03-31');
    expect(toCalendarDate(new Date('2022-04-01T00:30:00+08:00'))).toBe('2022-04-01');
    expect(toCalendarDate('2022-04-01')).toBe('2022-04-01');
    expect(toCalendarDate('2022-04-31')).toBeUndefined();
    expect(toCalendarDate('not a date')).toBeUndefined();
    expect(toCalendarDate(undefined)).toBeUndefined();
  });
});
