import { ApiKitRefusal, apiKitError } from './api-kit.exception';
import type { AppError } from './app-error';

/**
 * Whether a request's work should stop: its client has gone away or it has run past its time.
 * The query-limits plugin marks the GraphQL context; the per-request DataLoaders (where requests
 * do their database work) refuse to start a batch for a cancelled request. Checking every field
 * instead cost a third of a large answer's time (Apollo's per-field instrumentation).
 */
const CANCELLED = Symbol('accredit.requestCancelled');

type Cancellable = { [CANCELLED]?: AppError | null };

export function cancelRequest(context: object, reason: AppError): void {
  const target = context as Cancellable;
  target[CANCELLED] ??= reason;
}

export function cancellationOf(context: object): AppError | null {
  return (context as Cancellable)[CANCELLED] ?? null;
}

export function throwIfCancelled(context: object): void {
  const reason = cancellationOf(context);
  if (reason) throw reason;
}

export const timedOut = (timeoutMs: number) => apiKitError(ApiKitRefusal.TimedOut, `请求处理超过 ${Math.round(timeoutMs / 1000)} 秒，已停止；请缩小查询范围后重试`, { timeoutMs });

export const clientGone = () => apiKitError(ApiKitRefusal.ClientClosed, '客户端已断开，请求已停止');
