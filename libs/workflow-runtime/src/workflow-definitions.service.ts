import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, ErrorCode } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type DefinitionError, type WorkflowDefinition, formatDefinitionError, loadWorkflowDirectory, parseDefinition } from '@accredit/workflow-engine';
import { WorkflowDefinitionRecord } from './workflow-definition.entity';

/** The entity types a definition can drive; a new kind of campaign is a new definition of these. */
export const SUBJECT_TYPES = ['campaign', 'task'] as const;

/**
 * Stored, versioned workflow definitions. Parsed definitions are cached by record id: a stored
 * version never changes, so the cache can never be stale.
 */
@Injectable()
export class WorkflowDefinitionsService {
  private readonly logger = new Logger('Workflows');
  private readonly parsed = new Map<string, WorkflowDefinition>();
  /** 'key@version' → parsed: a stored version is immutable, so lookups by version need no query. */
  private readonly byVersion = new Map<string, Promise<WorkflowDefinition>>();

  constructor(private readonly em: EntityManager) {}

  /**
   * Stores the definitions of the workflows/ directory that are not stored yet. A file whose
   * content changed without a new version is not taken: the stored version stays, and we say so.
   */
  async syncDirectory(dir: string): Promise<void> {
    const loaded = loadWorkflowDirectory(dir);
    if (!loaded.ok) throw new Error(`流程定义有误：\n${loaded.errors.map(formatDefinitionError).join('\n')}`);
    for (const definition of loaded.definitions) {
      this.assertSubjectType(definition);
      const stored = await this.em.findOne(WorkflowDefinitionRecord, { key: definition.key, version: definition.version });
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
          `insert into workflow_definition (id, key, version, entity_type, name, checksum, source, file_name) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?) on conflict (key, version) do nothing returning id`,
          [definition.key, definition.version, definition.entityType, definition.name, definition.checksum, source, fileName],
        );
        if (rows.length) await appendAudit(em, { action: 'workflow_upload', actor: null, entityType: 'workflow_definition', entityId: rows[0].id, details: { key: definition.key, version: definition.version, checksum: definition.checksum, fileName, from: 'workflows-directory' } });
        return rows.length > 0;
      });
      if (!inserted) continue;
      this.logger.log(`已登记流程「${definition.name}」(${definition.key} v${definition.version})`);
    }
  }

  private async sourceOf(file: string): Promise<string> {
    const { readFile } = await import('node:fs/promises');
    return readFile(file, 'utf8');
  }

  /** Validates and stores an uploaded definition; refused with every error and its position. */
  async upload(actor: Actor, source: string, fileName: string): Promise<WorkflowDefinitionRecord> {
    const result = parseDefinition(source, fileName);
    if (!result.ok) throw this.invalid(result.errors);
    const definition = result.definition;
    this.assertSubjectType(definition);
    const latest = await this.latestRecord(definition.key);
    const same = await this.em.findOne(WorkflowDefinitionRecord, { key: definition.key, version: definition.version });
    if (same) {
      if (same.checksum === definition.checksum) return same;
      throw AppError.conflict(`流程「${definition.key}」第 ${definition.version} 版已存在且内容不同；请把 version 改为 ${(latest?.version ?? 0) + 1}`);
    }
    if (latest && definition.version < latest.version) {
      throw AppError.validation(`流程「${definition.key}」已有第 ${latest.version} 版；新上传的版本号须大于它`);
    }
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
      });
      await em.flush();
      await appendAudit(em, { action: 'workflow_upload', actor, entityType: 'workflow_definition', entityId: record.id, details: { key: record.key, version: record.version, checksum: record.checksum, fileName } });
      return record;
    });
  }

  private assertSubjectType(definition: WorkflowDefinition): void {
    if (!(SUBJECT_TYPES as readonly string[]).includes(definition.entityType)) {
      throw AppError.validation(`${definition.file}：entityType「${definition.entityType}」不受支持，可用：${SUBJECT_TYPES.join('、')}`);
    }
  }

  private invalid(errors: readonly DefinitionError[]): AppError {
    return new AppError(ErrorCode.Validation, `流程定义有 ${errors.length} 处错误：\n${errors.map(formatDefinitionError).join('\n')}`, {
      errors: errors.map((error) => ({ ...error })),
    });
  }

  /** Roles declared by stored definitions beyond the product's own, with their Chinese labels. */
  async declaredRoles(): Promise<Record<string, string>> {
    const roles: Record<string, string> = {};
    for (const record of await this.list()) Object.assign(roles, this.parse(record).roles);
    return roles;
  }

  list(): Promise<WorkflowDefinitionRecord[]> {
    return this.em.find(WorkflowDefinitionRecord, {}, { orderBy: { key: 'asc', version: 'desc' } });
  }

  latestRecord(key: string): Promise<WorkflowDefinitionRecord | null> {
    return this.em.findOne(WorkflowDefinitionRecord, { key }, { orderBy: { version: 'desc' } });
  }

  async record(key: string, version?: number | null): Promise<WorkflowDefinitionRecord> {
    const record = version ? await this.em.findOne(WorkflowDefinitionRecord, { key, version }) : await this.latestRecord(key);
    if (!record) throw AppError.notFound('流程定义', version ? `${key} v${version}` : key);
    return record;
  }

  /** The parsed definition of a stored version. */
  async definition(key: string, version?: number | null): Promise<WorkflowDefinition> {
    if (!version) return this.parse(await this.record(key, version));
    const cacheKey = `${key}@${version}`;
    let cached = this.byVersion.get(cacheKey);
    if (!cached) {
      cached = this.record(key, version).then((record) => this.parse(record));
      // A failed lookup (not stored yet, database away) must not be remembered.
      cached.catch(() => this.byVersion.delete(cacheKey));
      this.byVersion.set(cacheKey, cached);
    }
    return cached;
  }

  parse(record: WorkflowDefinitionRecord): WorkflowDefinition {
    const cached = this.parsed.get(record.id);
    if (cached) return cached;
    const result = parseDefinition(record.source, record.fileName);
    if (!result.ok) throw new Error(`已存储的流程 ${record.key} v${record.version} 无法解析：${result.errors.map(formatDefinitionError).join('; ')}`);
    this.parsed.set(record.id, result.definition);
    return result.definition;
  }
}
