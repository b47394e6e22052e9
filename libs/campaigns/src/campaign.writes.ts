import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignParticipant, type JoinedBy } from './campaign-participant.entity';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';

// How campaigns, their phases and participants are created and re-dated, for the modules that
// set campaigns up and re-plan them (campaign-setup). They decide what to create; this module
// keeps its rows' invariants (ADR 14). Entities join the caller's unit of work (its `em`, its
// transaction) and are written by the caller's flush, in the same statements as before.

/** A phase to create, with its steps (工作步骤); a step's key is `<phase>.<step>`. */
export interface NewPhase {
  key: string;
  name: string;
  description?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  steps?: Omit<NewPhase, 'steps'>[] | null;
}

/** A new campaign; the row fills its version and times itself. */
export function createCampaign(em: EntityManager, data: RequiredEntityData<Campaign>): Campaign {
  // Only a campaign with participants can take applications: without a participant workflow no one could move them.
  if (data.applicantLevel && !data.participantWorkflowDefinitionId) {
    throw new Error(`campaign ${data.key}: applicantLevel ${data.applicantLevel} needs a participant workflow`);
  }
  return em.create(Campaign, data);
}

/** The campaign's phases and their steps, in the order given (sortOrder counts phases and steps together). */
export function createCampaignPhases(em: EntityManager, campaign: Campaign, phases: readonly NewPhase[]): CampaignPhase[] {
  const created: CampaignPhase[] = [];
  const add = (phase: Omit<NewPhase, 'steps'>, key: string, parent: CampaignPhase | null) => {
    const row = em.create(CampaignPhase, {
      campaign,
      ...(parent ? { parent } : {}),
      key,
      name: phase.name,
      description: phase.description ?? null,
      startsOn: phase.startsOn ?? null,
      endsOn: phase.endsOn ?? null,
      sortOrder: created.length + 1,
    });
    created.push(row);
    return row;
  };
  for (const phase of phases) {
    const parent = add(phase, phase.key, null);
    for (const step of phase.steps ?? []) add(step, `${phase.key}.${step.key}`, parent);
  }
  return created;
}

/** A campaign its owner runs alone has one participant: the owner, working in the campaign itself. */
export function addOwnerParticipant(em: EntityManager, campaign: Campaign, createdBy: string | null = null): CampaignParticipant {
  return em.create(CampaignParticipant, { campaign, organisation: campaign.organisation, workCampaign: campaign, joinedBy: 'owner', ...(createdBy ? { createdBy } : {}) });
}

/**
 * Another organisation joins (by application or invitation): it works in its own campaign, set up
 * for this one, and starts in the participant workflow's first state. The unique (campaign,
 * organisation) index refuses a second row at the caller's flush.
 */
export function admitParticipant(
  em: EntityManager,
  joining: { campaign: Campaign; organisationId: string; workCampaign: Campaign; joinedBy: Exclude<JoinedBy, 'owner'>; state: string; createdBy: string },
): CampaignParticipant {
  const { campaign, workCampaign } = joining;
  if (joining.organisationId === campaign.organisation.id || workCampaign.parentCampaign?.id !== campaign.id) {
    throw new Error(`participant of campaign ${campaign.id}: the organisation must not be its owner and must work in a campaign set up for it`);
  }
  return em.create(CampaignParticipant, { campaign, organisation: joining.organisationId, workCampaign, joinedBy: joining.joinedBy, state: joining.state, createdBy: joining.createdBy });
}

/** New dates of a phase or step (a re-plan, checked as a whole plan by the caller). */
export function moveCampaignPhase(phase: CampaignPhase, dates: { startsOn: string | null; endsOn: string | null }): void {
  phase.startsOn = dates.startsOn;
  phase.endsOn = dates.endsOn;
}

/**
 * Marks a participant changed (an objection filed against it): its version moves on at the
 * caller's flush, so a transition that read "no open objection" before fails on its stale version.
 */
export function touchParticipant(participant: CampaignParticipant): void {
  participant.updatedAt = new Date();
}
