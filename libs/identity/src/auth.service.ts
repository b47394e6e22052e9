import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, type CampaignRoleGrant, ErrorCode } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type IdentitySettings, IDENTITY_SETTINGS } from './identity-settings';
import { PASSWORD_MEMORY_KIB, assertStrongPassword, hashPassword, verifyPassword } from './password-hasher';
import { LoginThrottleService } from './login-throttle.service';
import { Session } from './session.entity';
import { User } from './user.entity';
import { ORGANISATION_ROWS } from '@accredit/organisations';
import { IdentityRefusal, identityError } from './identity.exception';
import { rememberSessionUser } from './session-user';
import { UserModel } from './user.model';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  user: User;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

// Verifying against a fixed hash when the user does not exist keeps the answer time the same,
// so response times do not tell which usernames exist. Made with the default cost; a lowered
// cost (tests) makes its own at start, so that it still costs what a real account's hash costs.
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$2Yj0mlt1dsWKCnhgJ2vrS1E2sJYw9cm5m8F0bYyQ7ms';

/** One answer for an unknown username and a wrong password: same message, code and details. */
const badCredentials = (): AppError => identityError(IdentityRefusal.BadCredentials, '用户名或密码错误');

export interface LoginAttempt {
  username: string;
  password: string;
  kind: 'cookie' | 'bearer';
  userAgent: string | null;
  /** The client address the attempt is throttled under (see client-address.ts). */
  address: string;
}

const auditActorOf = (user: User) => ({ userId: user.id, username: user.username, displayName: user.displayName, organisationId: user.organisation?.id ?? null });

/** Logins, sessions and passwords. */
/** The session with its user and organisation, as authenticate reads them. */
interface SessionRow {
  session_id: string;
  user_id: string;
  username: string;
  display_name: string;
  roles: string[];
  disabled: boolean;
  department_id: string | null;
  campaign_roles: CampaignRoleGrant[] | null;
  organisation_id: string | null;
  organisation_path: string | null;
  organisation_disabled: boolean | null;
  organisation_name: string | null;
  email: string | null;
  last_login_at: Date | null;
  must_change_password: boolean;
}

