/** Where a campaign's public lists are read, without login (`campaignId` as in the address). */
export const PUBLIC_CAMPAIGNS_PATH = '/api/public/campaigns';

/** The named list (命名名单) as JSON; the same list as a workbook at this path plus `.xlsx`. */
export const namedListPath = (campaignId: string): string => `${PUBLIC_CAMPAIGNS_PATH}/${encodeURIComponent(campaignId)}/named`;

/** The publicity list (公示名单) as JSON. */
export const publicityPath = (campaignId: string): string => `${PUBLIC_CAMPAIGNS_PATH}/${encodeURIComponent(campaignId)}/publicity`;

/** Whose list it is: the campaign and the organisation that runs it. */
export interface PublicListCampaign {
  name: string;
  owner: string;
}

export interface PublicListEntry {
  name: string;
  code: string;
  /** The state's Chinese name (已命名, 已警告 …), as the workflow calls it: data, shown as it comes. */
  status: string;
  /** The day its outcome was recorded (命名 / 撤销), YYYY-MM-DD in China. */
  since: string | null;
}

/** The named list of a national batch: per province the named units, and the revoked ones. */
export interface PublicNamedList {
  campaign: PublicListCampaign;
  provinces: { name: string; code: string; named: PublicListEntry[] }[];
  namedCount: number;
  /** Counties whose title was revoked (撤销命名), with their province. */
  revoked: (PublicListEntry & { province: string })[];
}

/** A publicity (公示) phase and its dates. */
export interface PublicityPhase {
  label: string;
  /** YYYY-MM-DD */
  startsOn: string | null;
  /** YYYY-MM-DD */
  endsOn: string | null;
  /** Objections are taken today. */
  open: boolean;
}

/** What the public publicity page shows: per province, the units in publicity with their status. */
export interface PublicPublicityList {
  campaign: PublicListCampaign;
  /** The publicity dates (the first phase found; a batch has one 公示). Null when nobody is publicised. */
  phase: PublicityPhase | null;
  provinces: { name: string; code: string; units: { name: string; code: string; status: string }[] }[];
  count: number;
}
