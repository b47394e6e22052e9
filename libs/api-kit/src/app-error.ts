import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from './error-code';

/** The message of a refusal for an id that names nothing the caller may see (or nothing at all). */
export const notFoundMessage = (what: string, id: string): string => `找不到${what}（${id}），请确认后重试`;

/**
 * An error meant for the user: a stable code plus a Chinese message that says what to do.
 * Anything thrown that is not an AppError is treated as an internal fault and never shown.
 * Intrinsic: Nest does not log it with a stack (a refusal is the caller's mistake, not ours);
 * the error formatters log one line for it instead.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(what: string, id: string): AppError {
    return new AppError(ErrorCode.NotFound, notFoundMessage(what, id), { id });
  }

  static validation(message: string, details?: Record<string, unknown>): AppError {
    return new AppError(ErrorCode.Validation, message, details);
  }

  static conflict(message: string, details?: Record<string, unknown>): AppError {
    return new AppError(ErrorCode.Conflict, message, details);
  }
}
