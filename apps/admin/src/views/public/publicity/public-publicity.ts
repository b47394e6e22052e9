import { publicityPath, type PublicPublicityList } from '@accredit/public-lists-contract';
import { httpApiErrorOf, networkErrorOf } from '../../../composables/http-api';

// The publicity list (公示名单) of a national batch, read without login from the API's public route:
// the units in publicity per province, with the publicity dates. Organisation data only.

export type { PublicityPhase, PublicPublicityList } from '@accredit/public-lists-contract';

/** Reads the list; a refusal (no such list: 404) comes as an HttpApiError with the API's message. */
export async function fetchPublicity(campaignId: string, fetchImpl: typeof fetch = fetch): Promise<PublicPublicityList> {
  let response: Response;
  try {
    // No cookie needed, none sent: the page is the same for everyone.
    response = await fetchImpl(publicityPath(campaignId), { credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw networkErrorOf(error);
  }
  const text = await response.text();
  if (!response.ok) throw httpApiErrorOf(response.status, text);
  return JSON.parse(text) as PublicPublicityList;
}
