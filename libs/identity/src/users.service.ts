import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager, type ObjectQuery } from '@mikro-orm/postgresql';
import { type Actor, type Connection, ROLES, containsPattern, assertId, decodeCursor, encodeCursor, hasRole, keysetConnection, keysetOrder, pageSize } from '@accredit/api-kit';
import { type AuditEntry, appendAudit } from '@accredit/audit';
import { Department, Organisation } from '@accredit/organisations';
import { DECLARED_ROLES, type DeclaredRolesSource } from './declared-roles.port';
import { type IdentitySettings, IDENTITY_SETTINGS } from './identity-settings';
import { assertStrongPassword, hashPassword } from './password-hasher';
import { LoginThrottleService } from './login-throttle.service';
import { Session } from './session.entity';
import { User } from './user.entity';
import { userPageQuery } from './user-page.query';
import type { CreateUserInput } from './user.model';
import { IdentityRefusal, identityError, identityNotFound } from './identity.exception';

const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

/** Login names are unique; the id only makes the key whole, as every keyset order in the project ends. */
const USERNAME_ORDER = keysetOrder('users.username', ['text', 'uuid']);

/** Filter and page of the account list. */
export interface UserListArgs {
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Account administration. An office admin manages the accounts of their own organisation and
 * cannot grant system administration; a platform system administrator manages all.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly throttle: LoginThrottleService,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    @Optional() @Inject(DECLARED_ROLES) private readonly declared: DeclaredRolesSource | null,
  ) {}

  /**
   * A page of accounts by login name: the organisation's for an office admin, the country's
   * (34,717 in the national set) for a platform system administrator; filtered by login name,
   * name or e-mail.
   */
  async page(actor: Actor, args: UserListArgs = {}): Promise<Connection<User>> {
    const size = pageSize(args.first);
    const from = decodeCursor(USERNAME_ORDER, args.after);
    const search = args.search?.trim() ?? '';
    if (search.length > 50) throw identityError(IdentityRefusal.SearchTooLong, '搜索内容不能超过 50 个字');
    const where: ObjectQuery<User> = actor.organisationId && !this.isPlatformAdmin(actor) ? { organisation: actor.organisationId } : {};
    if (search) {
      const pattern = containsPattern(search);
      where.$or = [{ username: { $ilike: pattern } }, { displayName: { $ilike: pattern } }, { email: { $ilike: pattern } }];
    }
    const [rows, totalCount] = await Promise.all([userPageQuery(this.em, where, from, size).getResultList(), this.em.count(User, where)]);
    await this.em.populate(rows, ['organisation']);
    return keysetConnection(rows, size, args.after || null, totalCount, (user) => ({ cursor: encodeCursor(USERNAME_ORDER, [user.username, user.id]), node: user }));
  }

  /** The roles this actor may give an account: all but 系统管理员, which only a system administrator grants. */
  grantableRoles(actor: Actor): string[] {
    return ROLES.filter((role) => role !== 'system_admin' || hasRole(actor, 'system_admin'));
  }

  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    if (!USERNAME.test(input.username)) throw identityError(IdentityRefusal.BadUsername, '登录名只能包含字母、数字、点、下划线或短横线，3–64 位');
    if (!input.displayName.trim()) throw identityError(IdentityRefusal.NameMissing, '请填写姓名');
    const email = input.email?.trim() || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw identityError(IdentityRefusal.BadEmail, `电子邮箱格式不正确：${email}`);
    const organisationId = this.isPlatformAdmin(actor) ? (input.organisationId ?? null) : actor.organisationId;
    if (input.organisationId && organisationId !== input.organisationId) throw identityError(IdentityRefusal.OtherOrganisation, '只能为本单位新建用户');
    const organisation = organisationId ? await this.em.findOne(Organisation, { id: assertId(organisationId, 'organisationId') }) : null;
    if (organisationId && !organisation) throw identityNotFound(IdentityRefusal.OrganisationNotFound, '单位', organisationId);
    if (organisation?.disabled) throw identityError(IdentityRefusal.OrganisationInactive, `单位「${organisation.name}」已停用，不能新建用户`);
    const roles = await this.checkRoles(actor, input.roles, organisationId);
    assertStrongPassword(input.password);
    if (!organisationId && !roles.every((role) => role === 'system_admin')) throw identityError(IdentityRefusal.OrganisationRequired, '除系统管理员外，用户必须属于一个单位（organisationId）');
    const department = input.departmentId ? await this.departmentOf(organisationId, input.departmentId) : null;
    if (roles.includes('liaison') && !department) throw identityError(IdentityRefusal.DepartmentRequired, '部门联络员必须指定所属部门（departmentId）');
    if (await this.em.count(User, { username: input.username })) throw identityError(IdentityRefusal.UsernameTaken, `登录名「${input.username}」已被使用，请换一个`);
    const passwordHash = await hashPassword(input.password, this.settings.passwordMemoryKib);
    const user = await this.em.transactional(async (em) => {
      const created = em.create(User, {
        mustChangePassword: true,
        username: input.username,
        displayName: input.displayName.trim(),
        email,
        passwordHash,
        roles,
        organisation: organisationId,
        department: department?.id ?? null,
      });
      await em.flush();
      await appendAudit(em, {
        action: 'user_create',
        actor,
        organisationId,
        entityType: 'user',
        entityId: created.id,
        details: { username: created.username, displayName: created.displayName, roles, departmentId: department?.id ?? null },
      });
      return created;
    });
    await this.em.populate(user, ['organisation']);
    return user;
  }

  async setDisabled(actor: Actor, userId: string, disabled: boolean): Promise<User> {
    const user = await this.manageable(actor, userId);
    if (user.id === actor.userId && disabled) throw identityError(IdentityRefusal.CannotDisableSelf, '不能停用自己的账号');
    return this.changed(actor, user, { change: 'disabled', from: user.disabled, to: disabled }, async (em) => {
      user.disabled = disabled;
      if (disabled) await this.revokeSessions(em, user);
    });
  }

  async resetPassword(actor: Actor, userId: string, newPassword: string): Promise<User> {
    const user = await this.manageable(actor, userId);
    assertStrongPassword(newPassword);
    const passwordHash = await hashPassword(newPassword, this.settings.passwordMemoryKib);
    return this.changed(actor, user, { change: 'password_reset' }, async (em) => {
      user.passwordHash = passwordHash;
      user.passwordChangedAt = new Date();
      user.mustChangePassword = true;
      await this.revokeSessions(em, user);
      await this.throttle.clearAccount(user.username, em);
    });
  }

  async assignDepartment(actor: Actor, userId: string, departmentId: string | null): Promise<User> {
    const user = await this.manageable(actor, userId);
    const department = departmentId ? await this.departmentOf(user.organisation?.id ?? null, departmentId) : null;
    if (!department && user.roles.includes('liaison')) throw identityError(IdentityRefusal.DepartmentRequired, '部门联络员必须属于一个部门');
    return this.changed(actor, user, { change: 'department', from: user.department?.id ?? null, to: department?.id ?? null }, async (em) => {
      user.department = department ? em.getReference(Department, department.id, { wrapped: true }) : null;
    });
  }

  async setRoles(actor: Actor, userId: string, roles: string[]): Promise<User> {
    const user = await this.manageable(actor, userId);
    const checked = await this.checkRoles(actor, roles, user.organisation?.id ?? null);
    if (checked.includes('liaison') && !user.department) throw identityError(IdentityRefusal.DepartmentRequired, '请先为该用户分配部门，再授予部门联络员角色');
    if (user.id === actor.userId && !checked.some((role) => actor.roles.includes(role))) throw identityError(IdentityRefusal.CannotDropOwnRole, '不能移除自己的管理角色');
    return this.changed(actor, user, { change: 'roles', from: user.roles, to: checked }, async () => {
      user.roles = checked;
    });
  }

  /** Lets the user log in again at once: clears the account's login waits, and every address's wait for it. */
  async unlock(actor: Actor, userId: string): Promise<User> {
    const user = await this.manageable(actor, userId);
    return this.changed(actor, user, { change: 'unlock' }, async (em) => {
      await this.throttle.clearAccount(user.username, em);
    });
  }

  /** Applies a change to a user and records it in the audit log, in one transaction. */
  private async changed(actor: Actor, user: User, details: Record<string, unknown>, apply: (em: EntityManager) => Promise<void>): Promise<User> {
    return this.em.transactional(async (em) => {
      await apply(em);
      const entry: AuditEntry = {
        action: 'user_change',
        actor,
        organisationId: user.organisation?.id ?? null,
        entityType: 'user',
        entityId: user.id,
        details: { username: user.username, ...details },
      };
      await appendAudit(em, entry);
      return user;
    });
  }

  private isPlatformAdmin(actor: Actor): boolean {
    return hasRole(actor, 'system_admin') && actor.organisationId === null;
  }

  /** Product roles, or roles declared by a workflow the user's organisation may use (a new workflow can bring its own). */
  private async checkRoles(actor: Actor, roles: string[], organisationId: string | null): Promise<string[]> {
    // No role at all: an account that acts only through roles assigned in single campaigns.
    const known = new Set<string>([...ROLES, ...Object.keys((await this.declared?.declaredRoles(organisationId)) ?? {})]);
    const unknown = roles.filter((role) => !known.has(role));
    if (unknown.length) throw identityError(IdentityRefusal.UnknownRole, `未知角色：${unknown.join('、')}；可用：${[...known].join('、')}`);
    if (roles.includes('system_admin') && !hasRole(actor, 'system_admin')) throw identityError(IdentityRefusal.SystemAdminOnly, '只有系统管理员可以授予系统管理员角色');
    return [...new Set(roles)];
  }

  private async manageable(actor: Actor, userId: string): Promise<User> {
    const user = await this.em.findOne(User, { id: assertId(userId, 'userId') }, { populate: ['organisation'] });
    // Users of another organisation do not exist for an office admin.
    if (!user || (!this.isPlatformAdmin(actor) && user.organisation?.id !== actor.organisationId)) throw identityNotFound(IdentityRefusal.UserNotFound, '用户', userId);
    if (user.roles.includes('system_admin') && !hasRole(actor, 'system_admin')) throw identityError(IdentityRefusal.SystemAdminOnly, '只有系统管理员可以管理系统管理员账号');
    return user;
  }

  private async departmentOf(organisationId: string | null, departmentId: string): Promise<Department> {
    const department = await this.em.findOne(Department, { id: assertId(departmentId, 'departmentId') });
    if (!department || (organisationId && department.organisation.id !== organisationId)) throw identityNotFound(IdentityRefusal.DepartmentNotFound, '部门', departmentId);
    return department;
  }

  private async revokeSessions(em: EntityManager, user: User): Promise<void> {
    await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  }
}
