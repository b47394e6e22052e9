import type { PathSegment, WorkflowDefinition } from './types';

// A batch family: the participant workflows of one series of batches (第一批, 第二批 …). Each batch
// may have its own key (its own quotas) while its quota still counts the earlier batches' participants
// (`earlierParticipants`), which the runtime finds by family, not by key.

/** The series a definition belongs to: its `family`, or its key when it names none. */
export function familyOf(definition: Pick<WorkflowDefinition, 'key' | 'family'>): string {
  return definition.family ?? definition.key;
}

/** The states of an earlier batch a guard counts, with where the guard is. */
interface EarlierCount {
  readonly path: readonly PathSegment[];
  readonly states: readonly string[];
}

function earlierCounts(definition: WorkflowDefinition): EarlierCount[] {
  return definition.transitions.flatMap((transition) =>
    transition.guards.flatMap((guard, index): EarlierCount[] => {
      const path = ['transitions', transition.index, 'guards', index];
      if (guard.type === 'countInState' && guard.params.of === 'earlierParticipants') return [{ path, states: guard.params.states }];
      if (guard.type !== 'quota') return [];
      const { of, minusOf, states, minus } = guard.params;
      return [...(of === 'earlierParticipants' ? [{ path, states }] : []), ...((minusOf ?? of) === 'earlierParticipants' ? [{ path, states: minus }] : [])];
    }),
  );
}

export interface FamilyMismatch {
  readonly definition: WorkflowDefinition;
  readonly path: readonly PathSegment[];
  /** The family member that lacks the states. */
  readonly other: WorkflowDefinition;
  readonly missing: readonly string[];
}

/**
 * Guards that count earlier batches in states another definition of the same family does not have:
 * those batches' participants could never be counted (a typo, or a renamed state), so the quota
 * would silently subtract nothing. Definitions of other entity types are not batches.
 */
export function familyMismatches(definitions: readonly WorkflowDefinition[]): FamilyMismatch[] {
  const batches = definitions.filter((definition) => definition.entityType === 'participant');
  return batches.flatMap((definition) =>
    earlierCounts(definition).flatMap(({ path, states }) =>
      batches
        .filter((other) => other !== definition && familyOf(other) === familyOf(definition))
        .map((other) => ({ definition, path, other, missing: states.filter((state) => !Object.hasOwn(other.states, state)) }))
        .filter((mismatch) => mismatch.missing.length > 0),
    ),
  );
}
