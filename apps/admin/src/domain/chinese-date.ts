// Dates as the interface language writes them: 2022年4月 / April 2022, 2022年4月1日 / Apr 1, 2022,
// 2021年12月—2022年3月 (the named formats of locales/formats.ts).
import { tr, trDate } from '../plugins/i18n';
// The API sends calendar dates as 'YYYY-MM-DD' (the Date scalar); no time zone is involved,
// so the string is read directly instead of going through `Date`.

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads 'YYYY-MM-DD'; null for anything else (including impossible months or days). */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** '2022-04-01' → '2022年4月'. An unreadable value is shown as it came. */
export function formatYearMonth(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? trDate(new Date(date.year, date.month - 1, 1), 'month') : isoDate;
}

/** '2022-04-01' → '2022年4月1日'. */
export function formatFullDate(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? trDate(new Date(date.year, date.month - 1, date.day), 'day') : isoDate;
}

/**
 * A span of months, the way a plan document writes a phase: '2021年12月—2022年3月'.
 * A span inside one month is written once: '2022年4月'. Dates not planned yet (null) are
 * said so: '2022年4月起', '至2022年11月', '时间待定'.
 */
export function formatMonthRange(startsOn: string | null | undefined, endsOn: string | null | undefined): string {
  const from = startsOn ? formatYearMonth(startsOn) : null;
  const to = endsOn ? formatYearMonth(endsOn) : null;
  if (from && to) return from === to ? from : tr('domain.date.monthRange', { from, to });
  if (from) return tr('domain.date.monthFrom', { from });
  if (to) return tr('domain.date.monthTo', { to });
  return tr('domain.date.unscheduled');
}

/** Today as 'YYYY-MM-DD' in the browser's time zone (the campaign's dates are local dates). */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An instant ('2026-11-23T11:05:00Z') as 2026年11月23日 19:05 in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return tr('domain.date.none');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return trDate(date, 'dateTime');
}
