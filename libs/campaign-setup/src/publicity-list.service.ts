import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { todayInChina } from '@accredit/calendar-date';
import { Campaign, CampaignParticipant, CampaignPhase } from '@accredit/campaigns';
import { Organisation, ancestorIdsOf } from '@accredit/organisations';
import type { PublicPublicityList, PublicityPhase } from '@accredit/public-lists-contract';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { SetupRefusal, setupNotFound } from './campaign-setup.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A page, not an export: more publicised units than this at once is not a real 公示. */
const MAX_ROWS = 2000;

/** One publicised participant: organisation data only, never a person. */
export interface PublicisedParticipant {
  participantId: string;
  campaignId: string;
  campaignName: string;
  organisationName: string;
  organisationShortName: string;
  organisationCode: string;
  province: string;
  provinceCode: string;
  /** The state's name as the workflow calls it (公示中). */
  status: string;
  phase: PublicityPhase;
}

/**
 * Who is publicised (公示) and until when: the participants whose current state has
 * `objectionsDuring: <phase>` in their campaign's participant workflow, with that phase's dates.
 * Read by the public page (one campaign, no login) and by the 公示中 page (every campaign, for
 * anyone logged in: the API takes an objection from anyone, so everyone is shown where to file one).
 * Organisation names and codes only: no filer, no contact, no objection text.
 */
@Injectable()
export class PublicityListService {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: WorkflowDefinitionsService,
  ) {}

  /** The public list of one campaign. NOT_FOUND when its workflow has no publicity at all. */
  async publicList(campaignId: string): Promise<PublicPublicityList> {
    const missing = () => setupNotFound(SetupRefusal.PublicityListNotFound, '公示名单', campaignId);
    if (!UUID.test(campaignId)) throw missing();
    const em = this.em.fork();
    const campaign = await em.findOne(Campaign, { id: campaignId }, { populate: ['organisation'] });
    if (!campaign?.participantWorkflowDefinitionId) throw missing();
    const states = await this.publicityStates(campaign.participantWorkflowDefinitionId);
    if (states.size === 0) throw missing();
    const rows = await this.read(em, [campaign]);
    const provinces = new Map<string, PublicPublicityList['provinces'][number]>();
    for (const row of rows) {
      const key = row.provinceCode || row.province;
      if (!provinces.has(key)) provinces.set(key, { name: row.province, code: row.provinceCode, units: [] });
      provinces.get(key)!.units.push({ name: row.organisationName, code: row.organisationCode, status: row.status });
    }
    return {
      campaign: { name: campaign.name, owner: campaign.organisation.getEntity().name },
      phase: rows[0]?.phase ?? (await this.plannedPhase(em, campaign, [...states.values()][0]!)),
      provinces: [...provinces.values()].sort(byCode).map((province) => ({ ...province, units: province.units.sort(byCode) })),
      count: rows.length,
    };
  }

  /** Every campaign's publicised participants, for anyone logged in (objections are open to all). */
  async everywhere(): Promise<PublicisedParticipant[]> {
    const em = this.em.fork();
    const campaigns = await em.find(Campaign, { participantWorkflowDefinitionId: { $ne: null } }, { populate: ['organisation'] });
    return this.read(em, campaigns);
  }

  /** state path → the phase key objections are taken during, for a participant workflow. */
  private async publicityStates(definitionId: string): Promise<Map<string, string>> {
    const definition = await this.definitions.definitionById(definitionId);
    return new Map(Object.values(definition.states).flatMap((state) => (state.objectionsDuring ? [[state.path, state.objectionsDuring] as const] : [])));
  }

  private async read(em: EntityManager, campaigns: Campaign[]): Promise<PublicisedParticipant[]> {
    const byDefinition = new Map<string, Map<string, string>>();
    const labels = new Map<string, Map<string, string>>();
    const phaseLabels = new Map<string, Record<string, { label: string }>>();
    for (const id of new Set(campaigns.map((campaign) => campaign.participantWorkflowDefinitionId!))) {
      byDefinition.set(id, await this.publicityStates(id));
      const definition = await this.definitions.definitionById(id);
      labels.set(id, new Map(Object.values(definition.states).map((state) => [state.path, state.label])));
      phaseLabels.set(id, definition.phases);
    }
    const wanted = campaigns.filter((campaign) => (byDefinition.get(campaign.participantWorkflowDefinitionId!)?.size ?? 0) > 0);
    if (wanted.length === 0) return [];
    const participants = await em.find(
      CampaignParticipant,
      { $or: wanted.map((campaign) => ({ campaign, state: { $in: [...byDefinition.get(campaign.participantWorkflowDefinitionId!)!.keys()] } })) },
      { populate: ['organisation'], limit: MAX_ROWS, orderBy: { id: 'asc' } },
    );
    if (participants.length === 0) return [];
    const campaignOf = new Map(wanted.map((campaign) => [campaign.id, campaign]));
    const organisations = participants.map((row) => row.organisation.getEntity());
    const provinces = await em.find(Organisation, { id: { $in: [...new Set(organisations.flatMap((organisation) => ancestorIdsOf(organisation.path)))] }, level: 'province' });
    const provinceOf = (organisation: Organisation) => provinces.find((candidate) => organisation.path.includes(`/${candidate.id}/`)) ?? null;
    const phases = await em.find(CampaignPhase, { campaign: { $in: [...campaignOf.keys()] }, parent: null });
    const now = todayInChina();

    return participants
      .map((row): PublicisedParticipant => {
        const campaign = campaignOf.get(row.campaign.id)!;
        const definitionId = campaign.participantWorkflowDefinitionId!;
        const key = byDefinition.get(definitionId)!.get(row.state as string)!;
        const organisation = row.organisation.getEntity();
        const province = provinceOf(organisation);
        const phase = phases.find((candidate) => candidate.campaign.id === campaign.id && candidate.key === key) ?? null;
        return {
          participantId: row.id,
          campaignId: campaign.id,
          campaignName: campaign.name,
          organisationName: organisation.name,
          organisationShortName: organisation.shortName,
          organisationCode: organisation.code,
          province: province?.name ?? '（未归属省份）',
          provinceCode: province?.code ?? '',
          status: labels.get(definitionId)!.get(row.state as string) ?? '',
          phase: phaseOf(phase, phaseLabels.get(definitionId)![key]?.label ?? key, now),
        };
      })
      .sort((a, b) => a.campaignName.localeCompare(b.campaignName) || a.provinceCode.localeCompare(b.provinceCode) || a.organisationCode.localeCompare(b.organisationCode));
  }

  /** The publicity dates of a campaign nobody is in yet (shown before the first unit enters 公示). */
  private async plannedPhase(em: EntityManager, campaign: Campaign, key: string): Promise<PublicityPhase | null> {
    const phase = await em.findOne(CampaignPhase, { campaign, key, parent: null });
    if (!phase) return null;
    const definition = await this.definitions.definitionById(campaign.participantWorkflowDefinitionId!);
    return phaseOf(phase, definition.phases[key]?.label ?? key, todayInChina());
  }
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/** The phase with its dates; without planned dates objections are not taken (the API refuses them). */
function phaseOf(phase: CampaignPhase | null, label: string, now: string): PublicityPhase {
  const startsOn = phase?.startsOn ?? null;
  const endsOn = phase?.endsOn ?? null;
  const open = phase !== null && !(startsOn && now < startsOn) && !(endsOn && now > endsOn);
  return { label: phase?.name || label, startsOn, endsOn, open };
}
