import { formatFullDate } from './chinese-date';

/** A document date ('2022-04-01') as 2022年4月1日; '—' when none. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? formatFullDate(iso) : '—';
}
