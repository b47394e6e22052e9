import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, ImmutableCache, assertId, grantedCampaigns, hasCampaignGrant, isCampaignRoleOnly, organisationScope } from '@accredit/api-kit';
import { ORGANISATION_ROWS, isPlatformAdmin, organisationReadScope, readableOrganisations } from '@accredit/organisations';
import { CampaignListScope } from './campaign-list-filter';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
import { CampaignParticipant } from './campaign-participant.entity';
import { campaignNotFound } from './campaigns.exception';
import type { CampaignPhaseModel } from './campaign.model';
import { toPhaseTree } from './to-campaign-model';

/** The organisation's campaigns, and the participants' work in campaigns it owns. */
export function ownOrReviewed(organisationId: string): FilterQuery<Campaign> {
  return { $or: [{ organisation: organisationId }, { parentCampaign: { organisation: organisationId } }] };
}

/**
 * Campaigns an actor may read (not change): those of the organisations it may read
 * (readableOrganisations: its own, and below it for an office admin) and the participants' work
 * in campaigns its organisation owns. No limit for a platform admin.
 */
export async function readableCampaigns(em: EntityManager, actor: Actor): Promise<FilterQuery<Campaign>> {
  const readable = await readableOrganisations(em, actor);
  if (!readable || !actor.organisationId) return readable ? { organisation: readable } : {};
  return { $or: [{ organisation: readable }, { parentCampaign: { organisation: actor.organisationId } }] };
}

/**
 * readableCampaigns as values for plain SQL (a prepared statement cannot take a FilterQuery):
 * READABLE_CAMPAIGN_ID_SQL is the campaign :campaignId when readableCampaigns would match it, else
 * null — the rule of who reads a campaign stays here, whoever's statement it is put in.
 */
export interface ReadableCampaignScope {
  /** No limit (a platform admin, or an account reading through its campaign roles). */
  scopeAll: boolean;
  /** The one organisation whose campaigns it reads (not an office admin). */
  scopeOrganisation: string | null;
  /** The LIKE pattern of the subtree an office admin reads. */
  scopePath: string | null;
  /** Its organisation, whose campaigns' participants' work it also reads. */
  scopeOwner: string | null;
}

export const READABLE_CAMPAIGN_ID_SQL = `(
    select c.id from campaign c
    left join ${ORGANISATION_ROWS} o on o.id = c.organisation_id
    left join campaign p on p.id = c.parent_campaign_id
    where c.id = :campaignId::uuid
      and (:scopeAll::boolean or c.organisation_id = :scopeOrganisation::uuid or o.path like :scopePath::text or p.organisation_id = :scopeOwner::uuid))`;

export async function readableCampaignScope(em: EntityManager, actor: Actor): Promise<ReadableCampaignScope> {
  const scope = await organisationReadScope(em, actor);
  if ('all' in scope) return { scopeAll: true, scopeOrganisation: null, scopePath: null, scopeOwner: null };
  return {
    scopeAll: false,
    scopeOrganisation: 'organisationId' in scope ? scope.organisationId : null,
    scopePath: 'pathPattern' in scope ? scope.pathPattern : null,
    scopeOwner: actor.organisationId ?? null,
  };
}

/** A campaign's organisation and the task workflow it pinned (its stored definition), or null: for a check before a write elsewhere. */
export async function campaignTaskWorkflow(em: EntityManager, campaignId: string): Promise<{ organisationId: string; definitionId: string } | null> {
  const [row] = await em.execute<{ organisation_id: string; definition_id: string }[]>('select organisation_id, task_workflow_definition_id as definition_id from campaign where id = ?', [campaignId]);
  return row ? { organisationId: row.organisation_id, definitionId: row.definition_id } : null;
}

/**
 * The task workflows (stored definitions) each organisation's campaigns pinned, by organisation;
 * only `organisationId`'s when given. One row per organisation and definition.
 */
