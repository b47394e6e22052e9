import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whether other modules still name a department group: a rule's responsible units do (the
 * indicator systems module, which sits above this one and implements the port; the app wires
 * it: `DirectoryModule.forRoot({ groupUsage })`). A group still named cannot be deleted.
 */
export abstract class DepartmentGroupUsage {
  /** How many responsible units name the group; `em` is the caller's transaction. */
  abstract responsibleUnits(groupId: string, em: EntityManager): Promise<number>;
}

export const DEPARTMENT_GROUP_USAGE = Symbol('DEPARTMENT_GROUP_USAGE');
