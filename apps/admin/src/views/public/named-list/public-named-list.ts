import { httpApiErrorOf, networkErrorOf } from '../../../composables/http-api';

// The published named list of a national batch (命名名单), read without login from the API's
// public route; the same list as .xlsx at `${namedListPath(id)}.xlsx`.

export interface PublicListEntry {
  name: string;
  code: string;
  /** The state's name as the workflow calls it (已命名, 已警告 …): data, shown as it comes. */
  status: string;
  /** YYYY-MM-DD in China: when it was named (or revoked). */
  since: string | null;
}

export interface PublicNamedList {
  campaign: { name: string; owner: string };
  provinces: { name: string; code: string; named: PublicListEntry[] }[];
  namedCount: number;
  revoked: (PublicListEntry & { province: string })[];
}

export const namedListPath = (campaignId: string): string => `/api/public/campaigns/${encodeURIComponent(campaignId)}/named`;

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
