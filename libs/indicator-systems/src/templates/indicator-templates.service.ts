import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId, notFoundMessage } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { Department, DepartmentGroup, Organisation, isUsableBy, ownershipChainOf } from '@accredit/organisations';
import { totals } from '@accredit/scoring';
import { type IndicatorTable, checksumOf, toScoringSystem, writeIndicatorWorkbook } from '@accredit/table-io';
import { IndicatorSystem } from '../indicator-system.entity';
import { IndicatorSystemsRefusal, indicatorSystemsError } from '../indicator-systems.exception';
import { IndicatorSystemWriter } from '../indicator-system-writer.service';
import { readStoredTable } from '../stored-indicator-table';
import { usableTemplates } from '../usable-templates';
import { type TemplateProblem, type TemplateTree, tableToTree, treeToTable } from './template-tree';

export interface TemplateListing {
  key: string;
  title: string;
  versions: { system: IndicatorSystem; own: boolean; ownerName: string | null }[];
}

export interface TemplateVersionTree {
  system: IndicatorSystem;
  tree: TemplateTree;
  maxTotal: number;
}

export interface TemplateCheck {
  table: IndicatorTable;
  problems: TemplateProblem[];
  maxTotal: number;
}

/** What the editor sends: the whole tree, edited from one stored version. */
export type EditedTree = Omit<TemplateTree, 'key' | 'version' | 'source'> & { templateId: string };

const maxTotalOf = (table: IndicatorTable) => totals(toScoringSystem(table), new Map()).maxTotal;

/**
 * The 指标体系 screen's API: the templates an organisation may use (its own, those its ancestors
 * share, the platform's) with their versions; one version's whole tree; checking an edited tree
 * with the problem list of import; saving it as a new version (never changing a stored one).
 */
@Injectable()
export class IndicatorTemplatesService {
  constructor(
    private readonly em: EntityManager,
    private readonly writer: IndicatorSystemWriter,
  ) {}

  private async chainOf(actor: Actor): Promise<string[]> {
    if (!actor.organisationId) return [];
    return [...ownershipChainOf((await this.em.findOneOrFail(Organisation, { id: actor.organisationId })).path)];
  }

  async list(actor: Actor): Promise<TemplateListing[]> {
    const chain = await this.chainOf(actor);
    const systems = await this.em.find(
      IndicatorSystem,
      { kind: 'template', $or: [{ owner: null }, { owner: { $in: chain } }] },
      { populate: ['owner'], orderBy: { key: 'asc', version: 'desc', createdAt: 'asc' } },
    );
    const byKey = new Map<string, TemplateListing>();
    for (const system of systems) {
      const ownerId = system.owner?.id ?? null;
      if (!isUsableBy({ ownerId, shareWithDescendants: system.shareWithDescendants }, chain)) continue;
      const listing = byKey.get(system.key) ?? { key: system.key, title: system.name, versions: [] };
      listing.versions.push({ system, own: ownerId !== null && ownerId === actor.organisationId, ownerName: system.owner?.getEntity().name ?? null });
      byKey.set(system.key, listing);
    }
    return [...byKey.values()];
  }

  /**
   * Template versions by id (one statement for a request's links), each as list() shows it, or null
   * where the actor may not use it: a link shows no more than the 指标体系 screen.
   */
  async versionsByIds(actor: Actor, ids: readonly string[]): Promise<(TemplateListing['versions'][number] | null)[]> {
    const [chain, systems] = await Promise.all([this.chainOf(actor), this.em.find(IndicatorSystem, { id: { $in: [...ids] }, kind: 'template' }, { populate: ['owner'] })]);
    const byId = new Map(systems.map((system) => [system.id, system]));
    return ids.map((id) => {
      const system = byId.get(id);
      const ownerId = system?.owner?.id ?? null;
      if (!system || !isUsableBy({ ownerId, shareWithDescendants: system.shareWithDescendants }, chain)) return null;
      return { system, own: ownerId !== null && ownerId === actor.organisationId, ownerName: system.owner?.getEntity().name ?? null };
    });
  }

