import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, type AppError, assertId } from '@accredit/api-kit';
import { CAMPAIGN_PARTICIPANT_ROWS, CAMPAIGN_ROWS, participantPlace, pinnedWorkflows, setParticipantOutcome, setParticipantState, setParticipantStates } from '@accredit/campaigns';
import { ORGANISATION_ROWS } from '@accredit/organisations';
import { type Facts, type RegionFacts, type RegionLevel, type WorkflowDefinition, familyOf, stateLabels } from '@accredit/workflow-engine';
import { campaignCountFactsMany } from './count-facts';
import { phaseFactsMany } from './phase-facts';
import { ELECTIVE_FACTS, type ElectiveFactsSource, FORM_FACTS, type FormFactsSource, OBJECTION_FACTS, OBJECTION_STATE_LABELS, type ObjectionFactsSource } from './runtime-ports';
import { readElectives, usesElectives } from './elective-facts';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import type { SubjectAdapter, WorkflowSubject } from './workflow-subject';
import { WorkflowRefusal, workflowError, subjectNotFound } from './workflow.exception';

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

interface Region {
  participant_id: string;
  id: string;
  name: string;
  level: RegionLevel;
  path: string;
}

const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city'];

const asArray = (ids: Iterable<string>) => `{${[...new Set(ids)].join(',')}}`;

/** key → state → n, from rows grouped by a key and a state. */
function countsBy<R extends { state: string; n: number }>(rows: R[], keyOf: (row: R) => string): Map<string, Record<string, number>> {
  const byKey = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = byKey.get(keyOf(row)) ?? {};
    counts[row.state] = row.n;
    byKey.set(keyOf(row), counts);
  }
  return byKey;
}

/**
 * A participant of a campaign driven by the campaign's participant workflow (申报 → 推荐 → 命名).
 * Its facts: the campaign's participants per state, the same within the participant's province
 * and city (quotas "per province"), the organisations below each, its own work (tasks and
 * documents of its work campaign), the campaign's phases, and where the actor's organisation
 * stands to it (actorIs). A page of participants is read with a constant number of statements
 * (loadMany, factsMany), whatever its size.
 */
@Injectable()
export class ParticipantSubjectAdapter implements SubjectAdapter {
  readonly entityType = 'participant' as const;
  /** The row behind a subject last loaded (facts reuse it within the request). */
  private readonly rows = new WeakMap<WorkflowSubject, ParticipantRow>();

  constructor(
    private readonly definitions: WorkflowDefinitionsService,
    @Inject(ELECTIVE_FACTS) private readonly electives: ElectiveFactsSource | null,
    @Inject(OBJECTION_FACTS) private readonly objections: ObjectionFactsSource | null,
    @Inject(FORM_FACTS) private readonly forms: FormFactsSource | null,
  ) {}

  async load(em: EntityManager, id: string, actor: Actor): Promise<WorkflowSubject> {
    const [subject] = await this.loadMany(em, [assertId(id)], actor);
    if (subject instanceof Error) throw subject;
    return subject;
  }

