import { callRegistry } from './call-registry';
import { actorIs, ownDepartment, roleIs } from './actor-guards';
import { countInState, quota } from './count-guards';
import { before, onOrAfter, withinPhase } from './date-guards';
import { documentFilePresent, documentPresent, formSubmitted } from './document-guards';
import { allTasksIn, commentRequired, electivesChosen, hasEvidence } from './fact-guards';
import type { GuardEnv, GuardOutcome, GuardSpec } from './guard-spec';
import type { GuardCallOf, GuardName, GuardParamsMap, RefusalCode } from './types';

// The registry of built-in guards, by name. Each family lives in its own file (facts, documents,
// dates, counts, actors); guard-spec.ts says what a guard is. The order is the one error messages
// list the names in.

const guards = callRegistry<GuardParamsMap, { readonly [K in GuardName]: GuardSpec<GuardParamsMap[K]> }>('守卫', {
  hasEvidence,
  allTasksIn,
  commentRequired,
  roleIs,
  onOrAfter,
  documentPresent,
  ownDepartment,
  before,
  withinPhase,
  documentFilePresent,
  countInState,
  quota,
  actorIs,
  electivesChosen,
  formSubmitted,
});

export const guardRegistry = guards.specs;
export const GUARD_NAMES: readonly GuardName[] = guards.names;
export const isGuardName = guards.has;
export const parseGuard = guards.parse;

export function checkGuard<K extends GuardName>(call: GuardCallOf<K>, env: GuardEnv): GuardOutcome {
  // Definitions may come back from storage: an unknown guard throws rather than being skipped.
  return guards.spec(call.type).check(call.params, env);
}

export function guardRefusalCode(type: GuardName): RefusalCode {
  return guards.spec(type).refusal;
}
