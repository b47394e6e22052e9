/**
 * Calendar days as `YYYY-MM-DD` strings, computed in UTC so that the server's time zone never
 * shifts a day. An instant becomes a day as it is in China (UTC+8, no daylight saving): deadlines,
 * phases and the dates printed on exports are Chinese calendar days.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** True for a real calendar date written `YYYY-MM-DD`: 2023-02-29 and 2022-13-01 are refused, not rolled over. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The date `days` days after `date` (before it for negative days). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day in China of an instant. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in China, the calendar the campaigns are planned in. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDay(now);
}

/**
 * The day in China of a date input: a `YYYY-MM-DD` is taken as written (undefined when no such day
 * exists), an instant or ISO timestamp is read as a day in China; undefined when it cannot be read.
 */
export function toCalendarDate(input: string | Date | undefined): string | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string' && ISO_DATE.test(input)) return isCalendarDate(input) ? input : undefined;
  const time = input instanceof Date ? input.getTime() : Date.parse(input);
  return Number.isNaN(time) ? undefined : chinaDay(new Date(time));
}
