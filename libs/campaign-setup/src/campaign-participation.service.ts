import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { type Actor, assertId, hasRole } from '@accredit/api-kit';
import { Campaign, CampaignParticipant, CampaignPhase, type JoinedBy, admitParticipant, participantPlace } from '@accredit/campaigns';
import { IndicatorSystem } from '@accredit/indicator-systems';
import { ORGANISATION_LEVEL_LABELS, Organisation, ancestorIdsOf, isStrictlyUnder } from '@accredit/organisations';
import { initialState } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { CampaignDesignerService } from './campaign-designer.service';
import { SetupRefusal, setupError, setupNotFound } from './campaign-setup.exception';

const MAX_INVITATIONS = 200;

/**
 * Organisations taking part in a campaign owned by another (a county in a national batch): they
 * join by application (where the campaign allows it) or by the owner's invitation; each gets its
 * own work campaign, set up from the owner's template, phases and task workflow, and a
 * participant row that goes through the campaign's participant workflow. Who sees which
 * participant is participantPlace's rule.
 */
@Injectable()
export class CampaignParticipationService {
  constructor(
    private readonly em: EntityManager,
    private readonly designer: CampaignDesignerService,
    private readonly workflows: WorkflowDefinitionsService,
  ) {}

  /** The participants of a campaign the actor may see: all for its owner, its own part for a participant, those below it for an office above. */
  async list(actor: Actor, campaignId: string): Promise<CampaignParticipant[]> {
    const campaign = await this.em.findOne(Campaign, { id: assertId(campaignId, 'campaignId') });
    if (!campaign) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', campaignId);
    const rows = await this.em.find(CampaignParticipant, { campaign }, { populate: ['organisation'], orderBy: { organisation: { path: 'asc' } } });
    const visible = rows.filter((row) => participantPlace(actor, this.placement(campaign, row)) !== null);
    const owner = participantPlace(actor, { ownerOrganisationId: campaign.organisation.id, participantOrganisationId: '', participantPath: '' }) === 'owner';
    if (!owner && visible.length === 0) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', campaignId);
    return visible;
  }

  /**
   * The visible participants grouped by their ancestor at a level (a province): how many, how many
   * have finished the participant workflow (a final state), and those still open ("who has not
   * filed yet, per province"). Which states are finished is the definition's word, not a state name.
   */
  async byRegion(actor: Actor, campaignId: string, level: 'province' | 'city'): Promise<{ region: Organisation | null; total: number; finished: number; open: CampaignParticipant[] }[]> {
    const rows = await this.list(actor, campaignId);
    const campaign = await this.em.findOneOrFail(Campaign, { id: campaignId });
    if (!campaign.participantWorkflowDefinitionId) return [];
    const definition = await this.workflows.definitionById(campaign.participantWorkflowDefinitionId);
    const regions = await this.em.find(Organisation, { id: { $in: [...new Set(rows.flatMap((row) => ancestorIdsOf(row.organisation.getEntity().path)))] }, level });
    const groups = new Map<string, { region: Organisation | null; total: number; finished: number; open: CampaignParticipant[] }>();
    for (const row of rows) {
      const region = regions.find((candidate) => row.organisation.getEntity().path.includes(`/${candidate.id}/`)) ?? null;
      const group = groups.get(region?.id ?? '') ?? { region, total: 0, finished: 0, open: [] };
      group.total += 1;
      if (row.state && definition.states[row.state]?.final) group.finished += 1;
      else group.open.push(row);
      groups.set(region?.id ?? '', group);
    }
    return [...groups.values()].sort((a, b) => (a.region?.code ?? '').localeCompare(b.region?.code ?? ''));
  }

  /** Campaigns the actor's organisation may apply to: owned above it, open to its level, not yet joined. */
  async openForApplication(actor: Actor): Promise<Campaign[]> {
    if (!actor.organisationId) return [];
    const organisation = await this.em.findOneOrFail(Organisation, { id: actor.organisationId });
    const ancestors = ancestorIdsOf(organisation.path);
    if (ancestors.length === 0) return [];
    const joined = await this.em.find(CampaignParticipant, { organisation: organisation.id }, { fields: ['campaign'] });
    return this.em.find(
      Campaign,
      {
        organisation: { $in: ancestors },
        applicantLevel: organisation.level,
        participantWorkflowDefinitionId: { $ne: null },
        id: { $nin: joined.map((row) => row.campaign.id) },
      },
      { orderBy: { createdAt: 'desc' } },
    );
  }

  /** The actor's organisation applies (申报): it joins in the workflow's first state, with its own work campaign. */
  async apply(actor: Actor, campaignId: string): Promise<CampaignParticipant> {
    if (!actor.organisationId || !hasRole(actor, 'office_admin')) throw setupError(SetupRefusal.NotOfficeAdmin, '申报须由本单位的办公室管理员提出');
    return this.em.transactional(async (em) => {
      const organisation = await em.findOneOrFail(Organisation, { id: actor.organisationId as string });
      const campaign = await em.findOne(Campaign, { id: assertId(campaignId, 'campaignId') }, { populate: ['organisation'] });
      if (!campaign || !isStrictlyUnder(organisation.path, campaign.organisation.getEntity().path)) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', campaignId);
      if (!campaign.participantWorkflowDefinitionId || campaign.applicantLevel !== organisation.level) {
        const who = campaign.applicantLevel
          ? `只接受${ORGANISATION_LEVEL_LABELS[campaign.applicantLevel as keyof typeof ORGANISATION_LEVEL_LABELS] ?? campaign.applicantLevel}单位申报`
          : '不接受申报，只能由主办单位邀请参与';
        throw setupError(SetupRefusal.ApplicationNotAccepted, `「${campaign.name}」${who}`, { campaignId });
      }
      return this.join(em, actor, campaign, organisation, 'application');
    });
  }

