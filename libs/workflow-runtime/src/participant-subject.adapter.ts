import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId } from '@accredit/api-kit';
import { participantPlace } from '@accredit/campaigns';
import { type Facts, type RegionFacts, type RegionLevel, stateLabels } from '@accredit/workflow-engine';
import { campaignCountFacts } from './count-facts';
import { phaseFacts } from './phase-facts';
import { ELECTIVE_FACTS, type ElectiveFactsSource } from './runtime-ports';
import { readElectives, usesElectives } from './elective-facts';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import type { SubjectAdapter, WorkflowSubject } from './workflow-subject';

interface ParticipantRow {
  id: string;
  state: string | null;
  version: number;
  campaign_id: string;
  campaign_name: string;
  owner_id: string;
  owner_path: string;
  definition_id: string | null;
  definition_key: string | null;
  definition_version: number | null;
  organisation_id: string;
  organisation_name: string;
  organisation_path: string;
  work_campaign_id: string | null;
}

const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city'];

/**
 * A participant of a campaign driven by the campaign's participant workflow (申报 → 推荐 → 命名).
 * Its facts: the campaign's participants per state, the same within the participant's province
 * and city (quotas "per province"), the organisations below each, its own work (tasks and
 * documents of its work campaign), the campaign's phases, and where the actor's organisation
 * stands to it (actorIs).
 */
@Injectable()
export class ParticipantSubjectAdapter implements SubjectAdapter {
  readonly entityType = 'participant' as const;
  /** Participant id → the row behind the subject last loaded (facts reuse it within the request). */
  private readonly rows = new WeakMap<WorkflowSubject, ParticipantRow>();

  constructor(
    private readonly definitions: WorkflowDefinitionsService,
    @Inject(ELECTIVE_FACTS) private readonly electives: ElectiveFactsSource | null,
  ) {}

  async load(em: EntityManager, id: string, actor: Actor): Promise<WorkflowSubject> {
    const row = await this.readRow(em, assertId(id));
    if (!row || !participantPlace(actor, { ownerOrganisationId: row.owner_id, participantOrganisationId: row.organisation_id, participantPath: row.organisation_path })) {
      throw AppError.notFound('参与单位', id);
    }
    if (!row.definition_id || row.state === null || !row.definition_key || row.definition_version === null) {
      throw AppError.validation(`「${row.campaign_name}」没有参与单位流程：${row.organisation_name}是主办单位本身，没有申报、推荐等环节`);
    }
    const subject: WorkflowSubject = {
      entityType: 'participant',
      id: row.id,
      state: row.state,
      version: row.version,
      definitionKey: row.definition_key,
      definitionVersion: row.definition_version,
      definitionId: row.definition_id,
      // Notifications of the participant's process go to the participant's own organisation.
      organisationId: row.organisation_id,
      campaignId: row.campaign_id,
      ownerDepartmentId: null,
      title: `${row.campaign_name}：${row.organisation_name}`,
    };
    this.rows.set(subject, row);
    return subject;
  }

  async facts(em: EntityManager, subject: WorkflowSubject, actor: Actor): Promise<Facts> {
    const row = this.rows.get(subject) ?? (await this.readRow(em, subject.id));
    if (!row) throw AppError.notFound('参与单位', subject.id);
    const definition = await this.definitions.definitionById(subject.definitionId);
    const labels = stateLabels(definition);
    // One after another: inside a transition these share the transaction's connection.
    const work = row.work_campaign_id ? await this.workFacts(em, row.work_campaign_id) : {};
    const participants = await this.participantCounts(em, row.campaign_id, null);
    const below = await this.organisationCounts(em, row.owner_path, row.owner_id);
    const regions: Partial<Record<RegionLevel, RegionFacts>> = {};
    const ancestors = await em.execute<{ id: string; name: string; level: RegionLevel; path: string }[]>(
      `select id, name, level, path from organisation where ? like path || '%' and id <> ? and level in ('province', 'city')`,
      [row.organisation_path, row.organisation_id],
    );
    for (const region of ancestors.filter((ancestor) => REGION_LEVELS.includes(ancestor.level))) {
      regions[region.level] = {
        name: region.name,
        counts: { participants: await this.participantCounts(em, row.campaign_id, region.path) },
        organisationCounts: await this.organisationCounts(em, region.path, region.id),
      };
    }
    // A participant's choices are those of its own work campaign; without one it has nothing to choose.
    const electives = usesElectives(definition) ? (row.work_campaign_id ? (await readElectives(this.electives, em, [row.work_campaign_id])).get(row.work_campaign_id) : []) : undefined;
    return {
      ...work,
      ...(electives ? { electives } : {}),
      counts: { ...(work.counts ?? {}), participants },
      countLabels: { ...(work.countLabels ?? {}), participants: labels },
      organisationCounts: below,
      regions,
      phases: await phaseFacts(em, row.campaign_id),
      actorPlace: {
        owner: participantPlace(actor, this.placement(row)) === 'owner',
        participant: actor.organisationId === row.organisation_id,
        above: actor.organisationId ? ancestors.filter((ancestor) => ancestor.id === actor.organisationId).map((ancestor) => ancestor.level) : [],
      },
    };
  }

