import { chinaDay } from '@accredit/calendar-date';

/**
 * The name a campaign's document downloads as: its campaign name may hold anything, so path,
 * control and format characters become `_` (the header itself is written by `content-disposition`).
 */
export function exportFileName(name: string, fallback: string): string {
  return name.replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, '_').trim() || fallback;
}

/** 20221120 in China's time zone, for file names. */
export function compactDate(date: Date): string {
  return chinaDay(date).replace(/-/g, '');
}
