import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@accredit/api-kit';
import type { Facts, WorkflowDefinition } from '@accredit/workflow-engine';

/** The entity types a definition can drive; a new kind of campaign is a new definition of these. */
export const SUBJECT_TYPES = ['campaign', 'participant', 'task'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export function isSubjectType(value: string): value is SubjectType {
  return (SUBJECT_TYPES as readonly string[]).includes(value);
}

/** An entity driven by a workflow, as the runtime sees it. */
export interface WorkflowSubject {
  entityType: SubjectType;
  id: string;
  state: string;
  version: number;
  definitionKey: string;
  definitionVersion: number;
  /** The stored definition record the subject's campaign pinned. */
  definitionId: string;
  organisationId: string;
  campaignId: string;
  ownerDepartmentId: string | null;
  /** How notifications name it. */
  title: string;
}

/** How the runtime loads, describes and updates one entity type; one adapter per type. */
export interface SubjectAdapter {
  readonly entityType: SubjectType;
  /** The subject as the actor may see it; NOT_FOUND when it is not theirs to see. */
  load(em: EntityManager, id: string, actor: Actor): Promise<WorkflowSubject>;
  /** What the guards read; `actor` for facts about who acts (a participant's actorPlace). */
  facts(em: EntityManager, subject: WorkflowSubject, actor: Actor): Promise<Facts>;
  /** Compare-and-set on the version: false when someone else changed it first. */
  setState(em: EntityManager, subject: WorkflowSubject, to: string): Promise<boolean>;
  /** Applies a due date to the subject (a task) or the work under it (a campaign's open tasks). */
  setDueDate(em: EntityManager, subject: WorkflowSubject, dueOn: string, taskDefinition: WorkflowDefinition | null): Promise<void>;
  /** Records an outcome (setOutcome); only subjects that have one (participants) implement it. */
  setOutcome?(em: EntityManager, subject: WorkflowSubject, outcome: string): Promise<void>;
}
