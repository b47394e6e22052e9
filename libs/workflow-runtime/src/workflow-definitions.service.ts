import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, type AppError, ImmutableCache, assertId, hasRole, notFoundMessage, requestLoader } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { pinnedWorkflows } from '@accredit/campaigns';
import { Organisation, isUsableBy, nearestOwned, ownershipChainOf, pickByOwnership } from '@accredit/organisations';
import {
  type DefinitionError,
  type FamilyMismatch,
  type WorkflowDefinition,
  checksum,
  familyMismatches,
  familyOf,
  formatDefinitionError,
  loadWorkflowDirectory,
  parseDefinition,
  stateLabels,
} from '@accredit/workflow-engine';
import { WorkflowDefinitionRecord } from './workflow-definition.entity';
import { SUBJECT_TYPES, isSubjectType } from './workflow-subject';
import { WorkflowRefusal, workflowError, subjectNotFound, definitionNotFound } from './workflow.exception';

const owned = (record: WorkflowDefinitionRecord) => ({ record, ownerId: record.owner?.id ?? null, shareWithDescendants: record.shareWithDescendants, version: record.version });

/**
 * Stored, versioned workflow definitions, each owned by an organisation or by the platform.
 * An organisation uses its own newest version of a key, else the newest its nearest ancestor
 * shares, else the platform's (docs/adr #7); a campaign pins the record it started with by id.
 * Parsed definitions are cached by record id: a stored version never changes.
 */
@Injectable()
export class WorkflowDefinitionsService {
  private readonly logger = new Logger('Workflows');
  private readonly parsed = new Map<string, WorkflowDefinition>();
  /** record id → parsed: a stored version is immutable, so lookups by id need no query after the first. */
  private readonly byId = new Map<string, Promise<WorkflowDefinition>>();
  /** The same, once parsed: per-row task fields read it without a promise (a page of 100 rows, five fields each). */
  private readonly parsedById = new Map<string, WorkflowDefinition>();
  /** campaign id → the task workflow record it pinned at set-up (never changes afterwards). */
  private readonly campaignTaskDefinition = new ImmutableCache<string, string>(20_000);
  private readonly labelsOf = new WeakMap<WorkflowDefinition, { labels: Record<string, string>; finals: ReadonlySet<string> }>();

  constructor(private readonly em: EntityManager) {}

  /**
   * Stores the definitions of the workflows/ directory (the platform's) that are not stored yet.
   * A file whose content changed without a new version is not taken: the stored version stays.
   */
  async syncDirectory(dir: string): Promise<void> {
    if (await this.directoryStored(dir)) return;
    const loaded = loadWorkflowDirectory(dir);
    if (!loaded.ok) throw new Error(`流程定义有误：\n${loaded.errors.map(formatDefinitionError).join('\n')}`);
    for (const definition of loaded.definitions) {
      this.assertSubjectType(definition);
      const stored = await this.em.findOne(WorkflowDefinitionRecord, { key: definition.key, version: definition.version, owner: null });
      if (stored) {
        if (stored.checksum !== definition.checksum) {
          this.logger.error(`${definition.file}：流程「${definition.key}」第 ${definition.version} 版已存储且内容不同；修改流程请提高 version。仍使用已存储的版本`);
        }
        continue;
      }
      const source = await this.sourceOf(definition.file);
      const fileName = definition.file.split('/').pop() ?? definition.file;
      const inserted = await this.em.transactional(async (em) => {
        const rows = await em.execute<{ id: string }[]>(
          `insert into workflow_definition (id, key, version, entity_type, name, checksum, source, file_name) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)
           on conflict ((coalesce(owner_id, '00000000-0000-0000-0000-000000000000'::uuid)), key, version) do nothing returning id`,
          [definition.key, definition.version, definition.entityType, definition.name, definition.checksum, source, fileName],
        );
        if (rows.length)
          await appendAudit(em, {
            action: 'workflow_upload',
            actor: null,
            entityType: 'workflow_definition',
            entityId: rows[0].id,
            details: { key: definition.key, version: definition.version, checksum: definition.checksum, fileName, from: 'workflows-directory' },
          });
        return rows.length > 0;
      });
      if (!inserted) continue;
      this.logger.log(`已登记流程「${definition.name}」(${definition.key} v${definition.version})`);
    }
  }

