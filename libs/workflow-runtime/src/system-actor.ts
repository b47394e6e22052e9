import type { Actor } from '@accredit/api-kit';

/**
 * Who acts when the system fires a scheduled transition: no user, no organisation (so it sees
 * every participant as the platform would), named in the transition log as the schedule. Its id
 * is the nil UUID, which no user has; the audit row records no actor at all.
 */
export const SCHEDULE_ACTOR: Actor = Object.freeze({
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: '系统（按计划）',
  roles: ['system_admin'],
  organisationId: null,
  departmentId: null,
  sessionId: 'schedule',
});
