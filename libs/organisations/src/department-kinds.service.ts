import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { Department } from './department.entity';
import { DepartmentKindRecord } from './department-kind.entity';
import { Organisation } from './organisation.entity';
import { isPlatformAdmin } from './organisation-tree.service';
import { OrganisationRefusal, organisationError, organisationNotFound } from './organisations.exception';
import { ownershipChainOf, subtreePattern } from './tree/organisation-path';

const KEY = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * Department kinds as data. An organisation uses the platform's kinds, its ancestors' and its
 * own; office admins keep their organisation's own, the platform admin the platform's. A kind
 * some department still uses cannot be deleted.
 */
@Injectable()
export class DepartmentKindsService {
  constructor(private readonly em: EntityManager) {}

  /** Kinds an organisation may use, platform's first, then from the top of the tree down; null: the platform's only. */
  async usable(organisationId: string | null, em: EntityManager = this.em): Promise<DepartmentKindRecord[]> {
    const chain = organisationId ? ownershipChainOf((await em.findOneOrFail(Organisation, { id: organisationId })).path) : [];
    const kinds = await em.find(DepartmentKindRecord, { $or: [{ organisation: null }, { organisation: { $in: chain } }] }, { orderBy: { sortOrder: 'asc', createdAt: 'asc' } });
    const depth = (kind: DepartmentKindRecord) => (kind.organisation ? chain.length - chain.indexOf(kind.organisation.id) : 0);
    return kinds.sort((a, b) => depth(a) - depth(b));
  }

  /** Refuses a kind key the organisation may not use, naming those it may. */
  async assertUsable(em: EntityManager, organisationId: string, key: string): Promise<void> {
    const kinds = await this.usable(organisationId, em);
    if (!kinds.some((kind) => kind.key === key)) {
      throw organisationError(OrganisationRefusal.UnknownKind, `部门类型「${key}」无效，可用：${kinds.map((kind) => `${kind.key}（${kind.label}）`).join('、')}`, { kind: key });
    }
  }

  /** Whether the actor may change this kind: the platform admin the platform's, an office admin their organisation's own. */
  canEdit(actor: Actor, kind: DepartmentKindRecord): boolean {
    return kind.organisation ? kind.organisation.id === actor.organisationId : isPlatformAdmin(actor);
  }

  async create(actor: Actor, key: string, label: string): Promise<DepartmentKindRecord> {
    const owner = this.ownerOf(actor);
    const cleanKey = key.trim();
    if (!KEY.test(cleanKey)) throw organisationError(OrganisationRefusal.BadKindKey, `类型键须为 2–40 个小写字母、数字或短横线，以字母开头，收到「${key}」`);
    const cleanLabel = this.label(label);
    return this.em.transactional(async (em) => {
      // A key is taken for the organisation if it already uses one (inherited or own), or below it if a descendant has its own.
      const ownerRow = owner ? await em.findOneOrFail(Organisation, { id: owner }) : null;
      const below = await em.count(DepartmentKindRecord, ownerRow ? { key: cleanKey, organisation: { path: { $like: subtreePattern(ownerRow.path) } } } : { key: cleanKey });
      if (below || (await this.usable(owner, em)).some((kind) => kind.key === cleanKey)) {
        throw organisationError(OrganisationRefusal.KindTaken, `部门类型「${cleanKey}」已存在（本单位、上级、下级或平台已定义）`, { key: cleanKey });
      }
      const last = await em.findOne(DepartmentKindRecord, { organisation: owner }, { orderBy: { sortOrder: 'desc' } });
      const kind = em.create(DepartmentKindRecord, { organisation: owner, key: cleanKey, label: cleanLabel, sortOrder: (last?.sortOrder ?? 0) + 1 });
      await em.flush();
      await this.audit(em, actor, owner, kind, { change: 'kind_create', key: cleanKey, label: cleanLabel });
      return kind;
    });
  }

  async update(actor: Actor, id: string, label: string): Promise<DepartmentKindRecord> {
    const cleanLabel = this.label(label);
    return this.em.transactional(async (em) => {
      const kind = await this.editable(em, actor, id);
      if (kind.label === cleanLabel) return kind;
      const from = kind.label;
      kind.label = cleanLabel;
      await this.audit(em, actor, kind.organisation?.id ?? null, kind, { change: 'kind_update', key: kind.key, from, to: cleanLabel });
      return kind;
    });
  }

  async delete(actor: Actor, id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const kind = await this.editable(em, actor, id);
      // Who could have used it: everyone for a platform kind; the owner's subtree for an organisation's own.
      const owner = kind.organisation ? await em.findOneOrFail(Organisation, { id: kind.organisation.id }) : null;
      const used = await em.count(Department, owner ? { kind: kind.key, organisation: { path: { $like: subtreePattern(owner.path) } } } : { kind: kind.key });
      if (used) throw organisationError(OrganisationRefusal.KindInUse, `还有 ${used} 个部门属于「${kind.label}」，请先修改这些部门的类型`, { departments: used });
      await this.audit(em, actor, owner?.id ?? null, kind, { change: 'kind_delete', key: kind.key, label: kind.label });
      em.remove(kind);
      return kind.id;
    });
  }

  private ownerOf(actor: Actor): string | null {
    if (isPlatformAdmin(actor)) return null;
    if (!actor.organisationId) throw organisationError(OrganisationRefusal.NoOrganisation, '您的账号不属于任何单位，不能维护部门类型');
    return actor.organisationId;
  }

  private label(label: string): string {
    const clean = label.trim();
    if (!clean || clean.length > 50) throw organisationError(OrganisationRefusal.BadName, '类型名称须为 1–50 个字');
    return clean;
  }

  private async editable(em: EntityManager, actor: Actor, id: string): Promise<DepartmentKindRecord> {
    const kind = await em.findOne(DepartmentKindRecord, { id: assertId(id) });
    if (!kind) throw organisationNotFound(OrganisationRefusal.KindNotFound, '部门类型', id);
    if (!this.canEdit(actor, kind)) {
      throw organisationError(OrganisationRefusal.ForeignKind, kind.organisation ? '这是其他单位定义的部门类型，只能由该单位修改' : '这是平台默认的部门类型，只能由平台系统管理员修改');
    }
    return kind;
  }

  private audit(em: EntityManager, actor: Actor, organisationId: string | null, kind: DepartmentKindRecord, details: Record<string, unknown>): Promise<void> {
    return appendAudit(em, { action: 'directory_change', actor, organisationId, entityType: 'department_kind', entityId: kind.id, details });
  }
}