export async function taskWorkflowsByOrganisation(em: EntityManager, organisationId: string | null): Promise<{ organisationId: string; definitionId: string }[]> {
  const rows = await em.execute<{ organisation_id: string; definition_id: string }[]>(
    `select distinct organisation_id, task_workflow_definition_id as definition_id from campaign
     ${organisationId ? 'where organisation_id = ?' : ''} order by organisation_id`,
    organisationId ? [organisationId] : [],
  );
  return rows.map((row) => ({ organisationId: row.organisation_id, definitionId: row.definition_id }));
}

@Injectable()
export class CampaignsService {
  /**
   * A campaign's phase tree, as of the campaign's version. Phases are written at set-up and
   * change only when re-planned; a re-plan goes through the campaign (its optimistic lock bumps
   * the version, which makes every process's entry stale) and calls forgetPhases after commit.
   */
  private readonly phaseTrees = new ImmutableCache<string, { version: number; phases: CampaignPhaseModel[] }>(5_000);

  /** Per request context (a forked EntityManager): campaign id → its read (see readOnce). */
  private readonly readsByContext = new WeakMap<object, Map<string, Promise<Campaign | null>>>();

  constructor(private readonly em: EntityManager) {}

  /**
   * Campaigns of a list, by scope (all within what the actor may read):
   * - `working` (default): its organisation's own (with its work in a campaign above it) and, for an
   *   office admin, those units below it run for themselves — not other organisations' work in a
   *   campaign with participants, which a national batch would otherwise crowd the list with (they
   *   are reached through the batch's participants);
   * - `participated`: campaigns owned elsewhere that its organisation, or (office admin) a unit below
   *   it, takes part in — the summary a participant's work links to (parentCampaign);
   * - `all`: everything it may read; `parentCampaignId` keeps the participants' work of one campaign.
   */
  async list(actor: Actor, filter: { scope?: CampaignListScope | null; parentCampaignId?: string | null } = {}): Promise<Campaign[]> {
    const orderBy = { createdAt: 'desc', name: 'asc' } as const;
    // An account with campaign roles only sees the campaigns it is assigned in, nothing else.
    if (isCampaignRoleOnly(actor)) {
      return this.em.find(Campaign, { id: { $in: grantedCampaigns(actor, 'campaign') } }, { orderBy });
    }
    const parent = filter.parentCampaignId ? assertId(filter.parentCampaignId, 'parentCampaignId') : null;
    const scope = filter.scope ?? (parent ? CampaignListScope.all : CampaignListScope.working);
    if (scope === CampaignListScope.participated) {
      const ids = await this.participatedIds(actor);
      return ids.length === 0 ? [] : this.em.find(Campaign, parent ? { id: { $in: ids }, parentCampaign: parent } : { id: { $in: ids } }, { orderBy });
    }
    const readable = await readableCampaigns(this.em, actor);
    const conditions: FilterQuery<Campaign>[] = [readable];
    if (scope === CampaignListScope.working) {
      conditions.push(actor.organisationId ? { $or: [{ parentCampaign: null }, { organisation: actor.organisationId }] } : { parentCampaign: null });
    }
    if (parent) conditions.push({ parentCampaign: parent });
    return this.em.find(Campaign, { $and: conditions }, { orderBy });
  }

  /** Campaigns owned by another organisation in which the actor's organisation, or a unit below it (office admin), takes part. */
  private async participatedIds(actor: Actor): Promise<string[]> {
    if (!actor.organisationId) return [];
    const readable = await readableOrganisations(this.em, actor);
    const participants = await this.em.find(
      CampaignParticipant,
      // The owner's own row (a district's campaign has the district as its one participant) is no participation in another's campaign.
      { organisation: readable ?? actor.organisationId, joinedBy: { $ne: 'owner' }, campaign: { organisation: { $ne: actor.organisationId } } },
      { fields: ['campaign'] },
    );
    return [...new Set(participants.map((row) => row.campaign.id))];
  }

