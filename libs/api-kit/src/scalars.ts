import { isCalendarDate } from '@accredit/calendar-date';
import { GraphQLScalarType, Kind } from 'graphql';
import { ApiKitRefusal, apiKitError } from './api-kit.exception';

function parseLocalDate(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw apiKitError(ApiKitRefusal.BadDate, `日期不正确：${String(value).slice(0, 40)}，请使用真实存在的日期，格式 YYYY-MM-DD，例如 2022-04-01`);
  }
  return value;
}

/** A calendar day without time or zone ('2022-04-01'): phase and due dates are days, not instants. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: '日期（不含时间），格式 YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseLocalDate(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * Free-form data, only where the content has no fixed shape (e.g. an audit event's details).
 * Rule parameters and scores are typed per kind (@oneOf inputs), not JSON.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: '任意 JSON 数据',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: () => {
    throw apiKitError(ApiKitRefusal.JsonLiteral, 'JSON 参数请通过变量传入');
  },
});

/** ISO 8601 with a time and an offset or Z, e.g. 2022-04-01T08:30:00Z or 2022-04-01T08:30:00.000+08:00. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const parsed = match ? new Date(value as string) : null;
  // The calendar day must exist as written (2022-02-31T… is refused, not rolled over).
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || !isCalendarDate(match[1])) {
    throw apiKitError(ApiKitRefusal.BadDateTime, `时间不正确：${String(value).slice(0, 40)}，请使用 ISO 8601 格式，例如 2022-04-01T08:30:00+08:00`);
  }
  return parsed;
}

/** An instant (created, uploaded, decided at …): ISO 8601 with its offset; impossible times are VALIDATION. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: '时间点，ISO 8601 格式（含时区），如 2022-04-01T08:30:00+08:00',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new Error(`不是有效的时间：${String(value)}`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
