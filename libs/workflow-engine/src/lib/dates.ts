import type { DateInput } from './types';

// Deadlines and phases are calendar days in China (UTC+8, no daylight saving). Comparing
// `YYYY-MM-DD` strings keeps guards pure and independent of the server's time zone.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2022-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/** The China calendar day of a date input, or undefined when it cannot be read. */
export function toCalendarDate(input: DateInput | undefined): string | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string' && DATE_ONLY.test(input)) {
    return isCalendarDate(input) ? input : undefined;
  }
  const time = input instanceof Date ? input.getTime() : Date.parse(input);
  if (Number.isNaN(time)) return undefined;
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus a number of days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
