import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** Accounts without their secrets (no password hash, no password dates). */
export const USER_ROWS = readRelation(
  'identity.user',
  ['id', 'username', 'display_name', 'roles', 'organisation_id', 'department_id', 'disabled', 'last_login_at', 'created_at', 'email', 'campaign_roles'],
  'select id, username, display_name, roles, organisation_id, department_id, disabled, last_login_at, created_at, email, campaign_roles from app_user',
);
