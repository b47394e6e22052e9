import { tr } from '../plugins/i18n';
import { apiErrorMessage, asApolloError } from './api-error-message';

/** The sentence for anything a request threw: the API's own message, never raw JSON. */
export function errorMessageOf(error: unknown): string {
  const apollo = asApolloError(error);
  if (apollo) return apiErrorMessage(apollo);
  if (error instanceof Error && error.message) return error.message;
  return apiErrorMessage(null);
}

/** Shows a failure as an Element message carrying the API's message. */
export function notifyError(error: unknown, prefix?: string): void {
  const message = errorMessageOf(error);
  ElMessage.error({ message: prefix ? tr('messages.withPrefix', { prefix, message }) : message, grouping: true });
}
