import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The e-mail addresses of a department's enabled liaisons, sorted (the reminder outbox writes
 * them in its own transaction: pass its EntityManager).
 */
export async function liaisonEmails(em: EntityManager, departmentId: string): Promise<string[]> {
  const rows = await em.execute<{ email: string }[]>(`select email from app_user where department_id = ? and email is not null and not disabled and 'liaison' = any(roles) order by email`, [
    departmentId,
  ]);
  return rows.map((row) => row.email);
}
