import { readRelation } from '@accredit/db';

/**
 * What other modules may read of the organisation tree inside a statement of their own (ADR 13):
 * `path` is the materialised path of ADR 10 (`/rootId/…/ownId/`), to match a subtree with LIKE.
 */
export const ORGANISATION_ROWS = readRelation(
  'organisations.organisation',
  ['id', 'code', 'name', 'short_name', 'level', 'parent_id', 'path', 'disabled'],
  'select id, code, name, short_name, level, parent_id, path, disabled from organisation',
);

/** Departments (and towns/streets) of an organisation. */
export const DEPARTMENT_ROWS = readRelation(
  'organisations.department',
  ['id', 'organisation_id', 'name', 'full_name', 'kind', 'tags', 'sort_order', 'created_at'],
  'select id, organisation_id, name, full_name, kind, tags, sort_order, created_at from department',
);
