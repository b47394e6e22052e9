import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { ErrorCode } from './error-code';
import { logRefusal, logUnavailable } from './error-log';
import { messageForCode } from './format-graphql-error';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Validation]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TransitionNotAllowed]: 409,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.QueryTooComplex]: 400,
  [ErrorCode.Timeout]: 503,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.Internal]: 500,
};

const logger = new Logger('Http');

export interface HttpErrorBody {
  errors: { message: string; extensions: { code: string; details?: Record<string, unknown> } }[];
}

/** body-parser's refusals (http-errors with a `type`): a body that is not JSON, too large, or in an unknown encoding. */
function bodyParserError(error: unknown): { status: number; message: string; reason: string } | null {
  const { type, status, expose } = (error ?? {}) as { type?: unknown; status?: unknown; expose?: unknown };
  // http-errors mark client errors `expose`; body-parser adds a `type` to most of them (not to a broken gzip stream).
  if (typeof status !== 'number' || status < 400 || status >= 500 || (typeof type !== 'string' && expose !== true)) return null;
  switch (type) {
    case 'entity.too.large':
      return { status: 413, message: '请求内容过大；大文件请用上传接口，查询请分成几次', reason: type };
    case 'entity.parse.failed':
      return { status: 400, message: '请求内容不是有效的 JSON，请检查后重试', reason: type };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, message: '请求内容的编码不受支持，请使用 UTF-8', reason: type };
    default:
      return { status, message: '请求内容无法读取（格式或压缩不正确），请检查后重试', reason: typeof type === 'string' ? type : 'unreadable-body' };
  }
}

/** The JSON error body of the HTTP routes, shaped like a GraphQL error so clients read both alike. */
export function httpError(error: unknown): { status: number; body: HttpErrorBody } {
  if (error instanceof AppError) {
    logRefusal(logger, error.code, error.message, undefined);
    const status = typeof error.details?.['status'] === 'number' ? (error.details['status'] as number) : STATUS[error.code];
    return { status, body: { errors: [{ message: error.message, extensions: { code: error.code, ...(error.details ? { details: error.details } : {}) } }] } };
  }
  const parserError = bodyParserError(error);
  if (parserError) {
    logRefusal(logger, ErrorCode.Validation, parserError.message, undefined);
    return { status: parserError.status, body: { errors: [{ message: parserError.message, extensions: { code: ErrorCode.Validation, details: { reason: parserError.reason } } }] } };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    const code = status === 404 ? ErrorCode.NotFound : status === 401 ? ErrorCode.Unauthenticated : status === 403 ? ErrorCode.Forbidden : ErrorCode.Validation;
    return { status, body: { errors: [{ message: status === 404 ? '找不到要访问的地址' : '请求不正确', extensions: { code } }] } };
  }
  if (isDatabaseUnavailable(error)) {
    logUnavailable(logger, error);
    return { status: 503, body: { errors: [{ message: messageForCode(ErrorCode.ServiceUnavailable, ''), extensions: { code: ErrorCode.ServiceUnavailable } }] } };
  }
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ''}` : String(error);
  logger.error(`未处理的错误：${text}`, error instanceof Error ? error.stack : undefined);
  return { status: 500, body: { errors: [{ message: '服务器内部错误，请稍后重试；如果一直出现，请联系系统管理员', extensions: { code: ErrorCode.Internal } }] } };
}

/** Turns anything thrown on a plain HTTP route (guards included) into a clear JSON error, never a stack trace. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    // GraphQL errors are shaped by formatGraphqlError; this filter answers plain HTTP only.
    if (host.getType() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      // Mid-download: the only honest signal left is to cut the connection.
      res.destroy();
      return;
    }
    const { status, body } = httpError(exception);
    res.status(status).json(body);
  }
}
