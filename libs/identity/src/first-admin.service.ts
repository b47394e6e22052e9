import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '@accredit/audit';
import { type IdentitySettings, IDENTITY_SETTINGS } from './identity-settings';
import { assertStrongPassword, hashPassword } from './password-hasher';
import { User } from './user.entity';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * Creates the platform's first system administrator when there is none. Its password comes
 * from ADMIN_PASSWORD or is generated and printed this once: no password works forever.
 */
@Injectable()
export class FirstAdminService {
  private readonly logger = new Logger('FirstAdmin');

  constructor(
    private readonly em: EntityManager,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async ensure(): Promise<void> {
    if (await this.em.count(User, { roles: { $contains: ['system_admin'] } })) return;
    const given = this.settings.initialAdminPassword;
    if (given) assertStrongPassword(given);
    const password = given ?? `${randomBytes(12).toString('base64url')}#A1`;
    const passwordHash = await hashPassword(password, this.settings.passwordMemoryKib);
    await this.em.transactional(async (em) => {
      const user = em.create(User, { username: FIRST_ADMIN_USERNAME, displayName: '系统管理员', passwordHash, roles: ['system_admin'], mustChangePassword: !given });
      await appendAudit(em, { action: 'user_create', actor: null, entityType: 'user', entityId: user.id, details: { username: user.username, roles: user.roles, firstAdmin: true } });
    });
    if (given) this.logger.log(`已创建系统管理员 ${FIRST_ADMIN_USERNAME}（密码来自 ADMIN_PASSWORD）`);
    else this.logger.warn(`已创建系统管理员 ${FIRST_ADMIN_USERNAME}，初始密码：${password}  —— 只显示这一次，请登录后立即修改`);
  }
}
