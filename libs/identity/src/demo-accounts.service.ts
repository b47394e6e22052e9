import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@accredit/api-kit';
import { type AuditEntry, appendAudit } from '@accredit/audit';
import { Department, Organisation } from '@accredit/organisations';
import { type IdentitySettings, IDENTITY_SETTINGS } from './identity-settings';
import { hashPassword } from './password-hasher';
import { User } from './user.entity';
import { IdentityRefusal, identityNotFound } from './identity.exception';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  department: string | null;
  /** false: a platform-wide account with no organisation. */
  inOrganisation: boolean;
}

/** One account per role, and liaisons of three departments, for demonstrations and tests. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'office', displayName: '区科协（领导小组办公室）管理员', roles: ['office_admin'], department: '区科协', inOrganisation: true },
  { username: 'supervisor', displayName: '区委督查室督查员', roles: ['supervisor'], department: null, inOrganisation: true },
  { username: 'expert', displayName: '评审专家', roles: ['expert'], department: null, inOrganisation: true },
  { username: 'kexie', displayName: '区科协联络员', roles: ['liaison'], department: '区科协', inOrganisation: true },
  { username: 'xiaolongkan', displayName: '小龙坎街道联络员', roles: ['liaison'], department: '小龙坎街道', inOrganisation: true },
  { username: 'fagaiwei', displayName: '区发改委联络员', roles: ['liaison'], department: '区发改委', inOrganisation: true },
  { username: 'sysadmin', displayName: '平台系统管理员（演示）', roles: ['system_admin'], department: null, inOrganisation: false },
];

@Injectable()
export class DemoAccountsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  /** Creates the demo accounts that are missing; existing accounts are left untouched. */
  async ensure(organisationCode: string, password: string): Promise<string[]> {
    const organisation = await this.em.findOne(Organisation, { code: organisationCode });
    if (!organisation) throw identityNotFound(IdentityRefusal.OrganisationNotFound, '单位', organisationCode);
    const created: string[] = [];
    const hash = await hashPassword(password, this.settings.passwordMemoryKib);
    await this.em.transactional(async (em) => {
      const audits: AuditEntry[] = [];
      for (const account of DEMO_ACCOUNTS) {
        if (await em.count(User, { username: account.username })) continue;
        const department = account.department ? await em.findOne(Department, { organisation, name: account.department }) : null;
        if (account.department && !department) throw identityNotFound(IdentityRefusal.DepartmentNotFound, '部门', account.department);
        const user = em.create(User, {
          username: account.username,
          displayName: account.displayName,
          passwordHash: hash,
          roles: account.roles,
          organisation: account.inOrganisation ? organisation : null,
          department,
        });
        created.push(account.username);
        audits.push({
          action: 'user_create',
          actor: null,
          organisationId: account.inOrganisation ? organisation.id : null,
          entityType: 'user',
          entityId: user.id,
          details: { username: account.username, roles: account.roles, demo: true },
        });
      }
      await appendAudit(em, audits);
    });
    return created;
  }
}
