import type { ParticipantsByRegionQuery } from '../../../graphql/generated/graphql';

// What the 报送情况 page shows, as plain functions (tested without a browser): per province the
// totals, the units not finished (not filed), and the events the office may fire on many of them
// at once (催报) with how many each would reach. Which events and states mean what is the
// workflow's data: the page knows no event or state name.

export type RegionSummary = ParticipantsByRegionQuery['participantsByRegion'][number];
export type OpenParticipant = RegionSummary['open'][number];

export interface RegionRow {
  /** Stable key for the table (the region's id; `none` for units under no province). */
  key: string;
  /** The province's name; null for units under no province (shown as 直属). */
  name: string | null;
  total: number;
  finished: number;
  open: OpenParticipant[];
}

export function regionRows(summaries: readonly RegionSummary[]): RegionRow[] {
  return summaries.map((summary) => ({
    key: summary.region?.id ?? 'none',
    name: summary.region?.name ?? null,
    total: summary.total,
    finished: summary.finished,
    open: [...summary.open],
  }));
}

export interface Totals {
  regions: number;
  total: number;
  finished: number;
  open: number;
}

export function totals(rows: readonly RegionRow[]): Totals {
  return rows.reduce((sum, row) => ({ regions: sum.regions + 1, total: sum.total + row.total, finished: sum.finished + row.finished, open: sum.open + row.open.length }), {
    regions: 0,
    total: 0,
    finished: 0,
    open: 0,
  });
}

/** An event the viewer may fire now on some of the open units (催报), and on which. */
export interface BulkEvent {
  event: string;
  label: string;
  confirm: string | null;
  needsComment: boolean;
  /** The units it is allowed on now, with the version the page read. */
  targets: { id: string; version: number; region: string | null }[];
  /** Provinces those units are in. */
  regions: number;
  /** Open units it is not allowed on (already reminded, filed meanwhile …). */
  skipped: number;
}

/** Events allowed on at least one open unit, in the order the first unit lists them. */
export function bulkEvents(rows: readonly RegionRow[]): BulkEvent[] {
  const open = rows.flatMap((row) => row.open.map((participant) => ({ participant, region: row.name })));
  const events = new Map<string, BulkEvent>();
  for (const { participant, region } of open) {
    for (const action of participant.availableTransitions.filter((candidate) => candidate.allowed)) {
      const bulk = events.get(action.event) ?? { event: action.event, label: action.label, confirm: action.confirm ?? null, needsComment: action.needsComment, targets: [], regions: 0, skipped: 0 };
      bulk.targets.push({ id: participant.id, version: participant.version, region });
      events.set(action.event, bulk);
    }
  }
  return [...events.values()].map((bulk) => ({ ...bulk, regions: new Set(bulk.targets.map((target) => target.region ?? '')).size, skipped: open.length - bulk.targets.length }));
}

/** What the viewer may do to one unit now (its allowed events). */
export function allowedActions(participant: OpenParticipant): OpenParticipant['availableTransitions'] {
  return participant.availableTransitions.filter((action) => action.allowed);
}

/** Splits a batch into the sizes the API takes (50 at a time). */
export function chunks<T>(items: readonly T[], size = 50): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
