import { tr, trDate } from '../../../plugins/i18n';
import type { CampaignListQuery, CampaignParticipantsQuery, ParticipantJoin, ParticipatedCampaignsQuery } from '../../../graphql/generated/graphql';

// What the 参与单位 and 申报 pages show of a campaign's participants, as plain functions (tested
// without a browser): which campaigns have participants for this user, the rows grouped by
// province, and the wording of joins and progress.

export type ParticipantRow = CampaignParticipantsQuery['campaignParticipants'][number];
type CampaignEntry = CampaignListQuery['campaigns'][number];
type ParticipatedEntry = ParticipatedCampaignsQuery['campaigns'][number];

/** A campaign whose participants this user sees: one its organisation owns, or one its counties take part in. */
export interface ParticipationCampaign {
  id: string;
  name: string;
  /** The organisation owns it (may invite, names the outcome); else it sees the participants below it. */
  owned: boolean;
  /** The level that may apply (county …); null when only invited units take part (or not known). */
  applicantLevel: string | null;
}

const JOINS: readonly ParticipantJoin[] = ['application', 'invitation', 'owner'];

export function joinLabel(joinedBy: ParticipantJoin): string {
  return JOINS.includes(joinedBy) ? tr(`nationalBatch.join.${joinedBy}`) : joinedBy;
}

/** 「3 / 8」, or why there is nothing to count yet. */
export function progressText(progress: ParticipantRow['progress']): string {
  if (!progress) return tr('nationalBatch.table.noTasks');
  return `${progress.finishedCount} / ${progress.taskCount}`;
}

/** 0–100 for the progress bar. */
export function progressPercent(progress: ParticipantRow['progress']): number {
  if (!progress || progress.taskCount === 0) return 0;
  return Math.round((progress.finishedCount / progress.taskCount) * 100);
}

/**
 * The campaigns with participants this user sees: its organisation's own batches (from its campaign
 * list, first), then the batches owned elsewhere that it or its lower units take part in (the API's
 * `participated` list: a province's national batch, a county's own application) by their own names.
 */
export function participationCampaigns(campaigns: readonly CampaignEntry[], participated: readonly ParticipatedEntry[] = []): ParticipationCampaign[] {
  const owned: ParticipationCampaign[] = campaigns.filter((c) => c.hasParticipants).map((c) => ({ id: c.id, name: c.name, owned: true, applicantLevel: c.applicantLevel }));
  const ownedIds = new Set(owned.map((c) => c.id));
  const above = participated.filter((c) => !ownedIds.has(c.id)).map((c) => ({ id: c.id, name: c.name, owned: false, applicantLevel: c.applicantLevel }));
  return [...owned, ...above];
}

/** The province a participant sits in (its own name when it is a province; 直属 when it has none). */
export function provinceOf(row: Pick<ParticipantRow, 'organisation'>): string {
  if (row.organisation.level === 'province') return row.organisation.shortName;
  return row.organisation.ancestors.find((a) => a.level === 'province')?.shortName ?? tr('nationalBatch.participants.directUnits');
}

export interface ProvinceGroup {
  province: string;
  rows: ParticipantRow[];
}

/** Rows by province (provinces by name), units by name within each. */
export function groupByProvince(rows: readonly ParticipantRow[]): ProvinceGroup[] {
  const groups = new Map<string, ParticipantRow[]>();
  for (const row of rows) {
    const province = provinceOf(row);
    groups.set(province, [...(groups.get(province) ?? []), row]);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  return [...groups.entries()].sort(([a], [b]) => byName(a, b)).map(([province, list]) => ({ province, rows: [...list].sort((a, b) => byName(a.organisation.shortName, b.organisation.shortName)) }));
}

export interface ParticipantFilter {
  province: string;
  search: string;
  state: string;
}

/** The rows that match the filter bar: a province, a state, and part of the unit's name. */
export function filterParticipants(rows: readonly ParticipantRow[], filter: ParticipantFilter): ParticipantRow[] {
  const search = filter.search.trim();
  return rows.filter(
    (row) =>
      (!filter.province || provinceOf(row) === filter.province) &&
      (!filter.state || row.state === filter.state) &&
      (!search || row.organisation.name.includes(search) || row.organisation.shortName.includes(search)),
  );
}

/** Each state once, with its label and how many rows are in it (the state filter's options). */
export function stateCounts(rows: readonly ParticipantRow[]): { state: string; label: string; count: number }[] {
  const counts = new Map<string, { state: string; label: string; count: number }>();
  for (const row of rows) {
    if (!row.state) continue;
    const entry = counts.get(row.state) ?? { state: row.state, label: row.stateLabel ?? row.state, count: 0 };
    entry.count += 1;
    counts.set(row.state, entry);
  }
  return [...counts.values()];
}

/** An organisation the invitation dialog lists. */
export interface InviteCandidate {
  id: string;
  shortName: string;
  disabled: boolean;
}

/**
 * Who may still be invited among the organisations found: not the ones taking part already (the
 * API would refuse them as a conflict), nor disabled ones (refused too), nor the owner itself.
 */
export function inviteCandidates<T extends InviteCandidate>(found: readonly T[], participants: readonly Pick<ParticipantRow, 'organisation'>[], ownerId: string | null): T[] {
  const taking = new Set(participants.map((row) => row.organisation.id));
  return found.filter((organisation) => !organisation.disabled && !taking.has(organisation.id) && organisation.id !== ownerId);
}

/** A phase date (YYYY-MM-DD, a calendar day) as a local day, for the named date format. */
export function calendarDay(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** The address of a campaign's public named list (no login), absolute, for copying and opening. */
export function publicListUrl(href: string, base: string): string {
  return new URL(href, base).href;
}

/** 「公示期：2026年12月6日 至 2026年12月12日」: the phase in which the row's state takes objections. */
export function objectionWindowText(window: ParticipantRow['objectionWindow']): string {
  if (!window) return '';
  if (!window.startsOn && !window.endsOn) return tr('nationalBatch.window.unscheduled', { label: window.label });
  const day = (iso: string | null | undefined) => (iso ? trDate(calendarDay(iso), 'day') : tr('nationalBatch.window.undated'));
  return tr('nationalBatch.window.dates', { label: window.label, from: day(window.startsOn), to: day(window.endsOn) });
}
