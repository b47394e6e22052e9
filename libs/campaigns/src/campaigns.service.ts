import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, AppError, ImmutableCache, assertId, grantedCampaigns, hasCampaignGrant, isCampaignRoleOnly, organisationScope } from '@accredit/api-kit';
import { isPlatformAdmin, readableOrganisations } from '@accredit/organisations';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
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
   * Campaigns the actor may read: their organisation's; for an office admin of a province or the
   * nation also those of every organisation below it (read-only). Others do not exist for them.
   */
  async list(actor: Actor): Promise<Campaign[]> {
    // An account with campaign roles only sees the campaigns it is assigned in, nothing else.
    if (isCampaignRoleOnly(actor)) {
      return this.em.find(Campaign, { id: { $in: grantedCampaigns(actor, 'campaign') } }, { orderBy: { createdAt: 'desc', name: 'asc' } });
    }
    const readable = await readableOrganisations(this.em, actor);
    return this.em.find(Campaign, readable ? { organisation: readable } : {}, { orderBy: { createdAt: 'desc', name: 'asc' } });
  }

  /** One campaign to read (the campaign query, its dashboard): as list(); NOT_FOUND otherwise. */
  async getReadable(id: string, actor: Actor): Promise<Campaign> {
    if (isCampaignRoleOnly(actor)) {
      const campaign = hasCampaignGrant(actor, assertId(id), 'campaign') ? await this.em.findOne(Campaign, { id }) : null;
      if (!campaign) throw AppError.notFound('创建工作', id);
      return campaign;
    }
    const known = await this.readOnce(assertId(id));
    if (!known) throw AppError.notFound('创建工作', id);
    // The usual cases are decided without a statement: everything for a platform admin, and the
    // actor's own organisation (always among the readable ones); the rest by the scoped read.
    if (isPlatformAdmin(actor) || (actor.organisationId !== null && known.organisation.id === actor.organisationId)) return known;
    const campaign = await this.em.findOne(Campaign, { $and: [{ id }, await readableCampaigns(this.em, actor)] });
    if (!campaign) throw AppError.notFound('创建工作', id);
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
    if (!campaign) throw AppError.notFound('创建工作', id);
    return campaign;
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
