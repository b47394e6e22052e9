import { ErrorCode } from './error-code';

/** The logging the error formatters need (Nest's Logger fits). */
export interface ErrorLogger {
  error(message: string, trace?: string): void;
  warn?(message: string): void;
  log?(message: string): void;
}

/** Codes that may be an attack or a misconfigured client: worth a warning. */
const WARN_CODES = new Set<string>([ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.QueryTooComplex, ErrorCode.Timeout, ErrorCode.TooManyRequests]);

/**
 * A refusal (the caller's mistake or lack of rights) is one short line, never a stack: a flood of
 * bad requests must not flood the log. The message is cut to keep each line small.
 */
export function logRefusal(logger: ErrorLogger | undefined, code: string, message: string, path: readonly (string | number)[] | undefined): void {
  if (!logger) return;
  const line = `${code}${path?.length ? ` ${path.join('.')}` : ''}: ${message.length > 200 ? `${message.slice(0, 200)}…` : message}`;
  if (WARN_CODES.has(code)) (logger.warn ?? logger.error).call(logger, line);
  else logger.log?.(line);
}

let lastUnavailableLog = 0;

/** A lost database is logged once every 10 s however many requests fail meanwhile. */
export function logUnavailable(logger: ErrorLogger | undefined, error: unknown): void {
  const now = Date.now();
  if (!logger || now - lastUnavailableLog < 10_000) return;
  lastUnavailableLog = now;
  const text = error instanceof Error ? error.message : String(error);
  (logger.warn ?? logger.error).call(logger, `数据库不可用：${text.slice(0, 200)}`);
}
