import { AppError } from './app-error';
import type { ErrorCode } from './error-code';

/** Further details of a refusal; never a `reason` of their own, which would hide the enum's. */
export type RefusalDetails = Record<string, unknown> & { reason?: never };

/** Makes an AppError for one of a module's refusal reasons. */
export type RefusalFactory<R extends string> = (reason: R, message: string, details?: RefusalDetails) => AppError;

/**
 * A module's refusal factory, from its own exhaustive reason → code mapping (twenty's pattern:
 * each module keeps its reason enum and its switch; the error they make is made here once). The
 * error carries the code, the Chinese message saying what to do, and the reason in
 * `extensions.details.reason`, with any further details beside it.
 */
export function refusalFactory<R extends string>(codeOf: (reason: R) => ErrorCode): RefusalFactory<R> {
  return (reason, message, details = {}) => new AppError(codeOf(reason), message, { ...details, reason });
}
