import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, AppError, type Connection, assertId, decodeCursor, departmentScope, encodeCursor, keysetConnection, keysetOrder, organisationScope, pageSize } from '@accredit/api-kit';
import { TASK_ROWS } from '@accredit/tasks';
import { EvidenceAccess } from './evidence-access.service';
import type { EvidenceFile } from './evidence-file.entity';
import { EvidenceVersion } from './evidence-version.entity';
import { Evidence } from './evidence.entity';
import type { EvidenceModel } from './graphql/evidence.model';
import { toEvidenceModel } from './graphql/to-evidence-model';
import { CAMPAIGN_ROWS, ownOrReviewed } from '@accredit/campaigns';
import { EvidenceRefusal, evidenceNotFound } from './evidence.exception';

/** One current evidence file of a campaign's task, for a report's evidence list. */
export interface CampaignEvidenceFile {
  taskId: string;
  requirementCode: string;
  fileName: string;
  uploadedAt: Date;
}

const VERSION_POPULATE = ['file', 'file.uploadedBy', 'createdBy'] as const;

/** The office view's order: the task table's, then each task's evidence oldest first. */
const BY_REQUIREMENT_ORDER = keysetOrder('evidence.byRequirement', ['int', 'instant', 'uuid']);

/** Reads of evidence, scoped like tasks: the actor's organisation, a liaison's own department. */
@Injectable()
export class EvidenceQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly access: EvidenceAccess,
  ) {}

  /** A task's evidence (current versions), oldest first; deleted ones too when asked. */
  async forTask(actor: Actor, taskId: string, includeDeleted: boolean): Promise<EvidenceModel[]> {
    await this.access.task(actor, taskId, 'read');
    const where: FilterQuery<Evidence> = includeDeleted ? { task: taskId } : { task: taskId, deletedAt: null };
    const rows = await this.em.find(Evidence, where, { orderBy: { requirementCode: 'asc', createdAt: 'asc', id: 'asc' }, populate: ['createdBy', 'deletedBy'] });
    return this.withCurrentVersions(rows);
  }

  /** The office view: every department's live evidence for one requirement of a campaign, in task-table order. */
  async byRequirement(actor: Actor, campaignId: string, requirementCode: string, first?: number | null, after?: string | null): Promise<Connection<EvidenceModel>> {
    assertId(campaignId, 'campaignId');
    const limit = pageSize(first);
    const from = decodeCursor(BY_REQUIREMENT_ORDER, after);
    const organisation = organisationScope(actor);
    const department = departmentScope(actor);
    const conditions = ['t.campaign_id = ?', 'e.requirement_code = ?', 'e.deleted_at is null'];
    const params: unknown[] = [campaignId, requirementCode.trim()];
    if (organisation) {
      // The organisation's own campaigns, and the participants' work in campaigns it owns.
      conditions.push(`(c.organisation_id = ? or c.parent_campaign_id in (select id from ${CAMPAIGN_ROWS} owned where organisation_id = ?))`);
      params.push(organisation, organisation);
    }
    if (department) {
      conditions.push('t.department_id = ?');
      params.push(department);
    }
    const base = `from evidence e join ${TASK_ROWS} t on t.id = e.task_id join ${CAMPAIGN_ROWS} c on c.id = t.campaign_id where ${conditions.join(' and ')}`;
    const pageConditions = from ? ' and (t.position, e.created_at, e.id) > (?, ?, ?)' : '';
    const [rows, [{ count }]] = await Promise.all([
      this.em.execute<{ id: string; position: number; created_at: Date }[]>(`select e.id, t.position, e.created_at ${base}${pageConditions} order by t.position, e.created_at, e.id limit ?`, [
        ...params,
        ...(from ?? []),
        limit + 1,
      ]),
      this.em.execute<{ count: string }[]>(`select count(*) as count ${base}`, params),
    ]);
    const page = rows.slice(0, limit);
    const entities = await this.em.find(Evidence, { id: { $in: page.map((row) => row.id) } }, { populate: ['createdBy', 'deletedBy'] });
    const byId = new Map((await this.withCurrentVersions(entities)).map((model) => [model.id, model]));
    return keysetConnection(rows, limit, after || null, Number(count), (row) => ({
      cursor: encodeCursor(BY_REQUIREMENT_ORDER, [row.position, new Date(row.created_at).toISOString(), row.id]),
      node: byId.get(row.id)!,
    }));
  }

  /**
   * `Task.evidence` for a page of tasks (batched): each task's live evidence, as `forTask` reads it,
   * within the actor's organisation. A task of another department is refused for a liaison, as
   * `taskEvidence` refuses it, with an error in its place (the other tasks still answer).
   */
  async forTasks(actor: Actor, tasks: readonly { id: string; departmentId: string }[]): Promise<(EvidenceModel[] | Error)[]> {
    const refusals = tasks.map((task) => this.refusalFor(actor, task));
    const readable = tasks.filter((_task, index) => !refusals[index]).map((task) => task.id);
    const organisation = organisationScope(actor);
    // As taskEvidence: the organisation's own campaigns, and the participants' work in campaigns it owns.
    const where: FilterQuery<Evidence> = { task: organisation ? { id: { $in: readable }, campaign: ownOrReviewed(organisation) } : { $in: readable }, deletedAt: null };
    const rows = readable.length ? await this.em.find(Evidence, where, { orderBy: { requirementCode: 'asc', createdAt: 'asc', id: 'asc' }, populate: ['createdBy', 'deletedBy'] }) : [];
    const models = await this.withCurrentVersions(rows);
    const byTask = new Map<string, EvidenceModel[]>();
    for (const model of models) byTask.set(model.taskId, [...(byTask.get(model.taskId) ?? []), model]);
    return tasks.map((task, index) => refusals[index] ?? byTask.get(task.id) ?? []);
  }

  private refusalFor(actor: Actor, task: { id: string; departmentId: string }): AppError | null {
    try {
      this.access.assertReadable(actor, task);
      return null;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  }

  /** Every version of each piece of evidence, newest first (for the `versions` field, batched). */
  async versionsOf(evidenceIds: readonly string[]): Promise<EvidenceVersion[][]> {
    const versions = await this.em.find(EvidenceVersion, { evidence: { $in: [...evidenceIds] } }, { orderBy: { number: 'desc' }, populate: VERSION_POPULATE });
    return evidenceIds.map((id) => versions.filter((version) => version.evidence.id === id));
  }

  /** For evidence carried over from an earlier cycle: that evidence and its campaign (null for the others), in the order asked. */
  async carriedFromOf(evidenceIds: readonly string[]): Promise<({ evidenceId: string; campaignId: string; campaignName: string } | null)[]> {
    const rows = await this.em.execute<{ id: string; evidence_id: string; campaign_id: string; campaign_name: string }[]>(
      `select e.id, o.id as evidence_id, c.id as campaign_id, c.name as campaign_name
         from evidence e join evidence o on o.id = e.carried_from_id join ${TASK_ROWS} t on t.id = o.task_id join ${CAMPAIGN_ROWS} c on c.id = t.campaign_id
        where e.id = any(?::uuid[])`,
      [`{${evidenceIds.join(',')}}`],
    );
    const byId = new Map(rows.map((row) => [row.id, { evidenceId: row.evidence_id, campaignId: row.campaign_id, campaignName: row.campaign_name }]));
    return evidenceIds.map((id) => byId.get(id) ?? null);
  }

  /**
   * Evidence by id as the actor may read it (EvidenceAccess.readableWhere), with its current
   * version, in one statement: every version of each is read with its people and the current one
   * kept (an evidence has a handful). For links from rows that do not vouch for the evidence;
   * deleted evidence is returned as `one` returns it.
   */
  async readableByIds(actor: Actor, evidenceIds: readonly string[]): Promise<EvidenceModel[]> {
    const versions = await this.em.find(
      EvidenceVersion,
      { evidence: { $and: [{ id: { $in: [...evidenceIds] } }, this.access.readableWhere(actor)] } },
      { populate: ['evidence', 'evidence.createdBy', 'evidence.deletedBy', ...VERSION_POPULATE] },
    );
    return versions.filter((version) => version.number === version.evidence.getEntity().currentVersion).map((version) => toEvidenceModel(version.evidence.getEntity(), version));
  }

  /** One piece of evidence the actor may read. */
  async one(actor: Actor, evidenceId: string): Promise<EvidenceModel> {
    const evidence = await this.readable(actor, evidenceId);
    await this.em.populate(evidence, ['createdBy', 'deletedBy']);
    return (await this.withCurrentVersions([evidence]))[0];
  }

  /** The file of a version (the current one by default) for download, after the access check. */
  async fileForDownload(actor: Actor, evidenceId: string, version?: number): Promise<EvidenceFile> {
    const evidence = await this.readable(actor, evidenceId);
    const number = version ?? evidence.currentVersion;
    const row = await this.em.findOne(EvidenceVersion, { evidence: evidence.id, number }, { populate: ['file'] });
    if (!row) throw evidenceNotFound(EvidenceRefusal.VersionNotFound, `佐证材料的第 ${number} 版`, evidenceId);
    return row.file.getEntity();
  }

  /**
   * For the task workflow's `hasEvidence` guard: per task, the requirement codes that have live
   * (not deleted) evidence. Every task asked for is in the map, with [] when it has none.
   */
  /** `em`: the caller's transaction, when it has one (the workflow runtime does): it must see its own connection. */
  async requirementCodesWithEvidence(taskIds: string[], em: EntityManager = this.em): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(taskIds.map((id) => [id, []]));
    if (!taskIds.length) return result;
    const rows = await em.execute<{ task_id: string; codes: string[] }[]>(
      'select task_id, array_agg(distinct requirement_code order by requirement_code) as codes from evidence where task_id in (?) and deleted_at is null group by task_id',
      [taskIds],
    );
    for (const row of rows) result.set(row.task_id, row.codes);
    return result;
  }

  /**
   * The current file of every live piece of evidence of a campaign, for the self-assessment
   * report's evidence list (the reporting module's export), by requirement then upload time.
   * The caller has already checked the actor may read the campaign.
   */
  async currentFilesOfCampaign(campaignId: string): Promise<CampaignEvidenceFile[]> {
    const rows = await this.em.execute<{ task_id: string; requirement_code: string; original_name: string; uploaded_at: Date | string }[]>(
      `select e.task_id, e.requirement_code, f.original_name, f.uploaded_at
         from evidence e
         join ${TASK_ROWS} t on t.id = e.task_id
         join evidence_version v on v.evidence_id = e.id and v.number = e.current_version
         join evidence_file f on f.id = v.file_id
        where t.campaign_id = ? and e.deleted_at is null
        order by e.requirement_code, f.uploaded_at, e.id`,
      [assertId(campaignId, 'campaignId')],
    );
    return rows.map((row) => ({ taskId: row.task_id, requirementCode: row.requirement_code, fileName: row.original_name, uploadedAt: new Date(row.uploaded_at) }));
  }

  private async readable(actor: Actor, evidenceId: string): Promise<Evidence> {
    assertId(evidenceId, 'evidenceId');
    // Refreshed: a change just made in a transaction's fork must show.
    const evidence = await this.em.findOne(Evidence, { id: evidenceId }, { refresh: true });
    if (!evidence) throw evidenceNotFound(EvidenceRefusal.EvidenceNotFound, '佐证材料', evidenceId);
    await this.access.task(actor, evidence.task.id, 'read').catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND' ? evidenceNotFound(EvidenceRefusal.EvidenceNotFound, '佐证材料', evidenceId) : error;
    });
    return evidence;
  }

  private async withCurrentVersions(rows: Evidence[]): Promise<EvidenceModel[]> {
    if (!rows.length) return [];
    const versions = await this.em.find(EvidenceVersion, { $or: rows.map((row) => ({ evidence: row.id, number: row.currentVersion })) }, { populate: VERSION_POPULATE });
    const current = new Map(versions.map((version) => [version.evidence.id, version]));
    return rows.map((row) => toEvidenceModel(row, current.get(row.id)!));
  }
}