  /** A template version the actor may use, else NOT_FOUND (another organisation's templates are not seen). */
  private async usable(actor: Actor, id: string): Promise<IndicatorSystem> {
    assertId(id, 'templateId');
    const system = await this.em.findOne(IndicatorSystem, { id, kind: 'template' });
    if (!system || !isUsableBy({ ownerId: system.owner?.id ?? null, shareWithDescendants: system.shareWithDescendants }, await this.chainOf(actor))) {
      throw indicatorSystemsError(IndicatorSystemsRefusal.TemplateNotFound, notFoundMessage('指标体系模板', id), { id });
    }
    return system;
  }

  async version(actor: Actor, id: string): Promise<TemplateVersionTree> {
    const system = await this.usable(actor, id);
    const table = await readStoredTable(this.em, system.id);
    return { system, tree: tableToTree(table), maxTotal: maxTotalOf(table) };
  }

  /** The version as an .xlsx that import reads back to the same tree. */
  async exportVersion(actor: Actor, id: string): Promise<{ fileName: string; content: Buffer }> {
    const system = await this.usable(actor, id);
    const table = await readStoredTable(this.em, system.id);
    const safe = system.name.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 100);
    return { fileName: `${safe}-第${system.version}版.xlsx`, content: await writeIndicatorWorkbook(table) };
  }

  /** The same problems as import, each at its node and rule; saves nothing. */
  async check(actor: Actor, edited: EditedTree): Promise<TemplateCheck> {
    const base = await this.usable(actor, edited.templateId);
    const units = await this.unitNames(actor);
    const { table, problems } = treeToTable({ ...edited, key: base.key, version: base.version, source: base.source ?? null }, units ? (name) => units.all.has(name) : undefined);
    return { table, problems, maxTotal: problems.some((problem) => problem.severity === 'error') ? 0 : maxTotalOf(table) };
  }

  async save(actor: Actor, edited: EditedTree): Promise<{ system: IndicatorSystem; created: boolean; warnings: TemplateProblem[] }> {
    const base = await this.usable(actor, edited.templateId);
    const { table, problems } = await this.check(actor, edited);
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      const shown = errors.slice(0, 10).map((problem) => `${problem.path}：${problem.message}`);
      throw indicatorSystemsError(
        IndicatorSystemsRefusal.TemplateHasProblems,
        `指标体系有 ${errors.length} 处问题，未保存，请改正后重试：\n${shown.join('\n')}${errors.length > shown.length ? `\n……另有 ${errors.length - shown.length} 处` : ''}`,
        {
          problems: errors,
        },
      );
    }
    const warnings = problems.filter((problem) => problem.severity === 'warning');
    const groupNames = (await this.unitNames(actor))?.groups ?? new Set<string>();
    return this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`indicator-template:${base.key}`]);
      const chain = await this.chainOf(actor);
      const existing = await usableTemplates(em, base.key, chain);
      const same = existing.find((system) => system.checksum === checksumOf({ ...table, version: system.version }));
      if (same) return { system: same, created: false, warnings };
      const version = (existing[0]?.version ?? 0) + 1;
      const stored: IndicatorTable = { ...table, version };
      const system = await this.writer.importTemplate(em, stored, checksumOf(stored), groupNames, { ownerId: actor.organisationId, chain, createdBy: actor.username });
      await appendAudit(em, {
        action: 'indicator_import',
        actor,
        entityType: 'indicator_system',
        entityId: system.id,
        details: { key: stored.key, version, name: stored.name, editedFrom: { id: base.id, version: base.version }, via: 'editor', checksum: system.checksum },
      });
      return { system, created: true, warnings };
    });
  }

  /** The organisation's departments and groups (units a rule may name); null for the platform. */
  private async unitNames(actor: Actor): Promise<{ all: Set<string>; groups: Set<string> } | null> {
    if (!actor.organisationId) return null;
    const departments = await this.em.find(Department, { organisation: actor.organisationId });
    const groups = await this.em.find(DepartmentGroup, { organisation: actor.organisationId });
    const groupNames = new Set(groups.map((group) => group.name));
    return { all: new Set([...departments.map((department) => department.name), ...groupNames]), groups: groupNames };
  }
}
