import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '@accredit/api-kit';
import { NotificationsService } from './notifications.service';

// A platform system administrator belongs to no organisation and has no notices; the database is never asked.
const systemAdmin = { userId: 'u', username: 'sysadmin', roles: ['system_admin'], organisationId: null, departmentId: null, sessionId: 's' };
const service = new NotificationsService({} as EntityManager);

describe('NotificationsService.forActor', () => {
  it('gives a system administrator an empty page', async () => {
    await expect(service.forActor(systemAdmin, 20, null)).resolves.toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('refuses a bad page size or cursor from a system administrator too, instead of ignoring it', async () => {
    for (const [first, after] of [
      [100_000, null],
      [10, 'a\u0000b'],
      [10, 'not-a-cursor'],
    ] as const) {
      const refused = await service.forActor(systemAdmin, first, after).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe(ErrorCode.Validation);
    }
  });
});
