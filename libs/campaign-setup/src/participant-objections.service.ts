import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { type Actor, actorLabel, assertId, assertStorableText, hasRole } from '@accredit/api-kit';
import { todayInChina } from '@accredit/calendar-date';
import { Campaign, CampaignParticipant, CampaignPhase, participantPlace, touchParticipant } from '@accredit/campaigns';
import { getState, hasState } from '@accredit/workflow-engine';
import { NotificationsService } from '@accredit/notifications';
import { ObjectionFactsSource, WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { ParticipantObjection } from './participant-objection.entity';
import { SetupRefusal, setupError, setupNotFound } from './campaign-setup.exception';

const MAX_TEXT = 2000;

/** When a participant's state takes objections: the phase's name and dates, open today or not. */
export interface ObjectionWindow {
  label: string;
  startsOn: string | null;
  endsOn: string | null;
  open: boolean;
}

function text(value: string, field: string): string {
  const trimmed = assertStorableText(value ?? '', field).trim();
  if (!trimmed) throw setupError(SetupRefusal.TextRequired, `请填写${field}`, { field });
  // Characters as people count them (a Chinese character is one), not UTF-16 units.
  const length = [...trimmed].length;
  if (length > MAX_TEXT) throw setupError(SetupRefusal.TextTooLong, `${field}最多 ${MAX_TEXT} 字，现有 ${length} 字：请精简后再提交`, { field, length, max: MAX_TEXT });
  return trimmed;
}

/**
 * Objections (异议) against a participant while it is publicised. Where and when they may be filed
 * is the participant workflow's own word: a state with `objectionsDuring: <phase>` accepts them
 * while today lies within that phase of the campaign; anyone logged in may file one. The campaign
 * owner's office answers them; the workflow's `countInState: { of: objections }` guard counts them.
 */
@Injectable()
export class ParticipantObjectionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: WorkflowDefinitionsService,
    private readonly notifications: NotificationsService,
  ) {}

  async file(actor: Actor, participantId: string, content: string): Promise<ParticipantObjection> {
    const body = text(content, '异议内容');
    return this.em.transactional(async (em) => {
      // Locked, and its version bumped below: a naming that read "no open objection" before this
      // one was filed fails on its stale version instead of naming over it.
      const participant = await em.findOne(CampaignParticipant, { id: assertId(participantId, 'participantId') }, { populate: ['organisation', 'campaign'], lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!participant) throw setupNotFound(SetupRefusal.ParticipantNotFound, '参与单位', participantId);
      const campaign = participant.campaign.getEntity();
      const name = participant.organisation.getEntity().shortName;
      const window = await this.objectionWindow(em, campaign, participant);
      if (!window) throw setupError(SetupRefusal.NotInPublicity, `${name}当前不在公示中，不能提出异议`, { participantId });
      const now = todayInChina();
      if (window.startsOn && now < window.startsOn)
        throw setupError(SetupRefusal.PublicityNotStarted, `${window.label}尚未开始（${window.startsOn} 开始），请在公示期内提出异议`, { participantId, startsOn: window.startsOn });
      if (window.endsOn && now > window.endsOn)
        throw setupError(SetupRefusal.PublicityEnded, `${window.label}已于 ${window.endsOn} 结束，不能再对${name}提出异议`, { participantId, endsOn: window.endsOn });
      const objection = em.create(ParticipantObjection, { campaign, participant, content: body, filedById: actor.userId, filedByName: actorLabel(actor) });
      touchParticipant(participant);
      // The owner's office answers it: tell them, in the same transaction.
      const excerpt = [...body].length > 60 ? `${[...body].slice(0, 60).join('')}…` : body;
      this.notifications.queue(em, {
        organisationId: campaign.organisation.id,
        roles: ['office_admin'],
        title: `${campaign.name}：收到异议`,
        body: `${name}（公示中）收到一条异议，请答复：${excerpt}`,
        entityType: 'participant',
        entityId: participant.id,
      });
      await em.flush();
      return objection;
    });
  }

  /** The campaign owner's office (or the platform admin) answers an open objection. */
  async answer(actor: Actor, objectionId: string, answer: string): Promise<ParticipantObjection> {
    const body = text(answer, '答复内容');
    return this.em.transactional(async (em) => {
      const objection = await em.findOne(
        ParticipantObjection,
        { id: assertId(objectionId, 'objectionId') },
        { populate: ['campaign', 'participant', 'participant.organisation'], lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!objection || !this.visible(actor, objection.campaign.getEntity(), objection.participant.getEntity())) throw setupNotFound(SetupRefusal.ObjectionNotFound, '异议', objectionId);
      if (!this.answers(actor, objection.campaign.getEntity())) throw setupError(SetupRefusal.NotObjectionAnswerer, '异议由主办单位的办公室管理员答复');
      if (objection.state !== 'open') throw setupError(SetupRefusal.AlreadyAnswered, `这条异议已由${objection.answeredByName ?? '主办单位'}答复，不能重复答复`, { objectionId });
      objection.state = 'answered';
      objection.answer = body;
      objection.answeredById = actor.userId;
      objection.answeredByName = actorLabel(actor);
      objection.answeredAt = new Date();
      await em.flush();
      return objection;
    });
  }

  /** Objections against one participant, for whoever may see the participant. */
  async ofParticipant(actor: Actor, participantId: string): Promise<ParticipantObjection[]> {
    const participant = await this.em.findOne(CampaignParticipant, { id: assertId(participantId, 'participantId') }, { populate: ['organisation', 'campaign'] });
    if (!participant || !this.visible(actor, participant.campaign.getEntity(), participant)) throw setupNotFound(SetupRefusal.ParticipantNotFound, '参与单位', participantId);
    return this.em.find(ParticipantObjection, { participant }, { orderBy: { filedAt: 'asc', id: 'asc' } });
  }

  /** Every objection of a campaign (open ones only if asked), for its owner's office. */
  async ofCampaign(actor: Actor, campaignId: string, openOnly: boolean): Promise<ParticipantObjection[]> {
    const campaign = await this.em.findOne(Campaign, { id: assertId(campaignId, 'campaignId') });
    if (!campaign || !this.isOwner(actor, campaign)) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', campaignId);
    return this.em.find(ParticipantObjection, { campaign, ...(openOnly ? { state: 'open' as const } : {}) }, { orderBy: { filedAt: 'asc', id: 'asc' }, limit: 500 });
  }

  /** Whose name a reader sees on an objection: the owner's office sees who filed it; others do not. */
  showsFiler(actor: Actor, campaign: Campaign): boolean {
    return this.isOwner(actor, campaign);
  }

  /** Whether the reader may see the objection's participant (its campaign and organisation loaded, as when filed). */
  seesParticipant(actor: Actor, objection: ParticipantObjection): boolean {
    return this.visible(actor, objection.campaign.getEntity(), objection.participant.getEntity());
  }

  answers(actor: Actor, campaign: Campaign): boolean {
    return this.isOwner(actor, campaign) && (hasRole(actor, 'office_admin') || hasRole(actor, 'system_admin'));
  }

  private isOwner(actor: Actor, campaign: Campaign): boolean {
    return participantPlace(actor, { ownerOrganisationId: campaign.organisation.id, participantOrganisationId: '', participantPath: '' }) === 'owner';
  }

  private visible(actor: Actor, campaign: Campaign, participant: CampaignParticipant): boolean {
    return (
      participantPlace(actor, { ownerOrganisationId: campaign.organisation.id, participantOrganisationId: participant.organisation.id, participantPath: participant.organisation.getEntity().path }) !==
      null
    );
  }

  /**
   * When objections against a participant in `state` are taken (for the page, before anyone
   * types one): the phase and its dates, and whether today lies within them. Null when the state
   * takes none. A campaign without that phase's dates is shown as closed, with no dates.
   */
  async windowOf(campaignId: string, state: string | null): Promise<ObjectionWindow | null> {
    const campaign = await this.em.findOne(Campaign, { id: campaignId });
    if (!campaign) return null;
    const found = await this.objectionPhase(this.em, campaign, state);
    if (!found) return null;
    const startsOn = found.phase?.startsOn ?? null;
    const endsOn = found.phase?.endsOn ?? null;
    const now = todayInChina();
    const open = found.phase !== null && !(startsOn && now < startsOn) && !(endsOn && now > endsOn);
    return { label: found.phase?.name || found.label, startsOn, endsOn, open };
  }

  /** The phase during which the participant's current state accepts objections, or null. */
  private async objectionWindow(em: EntityManager, campaign: Campaign, participant: CampaignParticipant): Promise<{ label: string; startsOn: string | null; endsOn: string | null } | null> {
    const found = await this.objectionPhase(em, campaign, participant.state ?? null);
    if (!found) return null;
    const { phase, label } = found;
    if (!phase) throw setupError(SetupRefusal.NotInPublicity, `「${campaign.name}」没有安排${label}的日期，暂不能提出异议`, { phase: found.key });
    return { label: phase.name || label, startsOn: phase.startsOn ?? null, endsOn: phase.endsOn ?? null };
  }

  /** The workflow's `objectionsDuring` phase of a state, with the campaign's own dates for it (null when not planned). */
  private async objectionPhase(em: EntityManager, campaign: Campaign, state: string | null): Promise<{ key: string; label: string; phase: CampaignPhase | null } | null> {
    if (!campaign.participantWorkflowDefinitionId || !state) return null;
    const definition = await this.definitions.definitionById(campaign.participantWorkflowDefinitionId);
    // A state the definition does not know takes no objections (rather than failing the page's rows).
    if (!hasState(definition, state)) return null;
    const key = getState(definition, state).objectionsDuring;
    if (!key) return null;
    const phase = await em.findOne(CampaignPhase, { campaign, key, parent: null });
    return { key, label: definition.phases[key]?.label ?? key, phase };
  }
}

/** The workflow runtime's ObjectionFactsSource: objections per participant and state, in one statement. */
@Injectable()
export class ParticipantObjectionFacts extends ObjectionFactsSource {
  async objectionCounts(participantIds: readonly string[], em: EntityManager): Promise<Map<string, Record<string, number>>> {
    const byParticipant = new Map<string, Record<string, number>>(participantIds.map((id) => [id, {}]));
    if (participantIds.length === 0) return byParticipant;
    const rows = await em.execute<{ participant_id: string; state: string; n: number }[]>(
      `select participant_id, state, count(*)::int as n from participant_objection where participant_id = any(?::uuid[]) group by participant_id, state`,
      [`{${[...new Set(participantIds)].join(',')}}`],
    );
    for (const row of rows) byParticipant.set(row.participant_id, { ...(byParticipant.get(row.participant_id) ?? {}), [row.state]: row.n });
    return byParticipant;
  }
}
