import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { type QuotaParams, type RegionLevel, readQuota } from '@accredit/workflow-engine';
import { CAMPAIGN_PARTICIPANT_ROWS } from '@accredit/campaigns';
import { ORGANISATION_ROWS } from '@accredit/organisations';
import { ParticipantSubjectAdapter } from './participant-subject.adapter';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import type { WorkflowSubject } from './workflow-subject';

/** One quota of a participant transition, counted in one place (the campaign, or one province). */
export interface ParticipantQuotaFigure {
  /** The transition it limits (recommend) and its label (推荐). */
  event: string;
  eventLabel: string;
  /** The level counted within (province), null for the whole campaign. */
  within: RegionLevel | null;
  /** The region counted (四川省); null for the whole campaign. */
  region: string | null;
  /** Already in the quota's states (已推荐). */
  taken: number;
  /** Counted beforehand against the same quota (named in an earlier batch), already taken off `allowed`. */
  already: number;
  /** ⌊percent % × base⌋ or the base: the quota as announced. */
  cap: number;
  /** What `taken` may reach: cap − already. The transition is refused once taken ≥ allowed. */
  allowed: number;
}

/**
 * The figures of each quota guard of a campaign's participant workflow ("已推荐 3 / 名额 5"), per
 * province where the guard counts `within` one. They are read from the facts the guard itself
 * reads (ParticipantSubjectAdapter.factsMany of one participant per province) with readQuota,
 * the function the guard refuses with: the figure shown and the refusal cannot disagree. A reader
 * sees the provinces of the participants they may see (participantPlace): a province its own.
 */
@Injectable()
export class ParticipantQuotasService {
  constructor(
    private readonly em: EntityManager,
    private readonly participants: ParticipantSubjectAdapter,
    private readonly definitions: WorkflowDefinitionsService,
  ) {}

  async ofCampaign(actor: Actor, campaignId: string): Promise<ParticipantQuotaFigure[]> {
    const em = this.em.fork();
    // One participant per province (and one without a province): the facts of a region are the
    // same for every participant in it; the whole campaign's for every participant.
    const picked = await em.execute<{ id: string }[]>(
      `select distinct on (coalesce(r.id::text, '')) p.id
         from ${CAMPAIGN_PARTICIPANT_ROWS} p join ${ORGANISATION_ROWS} o on o.id = p.organisation_id
         left join ${ORGANISATION_ROWS} r on o.path like r.path || '%' and r.id <> o.id and r.level = 'province'
        where p.campaign_id = ? and p.state is not null
        order by coalesce(r.id::text, ''), p.id`,
      [assertId(campaignId, 'campaignId')],
    );
    const loaded = await this.participants.loadMany(
      em,
      picked.map((row) => row.id),
      actor,
    );
    const subjects = loaded.filter((subject): subject is WorkflowSubject => !(subject instanceof Error));
    if (subjects.length === 0) return [];
    const definition = await this.definitions.definitionById(subjects[0]!.definitionId);
    const facts = await this.participants.factsMany(em, subjects, actor);

    const figures: ParticipantQuotaFigure[] = [];
    for (const transition of definition.transitions) {
      for (const guard of transition.guards) {
        if (guard.type !== 'quota' || guard.params.of === 'objections') continue;
        const params: QuotaParams = guard.params;
        const seen = new Set<string>();
        for (const subjectFacts of facts) {
          const reading = readQuota(params, subjectFacts);
          if (!reading.ok) continue;
          const region = params.within ? reading.where : null;
          // Within a province: one figure per province; otherwise one for the campaign.
          const key = region ?? '';
          if (seen.has(key)) continue;
          seen.add(key);
          figures.push({
            event: transition.event,
            eventLabel: transition.label,
            within: params.within ?? null,
            region,
            taken: reading.taken,
            already: reading.already,
            cap: reading.cap,
            allowed: reading.allowed,
          });
        }
      }
    }
    return figures.sort((a, b) => Number(a.within !== null) - Number(b.within !== null) || (a.region ?? '').localeCompare(b.region ?? '', 'zh-CN'));
  }
}