  /**
   * True when the content of every file of the directory is stored already (the usual start):
   * then there is nothing to register or to warn about, and parsing and checking the files
   * (YAML and the schema's validator, most of a second of a start) is skipped, as the forms do.
   */
  private async directoryStored(dir: string): Promise<boolean> {
    const { readdir, readFile } = await import('node:fs/promises');
    let sums: string[];
    try {
      const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name)).map((entry) => entry.name);
      sums = await Promise.all(names.map(async (name) => checksum(await readFile(`${dir}/${name}`, 'utf8'))));
    } catch {
      return false; // the full load reports what cannot be read
    }
    const rows = await this.em.getConnection().execute<{ checksum: string }[]>('select checksum from workflow_definition where owner_id is null');
    const stored = new Set(rows.map((row) => row.checksum));
    return sums.every((sum) => stored.has(sum));
  }

  private async sourceOf(file: string): Promise<string> {
    const { readFile } = await import('node:fs/promises');
    return readFile(file, 'utf8');
  }

  /**
   * Validates and stores an uploaded definition as the uploader's organisation's own (the
   * platform's for a platform administrator); refused with every error and its position. Other
   * organisations never use it, except the owner's descendants when it is shared.
   */
  async upload(actor: Actor, source: string, fileName: string, shareWithDescendants = false): Promise<WorkflowDefinitionRecord> {
    const result = parseDefinition(source, fileName);
    if (!result.ok) throw this.invalid(result.errors);
    const definition = result.definition;
    this.assertSubjectType(definition);
    const ownerId = actor.organisationId;
    if (!ownerId && !hasRole(actor, 'system_admin')) throw workflowError(WorkflowRefusal.NoOrganisation, '上传流程定义须以某个单位的管理员或平台系统管理员身份进行');
    // Versions go up as the organisation sees them: above every version it may use (its own, its
    // ancestors' shared ones, the platform's), so its own upload is always the newest it uses.
    const chain = await this.chainOf(ownerId);
    const usable = await this.usable(chain, { key: definition.key });
    const newest = usable.reduce((max, record) => Math.max(max, record.version), 0);
    const sameVersion = usable.filter((record) => record.version === definition.version);
    const identical = nearestOwned(sameVersion.filter((record) => record.checksum === definition.checksum).map(owned), chain);
    if (identical) return identical.record;
    if (sameVersion.length) {
      throw workflowError(WorkflowRefusal.VersionTaken, `流程「${definition.key}」第 ${definition.version} 版已存在且内容不同；请把 version 改为 ${newest + 1}`);
    }
    if (definition.version < newest) {
      throw workflowError(WorkflowRefusal.VersionTooLow, `本单位可用的流程「${definition.key}」已有第 ${newest} 版；新上传的版本号须大于它`);
    }
    this.assertFamilyFits(definition, await this.usable(chain));
    return this.em.transactional(async (em) => {
      const record = em.create(WorkflowDefinitionRecord, {
        key: definition.key,
        version: definition.version,
        entityType: definition.entityType,
        name: definition.name,
        checksum: definition.checksum,
        source,
        fileName,
        uploadedBy: actor.userId,
        owner: ownerId,
        shareWithDescendants,
      });
      await em.flush();
      await appendAudit(em, {
        action: 'workflow_upload',
        actor,
        organisationId: ownerId,
        entityType: 'workflow_definition',
        entityId: record.id,
        details: { key: record.key, version: record.version, checksum: record.checksum, fileName, shareWithDescendants },
      });
      return record;
    });
  }

  private assertSubjectType(definition: WorkflowDefinition): void {
    if (!isSubjectType(definition.entityType)) {
      throw workflowError(WorkflowRefusal.UnknownSubjectType, `${definition.file}：entityType「${definition.entityType}」不受支持，可用：${SUBJECT_TYPES.join('、')}`);
    }
    // Only a participant has an organisation of its own to stand in relation to, and an outcome.
    if (definition.entityType !== 'participant') {
      const misplaced = definition.transitions.filter((t) => t.guards.some((guard) => guard.type === 'actorIs') || t.effects.some((effect) => effect.type === 'setOutcome'));
      if (misplaced.length > 0) {
        throw workflowError(
          WorkflowRefusal.ParticipantOnlySteps,
          `${definition.file}：actorIs 守卫和 setOutcome 动作只能用于参与单位流程（entityType: participant），请从迁移 ${misplaced.map((t) => `「${t.label}」`).join('')} 中删除`,
        );
      }
    }
  }

  /**
   * A batch uploaded into a family (`family`, or its key) must have the states its family members
   * count as earlier batches, and count only states they have: otherwise a quota would silently
   * subtract nothing (the directory loader checks the shipped ones the same way).
   */
  private assertFamilyFits(definition: WorkflowDefinition, usable: readonly WorkflowDefinitionRecord[]): void {
    if (definition.entityType !== 'participant') return;
    const members = usable
      .filter((record) => record.entityType === 'participant')
      .map((record) => this.parse(record))
      .filter((other) => familyOf(other) === familyOf(definition));
    const mismatches = familyMismatches([definition, ...members]).filter((mismatch) => mismatch.definition === definition || mismatch.other === definition);
    if (mismatches.length === 0) return;
    const describe = ({ definition: counting, other, missing }: FamilyMismatch) =>
      counting === definition
        ? `按此前批次计数的状态 ${missing.join('、')} 在同一批次族「${familyOf(definition)}」的流程「${other.key}」第 ${other.version} 版中不存在`
        : `同一批次族「${familyOf(definition)}」的流程「${counting.key}」第 ${counting.version} 版按此前批次计数状态 ${missing.join('、')}，本流程中没有`;
    throw workflowError(WorkflowRefusal.FamilyMismatch, `${definition.file}：${mismatches.map(describe).join('；')}。这些参与单位永远不会被计入名额；请使用同族流程共有的状态名，或改用另一个 family`);
  }

  private invalid(errors: readonly DefinitionError[]): AppError {
    return workflowError(WorkflowRefusal.InvalidDefinition, `流程定义有 ${errors.length} 处错误：\n${errors.map(formatDefinitionError).join('\n')}`, {
      errors: errors.map((error) => ({ ...error })),
    });
  }

  /** The organisation and its ancestors, nearest first; empty for the platform (null). */
  async chainOf(organisationId: string | null): Promise<string[]> {
    if (!organisationId) return [];
    const organisation = await this.em.findOne(Organisation, { id: organisationId });
    if (!organisation) throw workflowError(WorkflowRefusal.OrganisationNotFound, notFoundMessage('单位', organisationId), { id: organisationId });
    return ownershipChainOf(organisation.path);
  }

  /** Records of one key (or all) an organisation may use: its own, its ancestors' shared ones, the platform's. */
  private async usable(chain: readonly string[], where: { key?: string; version?: number } = {}): Promise<WorkflowDefinitionRecord[]> {
    const filter: FilterQuery<WorkflowDefinitionRecord> = { ...where, $or: [{ owner: null }, { owner: { $in: [...chain] } }] };
    const records = await this.em.find(WorkflowDefinitionRecord, filter, {
      orderBy: { key: 'asc', version: 'desc', createdAt: 'asc' },
    });
    return records.filter((record) => isUsableBy(owned(record), chain));
  }

  /** Roles declared by definitions an organisation may use (every stored one for undefined), with their Chinese labels. */
  async declaredRoles(organisationId?: string | null): Promise<Record<string, string>> {
    const records = organisationId === undefined ? await this.em.find(WorkflowDefinitionRecord, {}) : await this.usable(await this.chainOf(organisationId));
    const roles: Record<string, string> = {};
    for (const record of records) Object.assign(roles, this.parse(record).roles);
    return roles;
  }

  /** What the actor may see: a platform administrator every stored definition; anyone else what their organisation may use. */
  async list(actor: Actor): Promise<WorkflowDefinitionRecord[]> {
    if (hasRole(actor, 'system_admin') && !actor.organisationId) {
      return this.em.find(WorkflowDefinitionRecord, {}, { orderBy: { key: 'asc', version: 'desc', createdAt: 'asc' } });
    }
    return this.usable(await this.chainOf(actor.organisationId));
  }

  /**
   * The record an organisation uses for a key: its own newest, else its nearest ancestor's
   * shared newest, else the platform's newest. This is what a new campaign starts with.
   */
  async resolve(key: string, organisationId: string | null): Promise<WorkflowDefinitionRecord> {
    return this.resolveInChain(key, await this.chainOf(organisationId));
  }

  /** The same, for an organisation given by its ownership chain (one being created has no row yet). */
  async resolveInChain(key: string, chain: readonly string[]): Promise<WorkflowDefinitionRecord> {
    const picked = pickByOwnership((await this.usable(chain, { key })).map(owned), chain);
    if (!picked) throw definitionNotFound(key);
    return picked.record;
  }

  /** A record the actor may see, by key (the one their organisation uses) or by key and version. */
  async record(actor: Actor, key: string, version?: number | null): Promise<WorkflowDefinitionRecord> {
    const platformAdmin = hasRole(actor, 'system_admin') && !actor.organisationId;
    if (!version) return this.resolve(key, actor.organisationId);
    const chain = await this.chainOf(actor.organisationId);
    const candidates = platformAdmin ? await this.em.find(WorkflowDefinitionRecord, { key, version }) : await this.usable(chain, { key, version });
    const picked = nearestOwned(candidates.map(owned), chain);
    if (!picked) throw definitionNotFound(`${key} v${version}`);
    return picked.record;
  }

  /**
   * Stored records by id, whoever owns them, for links from rows that pinned them (a campaign, a
   * set-up preview): the row's reader may read what drives it, which `record` would not grant.
   */
  async records(ids: readonly string[]): Promise<WorkflowDefinitionRecord[]> {
    return this.em.find(WorkflowDefinitionRecord, { id: { $in: ids.map((id) => assertId(id, 'definitionId')) } });
  }

  /** The parsed definition of a stored record (a campaign's pinned one). */
  async definitionById(id: string): Promise<WorkflowDefinition> {
    let cached = this.byId.get(id);
    if (!cached) {
      cached = this.em.findOne(WorkflowDefinitionRecord, { id: assertId(id, 'definitionId') }).then((record) => {
        if (!record) throw definitionNotFound(id);
        const parsed = this.parse(record);
        this.parsedById.set(id, parsed);
        return parsed;
      });
      // A failed lookup (not stored, database away) must not be remembered.
      cached.catch(() => this.byId.delete(id));
      this.byId.set(id, cached);
    }
    return cached;
  }

  /**
   * The task workflow a campaign pinned, for the fields of its tasks (stateLabel, deadlineStatus):
   * the campaigns of one request are read in one batched statement, then remembered for the
   * process, since a campaign's pinned record never changes once it is set up.
   */
  async taskDefinitionOfCampaign(context: object, campaignId: string): Promise<WorkflowDefinition> {
    let definitionId = this.campaignTaskDefinition.get(campaignId);
    if (!definitionId) {
      const loader = requestLoader<string, string>(context, 'campaign.taskWorkflowDefinition', async (ids: readonly string[]) => {
        const pinned = await pinnedWorkflows(this.em, ids);
        return ids.map((id) => pinned.get(id)?.task ?? subjectNotFound('campaign', id));
      });
      definitionId = await loader.load(campaignId);
      this.campaignTaskDefinition.set(campaignId, definitionId);
    }
    return this.definitionById(definitionId);
  }

  /**
   * A campaign's task workflow when this process already knows it, else undefined (then ask
   * taskDefinitionOfCampaign). Synchronous on purpose: the task fields of a page resolve without
   * a promise each, so a large page runs in shorter stretches and other requests wait less.
   */
  knownTaskDefinition(campaignId: string): WorkflowDefinition | undefined {
    const definitionId = this.campaignTaskDefinition.peek(campaignId);
    return definitionId === undefined ? undefined : this.parsedById.get(definitionId);
  }

  /** Chinese state names and final states of a parsed definition, computed once per definition. */
  summaryOf(definition: WorkflowDefinition): { labels: Record<string, string>; finals: ReadonlySet<string> } {
    let summary = this.labelsOf.get(definition);
    if (!summary) {
      summary = {
        labels: stateLabels(definition),
        finals: new Set(
          Object.entries(definition.states)
            .filter(([, state]) => state.final)
            .map(([path]) => path),
        ),
      };
      this.labelsOf.set(definition, summary);
    }
    return summary;
  }

  /** Another version of a pinned record's key from the same owner (older log rows name their version). */
  async siblingVersion(pinnedId: string, version: number): Promise<WorkflowDefinition> {
    const pinned = await this.em.findOneOrFail(WorkflowDefinitionRecord, { id: pinnedId });
    if (pinned.version === version) return this.parse(pinned);
    const record = await this.em.findOne(WorkflowDefinitionRecord, { key: pinned.key, version, owner: pinned.owner?.id ?? null });
    if (!record) throw definitionNotFound(`${pinned.key} v${version}`);
    return this.parse(record);
  }

  parse(record: Pick<WorkflowDefinitionRecord, 'id' | 'key' | 'version' | 'source' | 'fileName'>): WorkflowDefinition {
    const cached = this.parsed.get(record.id);
    if (cached) return cached;
    const result = parseDefinition(record.source, record.fileName);
    if (!result.ok) throw new Error(`已存储的流程 ${record.key} v${record.version} 无法解析：${result.errors.map(formatDefinitionError).join('; ')}`);
    this.parsed.set(record.id, result.definition);
    return result.definition;
  }
}
