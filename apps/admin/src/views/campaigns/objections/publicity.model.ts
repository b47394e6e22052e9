import type { PublicisedParticipantsQuery } from '../../../graphql/generated/graphql';

// What the 公示中 page shows, as plain functions: the publicised units grouped by campaign (each
// batch has its own publicity dates and public list), narrowed by a search on unit or province.

export type PublicisedRow = PublicisedParticipantsQuery['publicisedParticipants'][number];

export interface PublicityGroup {
  campaignId: string;
  campaignName: string;
  /** The batch's publicity (its first row's: one batch has one 公示). */
  phase: PublicisedRow['phase'];
  rows: PublicisedRow[];
}

/** Rows whose unit (name, short name, code) or province contains the search text. */
export function searchPublicised(rows: readonly PublicisedRow[], search: string): PublicisedRow[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((row) => [row.organisationName, row.organisationShortName, row.organisationCode, row.province].some((text) => text.toLowerCase().includes(needle)));
}

/** By campaign, in the order the API gives (campaign, province, code). */
export function groupByCampaign(rows: readonly PublicisedRow[]): PublicityGroup[] {
  const groups = new Map<string, PublicityGroup>();
  for (const row of rows) {
    const group = groups.get(row.campaignId) ?? { campaignId: row.campaignId, campaignName: row.campaignName, phase: row.phase, rows: [] };
    group.rows.push(row);
    groups.set(row.campaignId, group);
  }
  return [...groups.values()];
}