@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger('Auth');
  private dummyHash = DUMMY_HASH;

  constructor(
    private readonly em: EntityManager,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    private readonly throttle: LoginThrottleService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.settings.passwordMemoryKib !== PASSWORD_MEMORY_KIB) this.dummyHash = await hashPassword(randomBytes(16).toString('hex'), this.settings.passwordMemoryKib);
  }

  /**
   * Checks a password under the login throttle. An unknown username costs what a known one
   * costs (the same counters are charged, a hash is verified) and gets the same answer; only a
   * correct password learns that an account is disabled.
   */
  async login(attempt: LoginAttempt): Promise<IssuedSession> {
    const { username, password, address } = attempt;
    await this.throttle.countAttempt(address);
    await this.throttle.admit(address, username);
    const user = await this.em.findOne(User, { username: username.trim() }, { populate: ['organisation'] });
    const valid = await verifyPassword(user?.passwordHash ?? this.dummyHash, password);
    if (!user || !valid) throw badCredentials();
    await this.throttle.succeeded(address, username, !user.disabled);
    if (user.disabled) throw identityError(IdentityRefusal.AccountDisabled, '账号已停用，请联系办公室管理员或系统管理员');
    if (user.organisation?.getEntity().disabled) {
      throw identityError(IdentityRefusal.OrganisationDisabled, `所属单位「${user.organisation.getEntity().name}」已停用，请联系系统管理员`);
    }
    user.lastLoginAt = new Date();
    return this.issue(user, attempt.kind, attempt.userAgent);
  }

  private async issue(user: User, kind: 'cookie' | 'bearer', userAgent: string | null): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.settings.sessionTtlHours * 3600_000);
    await this.em.transactional(async (em) => {
      em.create(Session, { user, tokenHash: tokenHash(token), kind, expiresAt, userAgent: userAgent?.slice(0, 255) ?? null });
      await appendAudit(em, { action: 'login', actor: auditActorOf(user), entityType: 'user', entityId: user.id, details: { kind } });
    });
    return { token, expiresAt, user };
  }

  /** The actor behind a token, or null when it is unknown, expired, revoked, or its user or organisation disabled. */
  async authenticate(token: string): Promise<Actor | null> {
    // Every request asks this: one plain statement, no entities hydrated (the session, its user
    // and organisation as entities were a tenth of a small request's CPU at national scale). It
    // also reads what `me` shows, so that asking who is logged in costs no second statement.
    const [row] = await this.em.execute<SessionRow[]>(
      `select s.id as session_id, u.id as user_id, u.username, u.display_name, u.roles, u.disabled, u.department_id, u.campaign_roles,
              u.email, u.last_login_at, u.must_change_password,
              o.id as organisation_id, o.path as organisation_path, o.disabled as organisation_disabled, o.name as organisation_name
         from user_session s join app_user u on u.id = s.user_id left join ${ORGANISATION_ROWS} o on o.id = u.organisation_id
        where s.token_hash = ? and s.revoked_at is null and s.expires_at > ?`,
      [tokenHash(token), new Date()],
    );
    if (!row || row.disabled || row.organisation_disabled) return null;
    const actor: Actor = {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles,
      organisationId: row.organisation_id,
      organisationPath: row.organisation_path,
      departmentId: row.department_id,
      sessionId: row.session_id,
      campaignRoles: row.campaign_roles ?? [],
    };
    rememberSessionUser(
      actor,
      Object.assign(new UserModel(), {
        id: row.user_id,
        username: row.username,
        displayName: row.display_name,
        email: row.email,
        roles: row.roles,
        organisationName: row.organisation_name,
        disabled: row.disabled,
        lastLoginAt: row.last_login_at ? new Date(row.last_login_at) : null,
        mustChangePassword: row.must_change_password,
        organisationId: row.organisation_id,
        departmentId: row.department_id,
      }),
    );
    return actor;
  }

  async logout(actor: Actor): Promise<void> {
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(Session, { id: actor.sessionId, revokedAt: null }, { revokedAt: new Date() });
      await appendAudit(em, { action: 'logout', actor, entityType: 'user', entityId: actor.userId, details: { sessionId: actor.sessionId } });
    });
  }

  /** Changes the actor's password and ends every other session of theirs; a wrong current password counts as a failed login. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, address: string): Promise<void> {
    // A wrong current password is a failed login of this account from this address.
    await this.throttle.countAttempt(address);
    await this.throttle.admit(address, actor.username);
    const user = await this.em.findOneOrFail(User, { id: actor.userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw identityError(IdentityRefusal.WrongCurrentPassword, '当前密码不正确，请重新输入；忘记密码请联系管理员重置');
    }
    await this.throttle.succeeded(address, actor.username, true);
    if (currentPassword === newPassword) throw identityError(IdentityRefusal.SamePassword, '新密码不能与当前密码相同');
    assertStrongPassword(newPassword);
    await this.em.transactional(async (em) => {
      user.passwordHash = await hashPassword(newPassword, this.settings.passwordMemoryKib);
      user.passwordChangedAt = new Date();
      user.mustChangePassword = false;
      await em.nativeUpdate(Session, { user: user.id, revokedAt: null, id: { $ne: actor.sessionId } }, { revokedAt: new Date() });
      await appendAudit(em, { action: 'password_change', actor, entityType: 'user', entityId: user.id, details: { otherSessionsEnded: true } });
    });
  }

  /**
   * Records a refused login in the audit log, in a transaction of its own (the refusal itself
   * changes nothing but the failure counter). Never throws: the caller rethrows the refusal.
   */
  async recordFailedLogin(username: string, refusal: unknown): Promise<void> {
    // Attempts refused by the throttle never reached a password check: recording each would let a
    // flood of them write to the database.
    if (refusal instanceof AppError && refusal.code === ErrorCode.TooManyRequests) return;
    const reason = refusal instanceof AppError ? String(refusal.details?.['reason'] ?? refusal.code) : 'error';
    try {
      await this.em.fork().transactional(async (em) => {
        const user = await em.findOne(User, { username: username.trim() });
        await appendAudit(em, {
          action: 'login_failed',
          actor: user ? auditActorOf(user) : { userId: null, username: username.trim().slice(0, 255), displayName: null, organisationId: null },
          entityType: user ? 'user' : null,
          entityId: user?.id ?? null,
          details: { reason },
        });
      });
    } catch (error) {
      this.logger.error(`登录失败未能写入审计日志：${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
