// Pure workflow engine: YAML definitions → validated, compiled definitions → decisions.
// No framework imports; persistence and side effects belong to the caller.
export * from './lib/types';
export { parseDefinition, formatDefinitionError } from './lib/parser';
export { loadDefinitionFile, loadWorkflowDirectory } from './lib/loader';
export { checksum, normaliseSource, compareVersions } from './lib/checksum';
export type { VersionStamp, VersionComparison } from './lib/checksum';
export { listEvents, evaluateEvent, applyEvent, applyEventOrThrow, applyScheduled, scheduledTransitions, WorkflowRefusalError } from './lib/evaluator';
export type { ScheduledInput } from './lib/evaluator';
export { toGraph, stateLabels } from './lib/graph';
export { readQuota } from './lib/quota-reading';
export { familyOf, familyMismatches } from './lib/family';
export type { FamilyMismatch } from './lib/family';
export type { QuotaReading } from './lib/quota-reading';
export { declaredDocuments } from './lib/documents';
export type { DeclaredDocument, DocumentUse } from './lib/documents';
export {
  initialState,
  resolveEntry,
  findTransition,
  getState,
  hasState,
  UnknownStateError,
  evidenceEditableStates,
  reviewQueueStates,
  expertScoringStates,
  taskStateKinds,
  isEvidenceEditable,
} from './lib/states';
export type { TaskStateKinds } from './lib/states';
export { GUARD_NAMES, guardRegistry } from './lib/guards';
export type { GuardSpec, GuardEnv, GuardOutcome } from './lib/guard-spec';
export { EFFECT_NAMES, effectRegistry, resolveDueDate } from './lib/effects';
export type { EffectSpec } from './lib/effects';
export { BUILTIN_ROLE_LABELS } from './lib/labels';
export { DEFINITION_SCHEMA } from './lib/schema';
