import type { CampaignPlace } from '@accredit/campaigns';
import type { LiveChange } from './live-change';

/** Who is listening: the parts of the session that decide what they may hear of. */
export interface LiveViewer {
  roles: readonly string[];
  /** Null for the platform's system administrator. */
  organisationId: string | null;
  /** `/root/…/own/` */
  organisationPath: string | null;
  departmentId: string | null;
}

/** Where a campaign belongs: its organisation and that organisation's path in the tree (the campaigns module's). */
export type { CampaignPlace };

/**
 * Whether a viewer is told of a change. Coarser than the API's access rules on purpose (the
 * browser asks the API again, which decides what it may read), but never tells anyone of
 * another organisation's campaign outside their own subtree, a liaison of another department's
 * tasks, or anyone of a notification not addressed to them.
 */
export function hears(viewer: LiveViewer, change: LiveChange, campaign: CampaignPlace | null): boolean {
  if (change.kind === 'notification') {
    if (viewer.organisationId !== change.organisationId) return false;
    if (change.departmentId && change.departmentId !== viewer.departmentId) return false;
    return !change.role || viewer.roles.includes(change.role);
  }
  if (!campaign) return false;
  const inSubtree =
    viewer.organisationId === null || (viewer.organisationPath !== null && campaign.organisationPath.startsWith(viewer.organisationPath)) || viewer.organisationId === campaign.organisationId;
  // A participant's change also reaches the participant itself and the offices above it (a county's
  // province), which lie outside the owner's subtree; with too many to name, only the owner's side hears.
  if (change.kind === 'participant') return inSubtree || (viewer.organisationId !== null && (change.organisationIds ?? []).includes(viewer.organisationId));
  if (!inSubtree) return false;
  // A liaison works on their department's tasks: others' task and evidence changes are not theirs.
  const liaisonOnly = viewer.departmentId !== null && viewer.roles.every((role) => role === 'liaison');
  if (liaisonOnly && (change.kind === 'task' || change.kind === 'evidence')) {
    return change.departmentIds === null || change.departmentIds.includes(viewer.departmentId!);
  }
  return true;
}