  async setState(em: EntityManager, subject: WorkflowSubject, to: string): Promise<boolean> {
    const changed = await em.execute(`update campaign_participant set state = ?, version = version + 1, updated_at = now() where id = ? and version = ?`, [to, subject.id, subject.version], 'run');
    return (changed as { affectedRows?: number }).affectedRows === 1;
  }

  /** Participants have no due date of their own: their work campaign's tasks do. */
  async setDueDate(): Promise<void> {
    return;
  }

  async setOutcome(em: EntityManager, subject: WorkflowSubject, outcome: string): Promise<void> {
    await em.execute(`update campaign_participant set outcome = ?, outcome_at = now() where id = ?`, [outcome, subject.id], 'run');
  }

  private placement(row: ParticipantRow) {
    return { ownerOrganisationId: row.owner_id, participantOrganisationId: row.organisation_id, participantPath: row.organisation_path };
  }

  /** The participant with its campaign, owner and organisation, or undefined; no access check (load does that). */
  private async readRow(em: EntityManager, id: string): Promise<ParticipantRow | undefined> {
    const [row] = await em.execute<ParticipantRow[]>(
      `select p.id, p.state, p.version, p.campaign_id, c.name as campaign_name, c.organisation_id as owner_id, owner.path as owner_path,
              c.participant_workflow_definition_id as definition_id, d.key as definition_key, d.version as definition_version,
              p.organisation_id, o.name as organisation_name, o.path as organisation_path, p.work_campaign_id
         from campaign_participant p
         join campaign c on c.id = p.campaign_id
         join organisation owner on owner.id = c.organisation_id
         join organisation o on o.id = p.organisation_id
         left join workflow_definition d on d.id = c.participant_workflow_definition_id
        where p.id = ?`,
      [id],
    );
    return row;
  }

  /** The participant's own work: its tasks per state and its documents. */
  private async workFacts(em: EntityManager, workCampaignId: string): Promise<Partial<Facts>> {
    const [campaign] = await em.execute<{ task_workflow_definition_id: string }[]>(`select task_workflow_definition_id from campaign where id = ?`, [workCampaignId]);
    const taskLabels = stateLabels(await this.definitions.definitionById(campaign.task_workflow_definition_id));
    const { counts, countLabels, documents, documentFiles, childStates, childStateLabels } = await campaignCountFacts(em, workCampaignId, taskLabels);
    return { counts, countLabels, documents, documentFiles, childStates, childStateLabels };
  }

  /** Participants of the campaign per state, all of them or those in one region (a path prefix). */
  private async participantCounts(em: EntityManager, campaignId: string, regionPath: string | null): Promise<Record<string, number>> {
    const rows = await em.execute<{ state: string; n: number }[]>(
      regionPath
        ? `select p.state, count(*)::int as n from campaign_participant p join organisation o on o.id = p.organisation_id where p.campaign_id = ? and p.state is not null and o.path like ? group by p.state`
        : `select p.state, count(*)::int as n from campaign_participant p where p.campaign_id = ? and p.state is not null group by p.state`,
      regionPath ? [campaignId, `${regionPath}%`] : [campaignId],
    );
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  /** Enabled organisations below one (not itself), per level: quota bases. */
  private async organisationCounts(em: EntityManager, path: string, id: string): Promise<Record<string, number>> {
    const rows = await em.execute<{ level: string; n: number }[]>(
      `select level, count(*)::int as n from organisation where path like ? and id <> ? and not disabled group by level`,
      [`${path}%`, id],
    );
    return Object.fromEntries(rows.map((r) => [r.level, r.n]));
  }
}
