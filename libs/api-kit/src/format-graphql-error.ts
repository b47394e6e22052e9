import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { ErrorCode } from './error-code';
import { type ErrorLogger, logRefusal, logUnavailable } from './error-log';
import { TOO_MANY_TOKENS } from './query-limits/query-limits';

/** Apollo's own codes for requests that never reached a resolver, mapped onto ours. */
const REQUEST_ERROR_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语句有语法错误，请检查后重试',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义，请检查字段和参数',
  BAD_USER_INPUT: '参数格式不正确，请检查后重试',
  BAD_REQUEST: '请求格式不正确',
  PERSISTED_QUERY_NOT_FOUND: '请求格式不正确',
  OPERATION_RESOLUTION_FAILURE: '找不到要执行的操作，请检查 operationName',
};

export type { ErrorLogger } from './error-log';

export interface FormatErrorOptions {
  logger?: ErrorLogger;
  /** Production: drop graphql-js's "Did you mean …?" hints, which reveal field names. */
  hideSuggestions?: boolean;
}

export function messageForCode(code: ErrorCode, fallback: string): string {
  switch (code) {
    case ErrorCode.Unauthenticated:
      return fallback || '请先登录';
    case ErrorCode.Forbidden:
      return fallback || '没有权限执行此操作';
    case ErrorCode.NotFound:
      return fallback || '找不到要访问的数据';
    case ErrorCode.Validation:
      return fallback || '输入不正确，请检查后重试';
    case ErrorCode.Conflict:
      return fallback || '数据已被他人修改，请刷新后重试';
    case ErrorCode.TransitionNotAllowed:
      return fallback || '当前状态下不能执行此操作';
    case ErrorCode.ServiceUnavailable:
      return fallback || '数据库暂时不可用，请稍后重试';
    case ErrorCode.QueryTooComplex:
      return fallback || '查询过于复杂，请简化后重试';
    case ErrorCode.Timeout:
      return fallback || '请求处理超时，请稍后重试';
    case ErrorCode.TooManyRequests:
      return fallback || '请求过于频繁，请稍后再试';
    case ErrorCode.Internal:
      return '服务器内部错误，请稍后重试；如果一直出现，请联系系统管理员';
  }
}

/** graphql-js and Apollo wrap a thrown error in GraphQLErrors (a variable's coercion twice): find what was thrown. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof GraphQLError && current.originalError; depth++) current = current.originalError;
  return current;
}

// graphql-armor's block-field-suggestions is an Envelop plugin (Apollo Server has no onValidate
// hook for it) and covers validation only; a scalar or enum coercion error raised during execution
// carries the same "Did you mean" hint, so one rule here serves both.
const SUGGESTION = / ?Did you mean .*\?$/;

/** graphql-js's words for a value outside an enum (a literal, a quoted literal, a variable). */
const NOT_IN_ENUM = [/Value "((?:[^"\\]|\\.)*)" does not exist in "(\w+)" enum/, /Enum "(\w+)" cannot represent non-enum value: (.*?)\.?(?: Did you mean|$)/];

/**
 * A value outside a closed set (a rule kind, a due-date scope …) says which value and which set,
 * in Chinese; the generic "check your fields" would leave the caller guessing.
 */
function enumMessage(reason: string): string | null {
  const [literal, quoted] = NOT_IN_ENUM;
  const byValue = literal.exec(reason);
  if (byValue) return `取值「${byValue[1]}」不在 ${byValue[2]} 的可选范围内，请改用接口定义中列出的取值`;
  const byEnum = quoted.exec(reason);
  if (byEnum) return `取值 ${byEnum[2]} 不在 ${byEnum[1]} 的可选范围内（可选值不加引号），请改用接口定义中列出的取值`;
  return null;
}

/** graphql-js's words for a @oneOf input given none or several of its fields (a literal, a variable). */
const NOT_ONE_OF = [/OneOf Input Object "(\w+)" must specify exactly one key/, /Exactly one key must be specified for OneOf type "(\w+)"/];

/** A @oneOf input (a score's value, a rule's scoring) says that exactly one field is wanted. */
function oneOfMessage(reason: string): string | null {
  const type = NOT_ONE_OF.map((words) => words.exec(reason)?.[1]).find(Boolean);
  return type ? `${type} 须恰好给出一项（不能不给，也不能同时给两项），请只填与类型同名的那一项` : null;
}

/**
 * The one place that decides what a client sees of an error: our code and Chinese message,
 * never a stack trace or an internal message. Refusals are logged as one line, faults with
 * their stack, a lost database once per outage.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions = {}): GraphQLFormattedError {
  const { logger } = options;
  const original = rootCause(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    logRefusal(logger, original.code, original.message, formatted.path);
    return {
      ...base,
      message: messageForCode(original.code, original.message),
      extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
    };
  }

  const apolloCode = formatted.extensions?.['code'];
  if (apolloCode === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) {
    const message = '查询语句过长，请分成几次查询';
    logRefusal(logger, ErrorCode.QueryTooComplex, message, undefined);
    return { ...base, message, extensions: { code: ErrorCode.QueryTooComplex, details: { rule: 'tokens' } } };
  }
  if (typeof apolloCode === 'string' && apolloCode in REQUEST_ERROR_CODES) {
    const reason = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    logRefusal(logger, ErrorCode.Validation, reason, undefined);
    return {
      ...base,
      message: enumMessage(reason) ?? oneOfMessage(reason) ?? REQUEST_ERROR_CODES[apolloCode],
      // The parser's own English text is kept as a detail: it names the bad field.
      extensions: { code: ErrorCode.Validation, details: { reason } },
    };
  }
  // A GraphQLError raised by graphql-js itself during execution (e.g. a scalar that cannot
  // be coerced) has no original error and is the caller's fault.
  if (error instanceof GraphQLError && !error.originalError) {
    const reason = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    logRefusal(logger, ErrorCode.Validation, reason, formatted.path);
    return {
      ...base,
      message: REQUEST_ERROR_CODES['BAD_USER_INPUT'],
      extensions: { code: ErrorCode.Validation, details: { reason } },
    };
  }

  if (isDatabaseUnavailable(original)) {
    logUnavailable(logger, original);
    return { ...base, message: messageForCode(ErrorCode.ServiceUnavailable, ''), extensions: { code: ErrorCode.ServiceUnavailable } };
  }

  const text = original instanceof Error ? `${original.message} ${(original as { code?: string }).code ?? ''}` : String(original);
  logger?.error(`未处理的错误：${text}`, original instanceof Error ? original.stack : undefined);
  return { ...base, message: messageForCode(ErrorCode.Internal, ''), extensions: { code: ErrorCode.Internal } };
}
