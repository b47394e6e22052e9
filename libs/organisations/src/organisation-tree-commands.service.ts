import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { Organisation } from './organisation.entity';
import { isPlatformAdmin } from './organisation-tree.service';
import { OrganisationRefusal, organisationError, organisationNotFound } from './organisations.exception';
import { ORGANISATION_LEVEL_LABELS, type OrganisationLevel, canContain, isOrganisationLevel } from './tree/organisation-level';
import { childPath, isStrictlyUnder, subtreePattern } from './tree/organisation-path';

export interface NewOrganisation {
  parentId: string;
  level: string;
  code: string;
  name: string;
  shortName?: string | null;
}

/** One lock for every change of the tree's shape, so two concurrent moves can never make a cycle. */
const TREE_LOCK = 'organisation-tree';

/**
 * The system administrator keeps the tree: create, rename, move (with everything below),
 * disable. Every change is audited in its own transaction. A system administrator bound to an
 * organisation may change only what lies strictly below it.
 */
@Injectable()
export class OrganisationTreeCommands {
  constructor(private readonly em: EntityManager) {}

  async create(actor: Actor, input: NewOrganisation): Promise<Organisation> {
    const code = input.code.trim();
    if (!/^\d{6}$/.test(code)) throw organisationError(OrganisationRefusal.BadCode, `行政区划代码须为 6 位数字，收到「${input.code}」`, { code: input.code });
    if (!isOrganisationLevel(input.level)) throw organisationError(OrganisationRefusal.BadLevel, `层级「${input.level}」无效`);
    const level: OrganisationLevel = input.level;
    const { name, shortName } = this.names(input.name, input.shortName);
    return this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [TREE_LOCK]);
      const parent = await this.within(em, actor, input.parentId, 'parentId', true);
      if (parent.disabled) throw organisationError(OrganisationRefusal.ParentDisabled, `上级单位「${parent.name}」已停用，请先启用它`);
      this.assertLevels(parent, level);
      if (await em.count(Organisation, { code })) throw organisationError(OrganisationRefusal.CodeTaken, `行政区划代码 ${code} 已被使用，请核对后重试`, { code });
      const organisation = em.create(Organisation, { code, name, shortName, level, parent, path: '' });
      organisation.path = childPath(parent.path, organisation.id);
      await em.flush();
      await appendAudit(em, {
        action: 'organisation_create',
        actor,
        organisationId: organisation.id,
        entityType: 'organisation',
        entityId: organisation.id,
        details: { code, name, shortName, level, parentId: parent.id },
      });
      return organisation;
    });
  }

  async rename(actor: Actor, id: string, newName: string, newShortName?: string | null): Promise<Organisation> {
    const { name, shortName } = this.names(newName, newShortName);
    return this.em.transactional(async (em) => {
      const organisation = await this.within(em, actor, id, 'id', false);
      if (organisation.name === name && organisation.shortName === shortName) return organisation;
      const from = { name: organisation.name, shortName: organisation.shortName };
      Object.assign(organisation, { name, shortName });
      await this.audit(em, actor, organisation, { change: 'rename', from, to: { name, shortName } });
      return organisation;
    });
  }

  /** Moves an organisation with everything below it; never under itself or its own descendants. */
  async move(actor: Actor, id: string, parentId: string): Promise<Organisation> {
    return this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [TREE_LOCK]);
      const organisation = await this.within(em, actor, id, 'id', false);
      if (!organisation.parent) throw organisationError(OrganisationRefusal.RootIsFixed, '全国是组织机构的根，不能移动');
      const parent = await this.within(em, actor, parentId, 'parentId', true);
      if (parent.id === organisation.parent.id) return organisation;
      if (parent.id === organisation.id || isStrictlyUnder(parent.path, organisation.path)) {
        throw organisationError(OrganisationRefusal.MoveUnderOwnSubtree, `不能把「${organisation.name}」移到它自己或它的下级「${parent.name}」之下`);
      }
      if (parent.disabled) throw organisationError(OrganisationRefusal.ParentDisabled, `上级单位「${parent.name}」已停用，请先启用它`);
      this.assertLevels(parent, organisation.level);
      const from = organisation.path;
      const to = childPath(parent.path, organisation.id);
      const fromParentId = organisation.parent.id;
      const moved = await em.execute(`update organisation set path = ? || substr(path, ?), updated_at = now() where path like ?`, [to, from.length + 1, subtreePattern(from)], 'run');
      organisation.parent = em.getReference(Organisation, parent.id, { wrapped: true });
      organisation.path = to;
      await this.audit(em, actor, organisation, {
        change: 'move',
        fromParentId,
        toParentId: parent.id,
        organisationsMoved: (moved as { affectedRows?: number }).affectedRows ?? null,
      });
      return organisation;
    });
  }

  /** Disables (its users can no longer log in) or enables an organisation; below-first when disabling. */
  async setDisabled(actor: Actor, id: string, disabled: boolean): Promise<Organisation> {
    return this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [TREE_LOCK]);
      const organisation = await this.within(em, actor, id, 'id', false);
      if (organisation.disabled === disabled) return organisation;
      if (!organisation.parent) throw organisationError(OrganisationRefusal.RootIsFixed, '全国是组织机构的根，不能停用');
      if (disabled) {
        const enabled = await em.count(Organisation, { path: { $like: subtreePattern(organisation.path) }, id: { $ne: organisation.id }, disabled: false });
        if (enabled) throw organisationError(OrganisationRefusal.HasEnabledChildren, `「${organisation.name}」下还有 ${enabled} 个未停用的单位，请先停用或移走它们`, { enabled });
      } else {
        const parent = await em.findOneOrFail(Organisation, { id: organisation.parent.id });
        if (parent.disabled) throw organisationError(OrganisationRefusal.ParentDisabled, `上级单位「${parent.name}」已停用，请先启用它`);
      }
      organisation.disabled = disabled;
      await this.audit(em, actor, organisation, { change: 'disabled', from: !disabled, to: disabled });
      return organisation;
    });
  }

  private names(name: string, shortName?: string | null): { name: string; shortName: string } {
    const full = name.trim();
    const short = shortName?.trim() || full;
    if (!full || full.length > 100) throw organisationError(OrganisationRefusal.BadName, '名称须为 1–100 个字');
    if (short.length > 50) throw organisationError(OrganisationRefusal.BadName, '简称最多 50 个字');
    return { name: full, shortName: short };
  }

  private assertLevels(parent: Organisation, level: OrganisationLevel): void {
    if (!canContain(parent.level, level)) {
      throw organisationError(
        OrganisationRefusal.LevelNotUnderParent,
        `${ORGANISATION_LEVEL_LABELS[level]}单位不能设在${ORGANISATION_LEVEL_LABELS[parent.level]}单位「${parent.name}」之下：下级的层级须低于上级`,
        { parentLevel: parent.level, level },
      );
    }
  }

  /**
   * The organisation, if the actor may change it: a platform admin any; a system admin of an
   * organisation only those strictly below it (as a target) or at/below it (as a new parent).
   */
  private async within(em: EntityManager, actor: Actor, id: string, argument: string, asParent: boolean): Promise<Organisation> {
    const organisation = await em.findOne(Organisation, { id: assertId(id, argument) }, { refresh: true });
    if (!organisation) throw organisationNotFound(OrganisationRefusal.OrganisationNotFound, '组织机构', id);
    if (isPlatformAdmin(actor)) return organisation;
    const own = actor.organisationId ? await em.findOne(Organisation, { id: actor.organisationId }) : null;
    const inside = own && (isStrictlyUnder(organisation.path, own.path) || (asParent && organisation.id === own.id));
    if (!inside) throw organisationError(OrganisationRefusal.OutsideSubtree, '只能维护本单位下级的组织机构');
    return organisation;
  }

  private audit(em: EntityManager, actor: Actor, organisation: Organisation, details: Record<string, unknown>): Promise<void> {
    return appendAudit(em, {
      action: 'organisation_change',
      actor,
      organisationId: organisation.id,
      entityType: 'organisation',
      entityId: organisation.id,
      details: { code: organisation.code, ...details },
    });
  }
}
