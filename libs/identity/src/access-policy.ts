import type { Role } from '@accredit/api-kit';

/**
 * Who may call each GraphQL operation: the one table of access rules. An operation missing
 * here is refused for everyone (and the access-matrix suite fails), so a new operation cannot
 * ship without a rule. Which rows a permitted caller then sees is decided by query scoping
 * in the services (organisation, and department for liaisons).
 */
export type AccessRule = { public: true } | { authenticated: true } | { roles: readonly Role[] };

const READERS: readonly Role[] = ['office_admin', 'liaison', 'supervisor', 'expert'];
const DIRECTORY_READERS: readonly Role[] = [...READERS, 'system_admin'];
const USER_ADMINS: readonly Role[] = ['office_admin', 'system_admin'];

export const ACCESS_POLICY: Readonly<Record<string, AccessRule>> = {
  // identity
  'Mutation.login': { public: true },
  'Mutation.logout': { authenticated: true },
  'Mutation.changePassword': { authenticated: true },
  'Query.me': { authenticated: true },
  // user administration
  'Query.users': { roles: USER_ADMINS },
  'Mutation.createUser': { roles: USER_ADMINS },
  'Mutation.setUserDisabled': { roles: USER_ADMINS },
  'Mutation.resetUserPassword': { roles: USER_ADMINS },
  'Mutation.assignUserDepartment': { roles: USER_ADMINS },
  'Mutation.setUserRoles': { roles: USER_ADMINS },
  'Mutation.unlockUser': { roles: USER_ADMINS },
  // organisation directory
  'Query.departments': { roles: DIRECTORY_READERS },
  'Query.departmentGroups': { roles: DIRECTORY_READERS },
  // campaigns and tasks
  'Query.campaigns': { roles: READERS },
  'Query.campaign': { roles: READERS },
  'Query.tasks': { roles: READERS },
  'Query.notifications': { authenticated: true },
  // campaign set-up and documents
  'Mutation.setUpCampaign': { roles: ['office_admin', 'system_admin'] },
  'Mutation.recordCampaignDocument': { roles: ['office_admin'] },
  // workflows: reading is open to readers; who may fire an event is the definition's own rule
  'Query.availableTransitions': { roles: READERS },
  'Query.transitionHistory': { roles: READERS },
  'Mutation.transition': { roles: ['office_admin', 'liaison', 'expert'] },
  'Query.workflowDefinitions': { roles: [...READERS, 'system_admin'] },
  'Query.workflowDefinition': { roles: [...READERS, 'system_admin'] },
  'Mutation.uploadWorkflowDefinition': { roles: ['office_admin'] },
};

export function ruleFor(operation: string): AccessRule | undefined {
  return ACCESS_POLICY[operation];
}
