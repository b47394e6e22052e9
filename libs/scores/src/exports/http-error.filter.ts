import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode } from '@accredit/api-kit';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Validation]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TransitionNotAllowed]: 409,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.Internal]: 500,
};

const logger = new Logger('ExportsHttp');

/**
 * Errors of the export routes as JSON shaped like GraphQL errors ({errors: [{message,
 * extensions: {code}}]}): a stable code and a Chinese message, never a stack trace.
 */
@Catch()
export class ExportsHttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (exception instanceof AppError) {
      res.status(STATUS[exception.code]).json({ errors: [{ message: exception.message, extensions: { code: exception.code, ...(exception.details ? { details: exception.details } : {}) } }] });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      res.status(status).json({ errors: [{ message: status === 404 ? '找不到要访问的地址' : '请求不正确', extensions: { code: status === 404 ? ErrorCode.NotFound : ErrorCode.Validation } }] });
      return;
    }
    const text = exception instanceof Error ? `${exception.message} ${(exception as { code?: string }).code ?? ''}` : String(exception);
    if (/ECONNREFUSED|ECONNRESET|Connection terminated|57P0[1-3]/.test(text)) {
      res.status(503).json({ errors: [{ message: '数据库暂时不可用，请稍后重试', extensions: { code: ErrorCode.ServiceUnavailable } }] });
      return;
    }
    logger.error(`导出失败：${text}`, exception instanceof Error ? exception.stack : undefined);
    res.status(500).json({ errors: [{ message: '导出失败：服务器内部错误，请稍后重试；如果一直出现，请联系系统管理员', extensions: { code: ErrorCode.Internal } }] });
  }
}