  /** One campaign to read (the campaign query, its dashboard): as list(); NOT_FOUND otherwise. */
  async getReadable(id: string, actor: Actor): Promise<Campaign> {
    if (isCampaignRoleOnly(actor)) {
      const campaign = hasCampaignGrant(actor, assertId(id), 'campaign') ? await this.em.findOne(Campaign, { id }) : null;
      if (!campaign) throw campaignNotFound(id);
      return campaign;
    }
    const known = await this.readOnce(assertId(id));
    if (!known) throw campaignNotFound(id);
    // The usual cases are decided without a statement: everything for a platform admin, and the
    // actor's own organisation (always among the readable ones); the rest by the scoped read.
    if (isPlatformAdmin(actor) || (actor.organisationId !== null && known.organisation.id === actor.organisationId)) return known;
    const campaign = await this.em.findOne(Campaign, { $and: [{ id }, await readableCampaigns(this.em, actor)] });
    if (!campaign) throw campaignNotFound(id);
    return campaign;
  }

  /**
   * One campaign of the actor's own organisation, for anything that changes it or reads its
   * details — or a participant's work in a campaign the actor's organisation owns (its experts
   * score it, its office reviews it).
   */
  async get(id: string, actor: Actor): Promise<Campaign> {
    const organisation = organisationScope(actor);
    const known = await this.readOnce(assertId(id));
    if (known && (!organisation || known.organisation.id === organisation)) return known;
    // A participant's work in a campaign the actor's organisation owns: decided by the scoped read.
    const campaign = known?.parentCampaign && organisation ? await this.em.findOne(Campaign, { $and: [{ id }, ownOrReviewed(organisation)] }) : null;
    if (!campaign) throw campaignNotFound(id);
    return campaign;
  }

  /**
   * Campaigns by id the actor may read, as getReadable decides (one statement at most): for links
   * from rows that do not vouch for the campaign, which are null for the others.
   */
  async readableByIds(actor: Actor, ids: readonly string[]): Promise<Campaign[]> {
    if (isCampaignRoleOnly(actor)) {
      const granted = ids.filter((id) => hasCampaignGrant(actor, id, 'campaign'));
      return granted.length ? this.byIds(granted) : [];
    }
    if (isPlatformAdmin(actor)) return this.byIds(ids);
    return this.em.find(Campaign, { $and: [{ id: { $in: [...ids] } }, await readableCampaigns(this.em, actor)] });
  }

  /** Campaigns by id, without an access check: for links from a campaign the caller already reads. */
  byIds(ids: readonly string[]): Promise<Campaign[]> {
    return this.em.find(Campaign, { id: { $in: [...ids] } });
  }

  /**
   * The campaign by id, read once per request and per transaction (its EntityManager context):
   * a document such as ScoreSheet asks for it through two root fields at once (campaign and
   * campaignScores), which read the row twice. The callers check access on it.
   */
  private readOnce(id: string): Promise<Campaign | null> {
    const em = this.em.getContext();
    let reads = this.readsByContext.get(em);
    if (!reads) this.readsByContext.set(em, (reads = new Map()));
    let read = reads.get(id);
    if (!read) {
      const pending = em.findOne(Campaign, { id });
      // A failed read is not remembered: the next caller in the request tries again.
      pending.catch(() => reads.delete(id));
      reads.set(id, (read = pending));
    }
    return read;
  }

  phases(campaignIds: readonly string[]): Promise<CampaignPhase[]> {
    return this.em.find(CampaignPhase, { campaign: { $in: [...campaignIds] } }, { orderBy: { sortOrder: 'asc' } });
  }

  /** The cached phase tree of a campaign at this version, if any (shared: read, never change it). */
  cachedPhaseTree(campaignId: string, version: number): CampaignPhaseModel[] | undefined {
    const cached = this.phaseTrees.get(campaignId);
    return cached && cached.version === version ? cached.phases : undefined;
  }

  /** Phase trees of campaigns read from the database, remembered at the version they were read for. */
  async readPhaseTrees(campaigns: readonly { id: string; version: number }[]): Promise<CampaignPhaseModel[][]> {
    const rows = await this.phases(campaigns.map((campaign) => campaign.id));
    return campaigns.map((campaign) => {
      const phases = toPhaseTree(rows.filter((phase) => phase.campaign.id === campaign.id));
      this.phaseTrees.set(campaign.id, { version: campaign.version, phases });
      return phases;
    });
  }

  /** After a re-plan of a campaign's phases (after its commit). */
  forgetPhases(campaignId: string): void {
    this.phaseTrees.delete(campaignId);
  }
}
