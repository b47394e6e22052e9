import { namedListPath, type PublicNamedList } from '@accredit/public-lists-contract';
import { httpApiErrorOf, networkErrorOf } from '../../../composables/http-api';

// The published named list of a national batch (命名名单), read without login from the API's
// public route; the same list as .xlsx at `${namedListPath(id)}.xlsx`.

export type { PublicListEntry, PublicNamedList } from '@accredit/public-lists-contract';

/** Reads the list; a refusal (no such list: 404) comes as an HttpApiError with the API's message. */
export async function fetchNamedList(campaignId: string, fetchImpl: typeof fetch = fetch): Promise<PublicNamedList> {
  let response: Response;
  try {
    // No cookie needed, none sent: the page is the same for everyone.
    response = await fetchImpl(namedListPath(campaignId), { credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw networkErrorOf(error);
  }
  const text = await response.text();
  if (!response.ok) throw httpApiErrorOf(response.status, text);
  return JSON.parse(text) as PublicNamedList;
}