  /** `load` for a page of participants in one read; one the actor may not see is NOT_FOUND in its place. */
  async loadMany(em: EntityManager, ids: readonly string[], actor: Actor): Promise<(WorkflowSubject | AppError)[]> {
    const rows = await this.readRows(
      em,
      ids.map((id) => assertId(id)),
    );
    return ids.map((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      if (!row || !participantPlace(actor, this.placement(row))) return subjectNotFound('participant', id);
      if (!row.definition_id || row.state === null || !row.definition_key || row.definition_version === null) {
        return workflowError(WorkflowRefusal.NoParticipantWorkflow, `「${row.campaign_name}」没有参与单位流程：${row.organisation_name}是主办单位本身，没有申报、推荐等环节`);
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
    });
  }

  async facts(em: EntityManager, subject: WorkflowSubject, actor: Actor): Promise<Facts> {
    return (await this.factsMany(em, [subject], actor))[0];
  }

  /**
   * The facts of several participants: each statement covers the whole page (their campaigns, the
   * regions above them, their work campaigns). One after another: inside a transition these share
   * the transaction's connection.
   */
  async factsMany(em: EntityManager, subjects: readonly WorkflowSubject[], actor: Actor): Promise<Facts[]> {
    if (subjects.length === 0) return [];
    const missing = subjects.filter((subject) => !this.rows.has(subject)).map((subject) => subject.id);
    const reread = missing.length ? await this.readRows(em, missing) : [];
    const rowOf = (subject: WorkflowSubject): ParticipantRow => {
      const row = this.rows.get(subject) ?? reread.find((candidate) => candidate.id === subject.id);
      if (!row) throw subjectNotFound('participant', subject.id);
      return row;
    };
    const rows = subjects.map(rowOf);
    const campaignIds = [...new Set(rows.map((row) => row.campaign_id))];
    const workIds = [...new Set(rows.flatMap((row) => (row.work_campaign_id ? [row.work_campaign_id] : [])))];

    const regions = await em.execute<Region[]>(
      `select p.id as participant_id, r.id, r.name, r.level, r.path
         from ${CAMPAIGN_PARTICIPANT_ROWS} p join ${ORGANISATION_ROWS} o on o.id = p.organisation_id
         join ${ORGANISATION_ROWS} r on o.path like r.path || '%' and r.id <> o.id and r.level in ('province', 'city')
        where p.id = any(?::uuid[])`,
      [asArray(rows.map((row) => row.id))],
    );
    const regionIds = [...new Set(regions.map((region) => region.id))];
    // Organisations below each owner and each region, per level: quota bases.
    const below = new Map<string, Record<string, number>>();
    const levels = await em.execute<{ base_id: string; level: string; n: number }[]>(
      `select b.id as base_id, o.level, count(*)::int as n from ${ORGANISATION_ROWS} b
         join ${ORGANISATION_ROWS} o on o.path like b.path || '%' and o.id <> b.id and not o.disabled
        where b.id = any(?::uuid[]) group by b.id, o.level`,
      [asArray([...rows.map((row) => row.owner_id), ...regionIds])],
    );
    for (const level of levels) below.set(level.base_id, { ...(below.get(level.base_id) ?? {}), [level.level]: level.n });
    const inCampaign = countsBy(
      await em.execute<{ campaign_id: string; state: string; n: number }[]>(
        `select campaign_id, state, count(*)::int as n from ${CAMPAIGN_PARTICIPANT_ROWS} p where campaign_id = any(?::uuid[]) and state is not null group by campaign_id, state`,
        [asArray(campaignIds)],
      ),
      (row) => row.campaign_id,
    );
    const inRegion = regionIds.length
      ? countsBy(
          await em.execute<{ region_id: string; campaign_id: string; state: string; n: number }[]>(
            `select r.id as region_id, p.campaign_id, p.state, count(*)::int as n from ${ORGANISATION_ROWS} r
               join ${ORGANISATION_ROWS} o on o.path like r.path || '%'
               join ${CAMPAIGN_PARTICIPANT_ROWS} p on p.organisation_id = o.id
              where r.id = any(?::uuid[]) and p.campaign_id = any(?::uuid[]) and p.state is not null
              group by r.id, p.campaign_id, p.state`,
            [asArray(regionIds), asArray(campaignIds)],
          ),
          (row) => `${row.region_id}:${row.campaign_id}`,
        )
      : new Map<string, Record<string, number>>();
    // Earlier batches (quota minusOf: earlierParticipants): only where some definition counts them.
    const usesEarlier = (definition: WorkflowDefinition) =>
      definition.transitions.some((t) =>
        t.guards.some(
          (guard) =>
            (guard.type === 'quota' && (guard.params.of === 'earlierParticipants' || guard.params.minusOf === 'earlierParticipants')) ||
            (guard.type === 'countInState' && guard.params.of === 'earlierParticipants'),
        ),
      );
    const work = await this.workFacts(em, workIds);
    const phases = await phaseFactsMany(em, campaignIds);
    const definitions = new Map(await Promise.all([...new Set(subjects.map((subject) => subject.definitionId))].map(async (id) => [id, await this.definitions.definitionById(id)] as const)));
    const earlier = [...definitions.values()].some(usesEarlier) ? await this.earlierCounts(em, campaignIds, regionIds) : null;
    const withElectives = rows.filter((row, index) => row.work_campaign_id && usesElectives(definitions.get(subjects[index].definitionId)!)).map((row) => row.work_campaign_id as string);
    const electives = await readElectives(this.electives, em, withElectives);
    // Objections against each participant (公示期的异议): only where some definition counts them.
    const countsObjections = [...definitions.values()].some((definition) =>
      definition.transitions.some((t) => t.guards.some((guard) => (guard.type === 'countInState' || guard.type === 'quota') && guard.params.of === 'objections')),
    );
    const objections =
      countsObjections && this.objections
        ? await this.objections.objectionCounts(
            subjects.map((subject) => subject.id),
            em,
          )
        : null;
    // Submitted forms (formSubmitted): only where some definition asks; absent without a source, so the guard refuses.
    const asksForms = [...definitions.values()].some((definition) => definition.transitions.some((t) => t.guards.some((guard) => guard.type === 'formSubmitted')));
    const submitted =
      asksForms && this.forms
        ? await this.forms.submittedForms(
            rows.map((row) => ({ campaignId: row.campaign_id, organisationId: row.organisation_id })),
            em,
          )
        : null;

    return subjects.map((subject, index) => {
      const row = rows[index];
      const definition = definitions.get(subject.definitionId)!;
      const own = row.work_campaign_id ? (work.get(row.work_campaign_id) ?? {}) : {};
      const ancestors = regions.filter((region) => region.participant_id === row.id);
      const regionFacts: Partial<Record<RegionLevel, RegionFacts>> = {};
      for (const region of ancestors.filter((ancestor) => REGION_LEVELS.includes(ancestor.level))) {
        regionFacts[region.level] = {
          name: region.name,
          counts: {
            participants: inRegion.get(`${region.id}:${row.campaign_id}`) ?? {},
            ...(earlier ? { earlierParticipants: earlier.inRegion.get(`${region.id}:${row.campaign_id}`) ?? {} } : {}),
          },
          organisationCounts: below.get(region.id) ?? {},
        };
      }
      // A participant's choices are those of its own work campaign; without one it has nothing to choose.
      const chosen = usesElectives(definition) ? (row.work_campaign_id ? (electives.get(row.work_campaign_id) ?? []) : []) : undefined;
      return {
        ...own,
        ...(chosen ? { electives: chosen } : {}),
        ...(submitted ? { submittedForms: submitted[index] } : {}),
        counts: {
          ...(own.counts ?? {}),
          participants: inCampaign.get(row.campaign_id) ?? {},
          ...(objections ? { objections: objections.get(row.id) ?? {} } : {}),
          ...(earlier ? { earlierParticipants: earlier.inCampaign.get(row.campaign_id) ?? {} } : {}),
        },
        // Earlier batches are of the same family (the directory loader checks shipped members share the counted states): these labels name them.
        countLabels: { ...(own.countLabels ?? {}), participants: stateLabels(definition), objections: OBJECTION_STATE_LABELS, earlierParticipants: stateLabels(definition) },
        organisationCounts: below.get(row.owner_id) ?? {},
        regions: regionFacts,
        phases: phases.get(row.campaign_id) ?? {},
        actorPlace: {
          owner: participantPlace(actor, this.placement(row)) === 'owner',
          participant: actor.organisationId === row.organisation_id,
          above: actor.organisationId ? ancestors.filter((ancestor) => ancestor.id === actor.organisationId).map((ancestor) => ancestor.level) : [],
        },
      };
    });
  }

  /** Compare-and-set by the campaigns module, in the transition's transaction (`em`). */
  setState(em: EntityManager, subject: WorkflowSubject, to: string): Promise<boolean> {
    return setParticipantState(em, subject, to);
  }

  /**
   * setState for many at once (a scheduled transition over a campaign's late participants): one
   * compare-and-set statement; returns the ids it moved (one changed meanwhile is left out).
   */
  setStateMany(em: EntityManager, subjects: readonly WorkflowSubject[], to: string): Promise<Set<string>> {
    return setParticipantStates(em, subjects, to);
  }

  /** Participants have no due date of their own: their work campaign's tasks do. */
  async setDueDate(): Promise<void> {
    return;
  }

  setOutcome(em: EntityManager, subject: WorkflowSubject, outcome: string): Promise<void> {
    return setParticipantOutcome(em, subject.id, outcome);
  }

  private placement(row: ParticipantRow) {
    return { ownerOrganisationId: row.owner_id, participantOrganisationId: row.organisation_id, participantPath: row.organisation_path };
  }

  /** The participants with their campaign, owner and organisation; no access check (loadMany does that). */
  private async readRows(em: EntityManager, ids: readonly string[]): Promise<ParticipantRow[]> {
    if (ids.length === 0) return [];
    return em.execute<ParticipantRow[]>(
      `select p.id, p.state, p.version, p.campaign_id, c.name as campaign_name, c.organisation_id as owner_id, owner.path as owner_path,
              c.participant_workflow_definition_id as definition_id, d.key as definition_key, d.version as definition_version,
              p.organisation_id, o.name as organisation_name, o.path as organisation_path, p.work_campaign_id
         from ${CAMPAIGN_PARTICIPANT_ROWS} p
         join ${CAMPAIGN_ROWS} c on c.id = p.campaign_id
         join ${ORGANISATION_ROWS} owner on owner.id = c.organisation_id
         join ${ORGANISATION_ROWS} o on o.id = p.organisation_id
         left join workflow_definition d on d.id = c.participant_workflow_definition_id
        where p.id = any(?::uuid[])`,
      [asArray(ids)],
    );
  }

  /**
   * Participants per state in the earlier campaigns of each campaign's owner that run a participant
   * workflow of the same family (earlier batches: `family`, or the key when the YAML names none, so
   * 第二批 counts 第一批 though each has its own key), per campaign and per region (campaign × region).
   * Families live in the YAML, so the owner's earlier campaigns are read first and matched here.
   */
  private async earlierCounts(
    em: EntityManager,
    campaignIds: readonly string[],
    regionIds: readonly string[],
  ): Promise<{ inCampaign: Map<string, Record<string, number>>; inRegion: Map<string, Record<string, number>> }> {
    const candidates = await em.execute<{ campaign_id: string; definition_id: string; earlier_id: string; earlier_definition_id: string }[]>(
      `select c.id as campaign_id, c.participant_workflow_definition_id as definition_id, e.id as earlier_id, e.participant_workflow_definition_id as earlier_definition_id
         from ${CAMPAIGN_ROWS} c
         join ${CAMPAIGN_ROWS} e on e.organisation_id = c.organisation_id and e.id <> c.id and e.created_at < c.created_at and e.participant_workflow_definition_id is not null
        where c.id = any(?::uuid[]) and c.participant_workflow_definition_id is not null`,
      [asArray(campaignIds)],
    );
    const definitionIds = [...new Set(candidates.flatMap((row) => [row.definition_id, row.earlier_definition_id]))];
    const families = new Map(await Promise.all(definitionIds.map(async (id) => [id, familyOf(await this.definitions.definitionById(id))] as const)));
    const earlier = candidates.filter((row) => families.get(row.definition_id) === families.get(row.earlier_definition_id));
    if (earlier.length === 0) return { inCampaign: new Map(), inRegion: new Map() };
    const pairs = [`{${earlier.map((row) => row.campaign_id).join(',')}}`, `{${earlier.map((row) => row.earlier_id).join(',')}}`];
    const earlierOf = `select * from unnest(?::uuid[], ?::uuid[]) as pair(campaign_id, earlier_id)`;
    const inCampaign = countsBy(
      await em.execute<{ campaign_id: string; state: string; n: number }[]>(
        `with earlier as (${earlierOf}) select earlier.campaign_id, p.state, count(*)::int as n from earlier join ${CAMPAIGN_PARTICIPANT_ROWS} p on p.campaign_id = earlier.earlier_id
          where p.state is not null group by earlier.campaign_id, p.state`,
        pairs,
      ),
      (row) => row.campaign_id,
    );
    const inRegion = regionIds.length
      ? countsBy(
          await em.execute<{ region_id: string; campaign_id: string; state: string; n: number }[]>(
            `with earlier as (${earlierOf}) select r.id as region_id, earlier.campaign_id, p.state, count(*)::int as n from earlier
               join ${CAMPAIGN_PARTICIPANT_ROWS} p on p.campaign_id = earlier.earlier_id and p.state is not null
               join ${ORGANISATION_ROWS} o on o.id = p.organisation_id
               join ${ORGANISATION_ROWS} r on o.path like r.path || '%'
              where r.id = any(?::uuid[])
              group by r.id, earlier.campaign_id, p.state`,
            [...pairs, asArray(regionIds)],
          ),
          (row) => `${row.region_id}:${row.campaign_id}`,
        )
      : new Map<string, Record<string, number>>();
    return { inCampaign, inRegion };
  }

  /** The participants' own work: tasks per state and documents of each work campaign, for the page at once. */
  private async workFacts(em: EntityManager, workCampaignIds: readonly string[]): Promise<Map<string, Partial<Facts>>> {
    if (workCampaignIds.length === 0) return new Map();
    const labels = new Map<string, Record<string, string>>();
    for (const [id, pinned] of await pinnedWorkflows(em, workCampaignIds)) labels.set(id, stateLabels(await this.definitions.definitionById(pinned.task)));
    const counted = await campaignCountFactsMany(em, workCampaignIds, (id) => labels.get(id) ?? {});
    return new Map(
      [...counted].map(([id, { counts, countLabels, documents, documentFiles, childStates, childStateLabels }]) => [
        id,
        { counts, countLabels, documents, documentFiles, childStates, childStateLabels },
      ]),
    );
  }
}