  /** The owner invites organisations below it; each joins like an applicant. */
  async invite(actor: Actor, campaignId: string, organisationIds: readonly string[]): Promise<CampaignParticipant[]> {
    if (organisationIds.length === 0 || organisationIds.length > MAX_INVITATIONS) throw setupError(SetupRefusal.BadInvitationCount, `请选择 1 到 ${MAX_INVITATIONS} 个单位`);
    const ids = [...new Set(organisationIds.map((id) => assertId(id, 'organisationIds')))];
    return this.em.transactional(async (em) => {
      const campaign = await em.findOne(Campaign, { id: assertId(campaignId, 'campaignId'), ...(actor.organisationId ? { organisation: actor.organisationId } : {}) }, { populate: ['organisation'] });
      if (!campaign) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', campaignId);
      if (!campaign.participantWorkflowDefinitionId)
        throw setupError(SetupRefusal.NoParticipants, `「${campaign.name}」由本单位自己开展，没有参与单位：设置创建工作时选择“有参与单位”才能邀请`, { campaignId });
      const organisations = await em.find(Organisation, { id: { $in: ids } });
      const ownerPath = campaign.organisation.getEntity().path;
      const outside = ids.filter((id) => !organisations.some((organisation) => organisation.id === id && isStrictlyUnder(organisation.path, ownerPath)));
      if (outside.length > 0)
        throw setupError(SetupRefusal.InviteeNotBelow, `只能邀请${campaign.organisation.getEntity().shortName}下级的单位：${outside.length} 个单位不在其下`, { organisationIds: outside });
      const disabled = organisations.filter((organisation) => organisation.disabled);
      if (disabled.length > 0)
        throw setupError(SetupRefusal.InviteeDisabled, `${disabled.map((organisation) => `「${organisation.shortName}」`).join('')}已停用，不能邀请`, {
          organisationIds: disabled.map((organisation) => organisation.id),
        });
      const joined: CampaignParticipant[] = [];
      for (const organisation of organisations) joined.push(await this.join(em, actor, campaign, organisation, 'invitation'));
      return joined;
    });
  }

  /** Its own campaign from the owner's template, phases and task workflow, then the participant row. */
  private async join(em: EntityManager, actor: Actor, campaign: Campaign, organisation: Organisation, joinedBy: Exclude<JoinedBy, 'owner'>): Promise<CampaignParticipant> {
    if (await em.count(CampaignParticipant, { campaign, organisation })) {
      throw setupError(SetupRefusal.AlreadyParticipant, `${organisation.shortName}已是「${campaign.name}」的参与单位`, { campaignId: campaign.id, organisationId: organisation.id });
    }
    // The participant works on the owner's template and task workflow, whether or not the owner shares them otherwise.
    const snapshot = await em.findOneOrFail(IndicatorSystem, { id: campaign.indicatorSystem.id });
    const template = snapshot.derivedFrom ? await em.findOne(IndicatorSystem, { id: snapshot.derivedFrom.id }) : null;
    if (!template) throw setupError(SetupRefusal.TemplateGone, `「${campaign.name}」的指标体系模板已不存在，不能再加入参与单位`, { campaignId: campaign.id });
    const phases = await em.find(CampaignPhase, { campaign, parent: null }, { orderBy: { sortOrder: 'asc' } });
    const { campaign: work } = await this.designer.setUpIn(
      em,
      actor,
      {
        templateId: template.id,
        name: `${campaign.name}（${organisation.shortName}）`,
        phases: phases.map((phase) => ({ key: phase.key, name: phase.name, startsOn: phase.startsOn as string, endsOn: phase.endsOn as string, description: phase.description ?? null })),
        taskPhaseKey: campaign.taskPhaseKey,
        taskWorkflowDefinitionId: campaign.taskWorkflowDefinitionId,
        participantOf: { organisationId: organisation.id, parentCampaignId: campaign.id, ownerOrganisationId: campaign.organisation.id },
      },
      { participantOf: campaign.id, joinedBy },
    );
    const definition = await this.workflows.definitionById(campaign.participantWorkflowDefinitionId as string);
    try {
      const participant = admitParticipant(em, { campaign, organisationId: organisation.id, workCampaign: work, joinedBy, state: initialState(definition), createdBy: actor.userId });
      await em.flush();
      return participant;
    } catch (error) {
      // Two applications of the same organisation at once: the second finds the first.
      if (error instanceof UniqueConstraintViolationException)
        throw setupError(SetupRefusal.AlreadyParticipant, `${organisation.shortName}已是「${campaign.name}」的参与单位`, { campaignId: campaign.id });
      throw error;
    }
  }

  private placement(campaign: Campaign, row: CampaignParticipant) {
    return { ownerOrganisationId: campaign.organisation.id, participantOrganisationId: row.organisation.id, participantPath: row.organisation.getEntity().path };
  }
}
