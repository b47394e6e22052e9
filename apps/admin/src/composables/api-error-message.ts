import { tr } from '../plugins/i18n';
import { isApolloError, type ApolloError } from '@apollo/client/core';

// Turns what Apollo reports into the sentence a user reads. The API writes its messages in
// Chinese (`errors[].message`), so those are shown as they are; transport failures get a
// Chinese sentence of ours. Never raw JSON, never a stack trace.

interface MessageCarrier {
  message?: unknown;
}

const fallback = (): string => tr('messages.requestFailed');

function messagesOf(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((e: MessageCarrier | null) => (e && typeof e.message === 'string' ? e.message.trim() : '')).filter((m) => m.length > 0);
}

function unique(messages: string[]): string[] {
  return [...new Set(messages)];
}

function describeNetworkError(networkError: NonNullable<ApolloError['networkError']>): string {
  // A GraphQL server that refuses a request (400, 401, 403 …) still answers with `errors`.
  if ('result' in networkError && networkError.result && typeof networkError.result === 'object') {
    const fromServer = messagesOf((networkError.result as { errors?: unknown }).errors);
    if (fromServer.length > 0) return unique(fromServer).join(tr('messages.listSeparator'));
  }
  if ('statusCode' in networkError && typeof networkError.statusCode === 'number') {
    const status = networkError.statusCode;
    if (status === 401) return tr('messages.sessionInvalid');
    if (status === 403) return tr('messages.forbidden');
    if (status >= 500) return tr('messages.unavailable', { status });
    return tr('messages.refusedReload', { status });
  }
  return tr('messages.offline');
}

/** The message to show for a failed query or mutation. */
export function apiErrorMessage(error: Pick<ApolloError, 'graphQLErrors' | 'networkError'> | null | undefined): string {
  if (!error) return fallback();
  const fromGraphQL = messagesOf(error.graphQLErrors);
  if (fromGraphQL.length > 0) return unique(fromGraphQL).join(tr('messages.listSeparator'));
  if (error.networkError) return describeNetworkError(error.networkError);
  return fallback();
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
