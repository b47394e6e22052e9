import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId, hasRole } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type DefinitionError, type FormDefinition, formatDefinitionError, loadFormDirectory, parseFormDefinition } from '@accredit/forms';
import { Organisation, isAtOrUnder, isUsableBy, nearestOwned, ownershipChainOf } from '@accredit/organisations';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { StoredFormDefinition } from './entities/form-definition.entity';
import { FormFillingRefusal, formFillingError, formFillingNotFound } from './form-filling.exception';

const owned = (record: StoredFormDefinition) => ({ record, ownerId: record.owner?.id ?? null, shareWithDescendants: record.shareWithDescendants, version: record.version });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Stored, versioned form definitions, owned like workflow definitions (docs/adr #7): the shipped
 * forms/ directory is the platform's, registered at start; an office admin's upload is its
 * organisation's. A stored version never changes, so compiled definitions are cached by id.
 */
@Injectable()
export class FormDefinitionsService {
  private readonly logger = new Logger('Forms');
  private readonly byId = new Map<string, FormDefinition>();

  constructor(
    private readonly em: EntityManager,
    private readonly workflows: WorkflowDefinitionsService,
  ) {}

  /**
   * Stores the definitions of the forms/ directory (the platform's) that are not stored yet;
   * idempotent, safe with several instances starting at once. Sign-off stages are checked
   * against the platform's workflow of the definition's `workflow` key.
   */
  async syncDirectory(dir: string): Promise<void> {
    // Parsing and checking every file costs most of a second; a start with nothing new to
    // register (every file's content already stored) skips it (cold start, issue 15).
    const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name)).map((entry) => entry.name);
    const hashes = await Promise.all(names.map(async (name) => sha256(await readFile(join(dir, name), 'utf8'))));
    const stored = new Set((await this.em.find(StoredFormDefinition, { owner: null }, { fields: ['sha256'] })).map((record) => record.sha256));
    if (hashes.every((hash) => stored.has(hash))) return;
    const first = loadFormDirectory(dir);
    if (!first.ok) throw new Error(`表单定义有误：\n${first.errors.map(formatDefinitionError).join('\n')}`);
    const stages = new Map<string, string[]>();
    for (const key of new Set(first.definitions.map((definition) => definition.workflow).filter((key): key is string => !!key))) {
      const record = await this.workflows.resolve(key, null).catch(() => null);
      if (record) stages.set(key, Object.keys(this.workflows.parse(record).states));
    }
    const loaded = loadFormDirectory(dir, { stagesOf: (key) => stages.get(key) });
    if (!loaded.ok) throw new Error(`表单定义有误：\n${loaded.errors.map(formatDefinitionError).join('\n')}`);
    for (const definition of loaded.definitions) {
      const source = await readFile(definition.file, 'utf8');
      const checksum = sha256(source);
      const stored = await this.em.findOne(StoredFormDefinition, { key: definition.key, version: definition.version, owner: null });
      if (stored) {
        if (stored.sha256 !== checksum) {
          this.logger.error(`${definition.file}：表单「${definition.key}」第 ${definition.version} 版已存储且内容不同；修改表单请提高 version。仍使用已存储的版本`);
        }
        continue;
      }
      const fileName = basename(definition.file);
      const compiled = { ...definition, file: fileName };
      const inserted = await this.em.transactional(async (em) => {
        const rows = await em.execute<{ id: string }[]>(
          `insert into form_definition (id, key, version, name, description, source, compiled, sha256, file_name) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
           on conflict ((coalesce(owner_id, '00000000-0000-0000-0000-000000000000'::uuid)), key, version) do nothing returning id`,
          [definition.key, definition.version, definition.name, definition.description ?? null, source, JSON.stringify(compiled), checksum, fileName],
        );
        if (rows.length)
          await appendAudit(em, {
            action: 'form_definition_upload',
            actor: null,
            entityType: 'form_definition',
            entityId: rows[0].id,
            details: { key: definition.key, version: definition.version, sha256: checksum, fileName, from: 'forms-directory' },
          });
        return rows.length > 0;
      });
      if (inserted) this.logger.log(`已登记表单「${definition.name}」(${definition.key} v${definition.version})`);
    }
  }

  /**
   * Validates and stores an uploaded definition as the uploader's organisation's own (the
   * platform's for a platform administrator); refused with every error and its position.
   */
  async upload(actor: Actor, source: string, fileName: string, shareWithDescendants = false): Promise<StoredFormDefinition> {
    const parsed = parseFormDefinition(source, fileName);
    if (!parsed.ok) throw this.invalid(parsed.errors);
    let definition = parsed.definition;
    if (definition.workflow) {
      const workflow = await this.workflows.resolve(definition.workflow, actor.organisationId).catch(() => null);
      if (!workflow) throw formFillingError(FormFillingRefusal.UnknownWorkflow, `${fileName}：表单所指的流程「${definition.workflow}」不存在或本单位不能使用，请先上传该流程或改正 workflow`);
      const withStages = parseFormDefinition(source, fileName, { stages: Object.keys(this.workflows.parse(workflow).states) });
      if (!withStages.ok) throw this.invalid(withStages.errors);
      definition = withStages.definition;
    }
    const ownerId = actor.organisationId;
    if (!ownerId && !hasRole(actor, 'system_admin')) throw formFillingError(FormFillingRefusal.NoOrganisation, '上传表单定义须以某个单位的管理员或平台系统管理员身份进行');
    const checksum = sha256(source);
    const chain = await this.chainOf(ownerId);
    const usable = await this.usable(chain, { key: definition.key });
    const newest = usable.reduce((max, record) => Math.max(max, record.version), 0);
    const sameVersion = usable.filter((record) => record.version === definition.version);
    const identical = nearestOwned(sameVersion.filter((record) => record.sha256 === checksum).map(owned), chain);
    if (identical) return identical.record;
    if (sameVersion.length) throw formFillingError(FormFillingRefusal.VersionTaken, `表单「${definition.key}」第 ${definition.version} 版已存在且内容不同；请把 version 改为 ${newest + 1}`);
    if (definition.version < newest) throw formFillingError(FormFillingRefusal.VersionTooLow, `本单位可用的表单「${definition.key}」已有第 ${newest} 版；新上传的版本号须大于它`);
    return this.em.transactional(async (em) => {
      const record = em.create(StoredFormDefinition, {
        key: definition.key,
        version: definition.version,
        name: definition.name,
        description: definition.description ?? null,
        source,
        compiled: { ...definition, file: fileName } as unknown as Record<string, unknown>,
        sha256: checksum,
        fileName,
        owner: ownerId,
        shareWithDescendants,
        uploadedBy: actor.userId,
      });
      await em.flush();
      await appendAudit(em, {
        action: 'form_definition_upload',
        actor,
        organisationId: ownerId,
        entityType: 'form_definition',
        entityId: record.id,
        details: { key: record.key, version: record.version, sha256: checksum, fileName, shareWithDescendants },
      });
      return record;
    });
  }

  private invalid(errors: readonly DefinitionError[]): AppError {
    return formFillingError(FormFillingRefusal.InvalidDefinition, `表单定义有 ${errors.length} 处错误，请改正后重新上传：\n${errors.map(formatDefinitionError).join('\n')}`, {
      errors: errors.map((error) => ({ ...error })),
    });
  }

  /** The organisation and its ancestors, nearest first; empty for the platform (null). */
  async chainOf(organisationId: string | null): Promise<string[]> {
    if (!organisationId) return [];
    const organisation = await this.em.findOne(Organisation, { id: organisationId });
    if (!organisation) throw formFillingNotFound(FormFillingRefusal.OrganisationNotFound, '单位', organisationId);
    return ownershipChainOf(organisation.path);
  }

  /** Records an organisation may use (its own, its ancestors' shared ones, the platform's), newest version of each key first. */
  async usable(chain: readonly string[], where: { key?: string } = {}): Promise<StoredFormDefinition[]> {
    const filter: FilterQuery<StoredFormDefinition> = { ...where, $or: [{ owner: null }, { owner: { $in: [...chain] } }] };
    const records = await this.em.find(StoredFormDefinition, filter, { orderBy: { key: 'asc', version: 'desc', createdAt: 'asc' } });
    return records.filter((record) => isUsableBy(owned(record), chain));
  }

  /**
   * What `organisationId` (default: the actor's own) may use; the actor must be of that
   * organisation or above it. A platform administrator without it sees every stored definition.
   */
  async list(actor: Actor, organisationId?: string | null): Promise<StoredFormDefinition[]> {
    if (!organisationId) {
      if (!actor.organisationId && hasRole(actor, 'system_admin')) return this.em.find(StoredFormDefinition, {}, { orderBy: { key: 'asc', version: 'desc', createdAt: 'asc' } });
      return this.usable(await this.chainOf(actor.organisationId));
    }
    const organisation = await this.em.findOne(Organisation, { id: assertId(organisationId, 'organisationId') });
    const readable =
      organisation &&
      (!actor.organisationId ? hasRole(actor, 'system_admin') : organisation.id === actor.organisationId || (hasRole(actor, 'office_admin') && isAtOrUnder(organisation.path, actor.organisationId)));
    if (!organisation || !readable) throw formFillingNotFound(FormFillingRefusal.OrganisationNotFound, '单位', organisationId);
    return this.usable(ownershipChainOf(organisation.path));
  }

  async records(ids: readonly string[]): Promise<StoredFormDefinition[]> {
    return this.em.find(StoredFormDefinition, { id: { $in: [...ids] } });
  }

  /** The compiled definition of a stored record (immutable: cached by id). */
  compiled(record: StoredFormDefinition): FormDefinition {
    let cached = this.byId.get(record.id);
    if (!cached) {
      cached = record.compiled as unknown as FormDefinition;
      this.byId.set(record.id, cached);
    }
    return cached;
  }
}
