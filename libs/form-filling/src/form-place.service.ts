import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, ROLES, assertId, rolesInCampaign } from '@accredit/api-kit';
import { Campaign, CampaignParticipant, participantPlace } from '@accredit/campaigns';
import { type FormDefinition, validateFormValues } from '@accredit/forms';
import { Organisation, ancestorIdsOf, isAtOrUnder } from '@accredit/organisations';
import { stateLabels } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { formRolesOf } from './form-roles';
import { type FormStatus, actingRole, writableFields } from './form-stage';
import { FormFillingRefusal, formFillingError, formFillingNotFound } from './form-filling.exception';

/** Where a filled form stands: whose it is, in which campaign, at which stage, and who may read it. */
export interface FormPlace {
  campaign: Campaign;
  organisation: Organisation;
  ancestors: Organisation[];
  /** The organisation's participant state in the campaign; null when it is not a participant (or the campaign has no process). */
  stage: string | null;
  stageLabels: Record<string, string>;
  /** Same visibility as participants: the organisation itself, the offices above it, the campaign owner. */
  readable: boolean;
}

/** What one viewer may do with one form at its place. */
export interface FormSituation {
  roles: string[];
  role: string | null;
  editable: string[];
}

/**
 * The facts the form rules need from other modules — the campaign and its owner, the
 * organisation tree, the participant's state and the process's state names, the viewer's
 * campaign roles — gathered through those modules' public entities and services.
 */
@Injectable()
export class FormPlaceService {
  constructor(
    private readonly em: EntityManager,
    private readonly workflows: WorkflowDefinitionsService,
  ) {}

  /**
   * The place of `organisationId`'s forms in a campaign (default: the actor's organisation). The
   * organisation must be the campaign's owner or below it; a campaign the actor cannot see is NOT_FOUND.
   */
  async place(actor: Actor, campaignId: string, organisationId?: string | null): Promise<FormPlace> {
    const campaign = await this.em.findOne(Campaign, { id: assertId(campaignId, 'campaignId') }, { populate: ['organisation'] });
    if (!campaign) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
    const orgId = organisationId ?? actor.organisationId;
    if (!orgId) throw formFillingError(FormFillingRefusal.OrganisationRequired, '请指明是哪个单位的表单（organisationId）');
    const organisation = await this.em.findOne(Organisation, { id: assertId(orgId, 'organisationId') });
    if (!organisation || !isAtOrUnder(organisation.path, campaign.organisation.id)) {
      if (!organisationId && actor.organisationId) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
      throw formFillingNotFound(FormFillingRefusal.OrganisationNotFound, '单位', orgId);
    }
    const readable = participantPlace(actor, { ownerOrganisationId: campaign.organisation.id, participantOrganisationId: organisation.id, participantPath: organisation.path }) !== null;
    const [ancestors, participant] = await Promise.all([
      this.em.find(Organisation, { id: { $in: ancestorIdsOf(organisation.path) } }),
      this.em.findOne(CampaignParticipant, { campaign, organisation }, { fields: ['state'] }),
    ]);
    const labels = campaign.participantWorkflowDefinitionId ? stateLabels(await this.workflows.definitionById(campaign.participantWorkflowDefinitionId)) : {};
    return { campaign, organisation, ancestors, stage: participant?.state ?? null, stageLabels: labels, readable };
  }

  /**
   * The places of many saved forms at once (a page of forms): one statement for the ancestors and
   * one for the participant states of each campaign, whatever the number of forms. The forms come
   * with their campaign's organisation and their organisation loaded; readability as place().
   */
  async placesOf(actor: Actor, forms: readonly { campaign: { getEntity(): Campaign }; organisation: { getEntity(): Organisation } }[]): Promise<FormPlace[]> {
    const organisations = forms.map((form) => form.organisation.getEntity());
    const campaigns = [...new Map(forms.map((form) => form.campaign.getEntity()).map((campaign) => [campaign.id, campaign])).values()];
    const [ancestors, participants, labels] = await Promise.all([
      this.em.find(Organisation, { id: { $in: [...new Set(organisations.flatMap((organisation) => ancestorIdsOf(organisation.path)))] } }),
      this.em.find(
        CampaignParticipant,
        { campaign: { $in: campaigns.map((campaign) => campaign.id) }, organisation: { $in: organisations.map((organisation) => organisation.id) } },
        { fields: ['state', 'campaign', 'organisation'] },
      ),
      Promise.all(
        campaigns.map(
          async (campaign) => [campaign.id, campaign.participantWorkflowDefinitionId ? stateLabels(await this.workflows.definitionById(campaign.participantWorkflowDefinitionId)) : {}] as const,
        ),
      ),
    ]);
    const labelsOf = new Map<string, Record<string, string>>(labels);
    return forms.map((form) => {
      const campaign = form.campaign.getEntity();
      const organisation = form.organisation.getEntity();
      const ids = new Set(ancestorIdsOf(organisation.path));
      const participant = participants.find((row) => row.campaign.id === campaign.id && row.organisation.id === organisation.id);
      const readable = participantPlace(actor, { ownerOrganisationId: campaign.organisation.id, participantOrganisationId: organisation.id, participantPath: organisation.path }) !== null;
      return { campaign, organisation, ancestors: ancestors.filter((row) => ids.has(row.id)), stage: participant?.state ?? null, stageLabels: labelsOf.get(campaign.id) ?? {}, readable };
    });
  }

  /** The viewer's roles in one form at its place, the role they act as and what they may write now. */
  situation(actor: Actor, place: FormPlace, definition: FormDefinition, status: FormStatus): FormSituation {
    const product = new Set<string>(ROLES);
    const roles = formRolesOf({
      definition,
      actor: { organisationId: actor.organisationId, roles: actor.roles, campaignRoles: rolesInCampaign(actor, place.campaign.id).filter((role) => !product.has(role)) },
      filler: { organisationId: place.organisation.id, ancestors: place.ancestors.map((ancestor) => ({ id: ancestor.id, level: ancestor.level })) },
      ownerOrganisationId: place.campaign.organisation.id,
    });
    return { roles, ...actingRole(definition, roles, place.stage, status) };
  }

  /** Fields `role` may write now (for a sign-off by a role other than the one the viewer mainly acts as). */
  writable(definition: FormDefinition, role: string, place: FormPlace, status: FormStatus): string[] {
    return writableFields(definition, role, place.stage, status);
  }

  /** Problems of the values as if the filler submitted them now (its own sign-off box included). */
  problemsOf(definition: FormDefinition, values: Record<string, unknown>, place: FormPlace) {
    const fillerRole = definition.filledBy?.role;
    return validateFormValues(definition, values, { draft: false, ...(fillerRole ? { role: fillerRole, stage: place.stage ?? '' } : {}), previous: values, stageLabels: place.stageLabels });
  }

  /** Readers: the visibility of participants, or anyone holding a role in the form. */
  assertReadable(place: FormPlace, situation: FormSituation): void {
    if (!place.readable && situation.roles.length === 0) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', place.campaign.id);
  }
}
