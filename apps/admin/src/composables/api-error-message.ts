import { isApolloError, type ApolloError } from '@apollo/client/core';

// Turns what Apollo reports into the sentence a user reads. The API writes its messages in
// Chinese (`errors[].message`), so those are shown as they are; transport failures get a
// Chinese sentence of ours. Never raw JSON, never a stack trace.

interface MessageCarrier {
  message?: unknown;
}

const FALLBACK = '请求未成功，请稍后重试。';

function messagesOf(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return errors
    .map((e: MessageCarrier | null) => (e && typeof e.message === 'string' ? e.message.trim() : ''))
    .filter((m) => m.length > 0);
}

function unique(messages: string[]): string[] {
  return [...new Set(messages)];
}

function describeNetworkError(networkError: NonNullable<ApolloError['networkError']>): string {
  // A GraphQL server that refuses a request (400, 401, 403 …) still answers with `errors`.
  if ('result' in networkError && networkError.result && typeof networkError.result === 'object') {
    const fromServer = messagesOf((networkError.result as { errors?: unknown }).errors);
    if (fromServer.length > 0) return unique(fromServer).join('；');
  }
  if ('statusCode' in networkError && typeof networkError.statusCode === 'number') {
    const status = networkError.statusCode;
    if (status === 401) return '登录已失效，请重新登录。';
    if (status === 403) return '没有访问权限，请联系办公室管理员。';
    if (status >= 500) return `服务暂时不可用（HTTP ${status}），请稍后重试。`;
    return `请求未被受理（HTTP ${status}），请刷新页面后重试。`;
  }
  return '无法连接服务器，请检查网络后重试。';
}

/** The message to show for a failed query or mutation. */
export function apiErrorMessage(error: Pick<ApolloError, 'graphQLErrors' | 'networkError'> | null | undefined): string {
  if (!error) return FALLBACK;
  const fromGraphQL = messagesOf(error.graphQLErrors);
  if (fromGraphQL.length > 0) return unique(fromGraphQL).join('；');
  if (error.networkError) return describeNetworkError(error.networkError);
  return FALLBACK;
}

function codesOf(errors: unknown): unknown[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((e: { extensions?: { code?: unknown } } | null) => e?.extensions?.code);
}

/** Whether the API refused with this `extensions.code` (UNAUTHENTICATED, FORBIDDEN …). */
export function hasApiErrorCode(error: Pick<ApolloError, 'graphQLErrors' | 'networkError'> | null | undefined, code: string): boolean {
  if (!error) return false;
  if (codesOf(error.graphQLErrors).includes(code)) return true;
  const networkError = error.networkError;
  if (!networkError) return false;
  if (code === 'UNAUTHENTICATED' && 'statusCode' in networkError && networkError.statusCode === 401) return true;
  const result = 'result' in networkError ? (networkError.result as { errors?: unknown } | undefined) : undefined;
  return codesOf(result?.errors).includes(code);
}

/** The ApolloError in what a query or mutation threw, if it is one. */
export function asApolloError(error: unknown): ApolloError | null {
  return error instanceof Error && isApolloError(error) ? error : null;
}
