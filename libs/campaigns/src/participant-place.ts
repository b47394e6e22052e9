import { type Actor, hasRole } from '@accredit/api-kit';

/** What the rule needs to know of one participant: its organisation and the campaign's owner. */
export interface ParticipantPlacement {
  ownerOrganisationId: string;
  participantOrganisationId: string;
  /** The participant organisation's tree path (`/nation/province/…/county/`). */
  participantPath: string;
}

/**
 * How the actor's organisation stands to a participant: the campaign's `owner` (its office,
 * experts and supervisors see every participant), the `participant` itself (sees its own part),
 * an office `above` it (a province sees the participants below it, read-only unless its workflow
 * lets it act), or nothing (null: the participant does not exist for the actor). A platform
 * administrator (no organisation) is treated as the owner.
 */
export function participantPlace(actor: Actor, placement: ParticipantPlacement): 'owner' | 'participant' | 'above' | null {
  if (!actor.organisationId) return hasRole(actor, 'system_admin') ? 'owner' : null;
  if (actor.organisationId === placement.ownerOrganisationId) return 'owner';
  if (actor.organisationId === placement.participantOrganisationId) return 'participant';
  if (hasRole(actor, 'office_admin') && placement.participantPath.includes(`/${actor.organisationId}/`)) return 'above';
  return null;
}
