/**
 * What the database announces on the `live_changes` channel (see the migration
 * `live_changes`): which campaign changed and, when few, which departments and tasks. Never
 * the data itself: a browser told of a change asks the API again, through its access rules.
 */
export type LiveChange =
  | { kind: 'task' | 'evidence' | 'campaign' | 'score'; campaignId: string; departmentIds: string[] | null; taskIds: string[] | null }
  /**
   * Participants of a campaign changed (申报, 推荐 …): which ones, and the organisations on their
   * paths in the tree (null when many), so that the offices above them hear of it too.
   */
  | { kind: 'participant'; campaignId: string; participantIds: string[] | null; organisationIds: string[] | null }
  | { kind: 'notification'; organisationId: string; departmentId: string | null; role: string | null };

const CAMPAIGN_KINDS = new Set(['task', 'evidence', 'campaign', 'score']);

const ids = (value: unknown): string[] | null => (Array.isArray(value) && value.every((id) => typeof id === 'string') ? (value as string[]) : null);

/** A payload from the channel, or null when it is not one of ours. */
export function parseLiveChange(payload: string): LiveChange | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object') return null;
  if (typeof raw['kind'] === 'string' && CAMPAIGN_KINDS.has(raw['kind']) && typeof raw['campaignId'] === 'string') {
    return { kind: raw['kind'] as 'task', campaignId: raw['campaignId'], departmentIds: ids(raw['departmentIds']), taskIds: ids(raw['taskIds']) };
  }
  if (raw['kind'] === 'participant' && typeof raw['campaignId'] === 'string') {
    return { kind: 'participant', campaignId: raw['campaignId'], participantIds: ids(raw['participantIds']), organisationIds: ids(raw['organisationIds']) };
  }
  if (raw['kind'] === 'notification' && typeof raw['organisationId'] === 'string') {
    return {
      kind: 'notification',
      organisationId: raw['organisationId'],
      departmentId: typeof raw['departmentId'] === 'string' ? raw['departmentId'] : null,
      role: typeof raw['role'] === 'string' ? raw['role'] : null,
    };
  }
  return null;
}
