import { DepartmentGroupsDocument, DepartmentsDocument, UsersDocument } from '../graphql/generated/graphql';
import { LARGEST_PAGE, useAllPagesOf } from './use-all-pages';

/**
 * A picker's cap: ten of the server's largest pages. The pickers list one organisation's units and
 * accounts (63 departments, 6 groups in the seeded district): all of them in one request. The cap
 * only stops a platform-wide caller (no organisation of its own) from walking the country's
 * 33,579 departments; `truncated` then tells.
 */
const PICKER_ROWS = () => 10 * LARGEST_PAGE;

/** Every department of an organisation (the caller's own when `organisationId` gives none); null: none yet. */
export function useDepartmentChoices(organisationId: () => string | null | undefined = () => undefined, enabled: () => boolean = () => true) {
  return useAllPagesOf(
    DepartmentsDocument,
    (data) => data.departments,
    () => (enabled() ? { organisationId: organisationId() ?? null } : null),
    PICKER_ROWS,
  );
}

/** Every department group of the caller's organisation. */
export function useGroupChoices() {
  return useAllPagesOf(
    DepartmentGroupsDocument,
    (data) => data.departmentGroups,
    () => ({}),
    PICKER_ROWS,
  );
}

/** Every account the caller administers (their organisation's), once `enabled`. */
export function useUserChoices(enabled: () => boolean) {
  return useAllPagesOf(
    UsersDocument,
    (data) => data.users,
    () => (enabled() ? {} : null),
    PICKER_ROWS,
  );
}
