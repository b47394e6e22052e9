import type { IntlDateTimeFormats, IntlNumberFormats } from 'vue-i18n';

// Named date and number formats for `d` / `n`: 2022年4月 / April 2022, 2022年4月1日 / Apr 1, 2022 …
const dates = {
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  dateTime: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
} as const;

export const datetimeFormats = {
  'zh-CN': dates,
  en: {
    month: { year: 'numeric', month: 'long' },
    day: { year: 'numeric', month: 'short', day: 'numeric' },
    dateTime: {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    },
  },
} satisfies IntlDateTimeFormats;

const numbers = {
  decimal: { style: 'decimal', maximumFractionDigits: 2 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
  points: { style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 2 },
} as const;

export const numberFormats = { 'zh-CN': numbers, en: numbers } satisfies IntlNumberFormats;
