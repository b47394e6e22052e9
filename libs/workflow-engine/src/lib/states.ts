import type { StateDefinition, TransitionDefinition, WorkflowDefinition } from './types';

// State-tree helpers. State paths are dotted (`creation.evidence`); a state is "active" with
// all its ancestors, so a transition declared on `creation` applies inside `creation.*`.

export class UnknownStateError extends Error {
  readonly code = 'UNKNOWN_STATE';
  constructor(
    readonly state: string,
    readonly definitionKey: string,
  ) {
    super(`流程"${definitionKey}"中没有状态"${state}"`);
    this.name = 'UnknownStateError';
  }
}

/** The path and its ancestors, deepest first: `a.b.c` → [`a.b.c`, `a.b`, `a`]. */
export function ancestry(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('.'));
}

/** Entering a compound state enters its initial child, recursively, down to a leaf. */
export function resolveEntryIn(states: Readonly<Record<string, StateDefinition>>, path: string): string {
  let current = path;
  for (;;) {
    const state = states[current];
    const initialChild = state?.children.find((child) => states[child]?.initial);
    if (!initialChild) return current;
    current = initialChild;
  }
}

export function hasState(definition: WorkflowDefinition, path: string): boolean {
  return Object.hasOwn(definition.states, path);
}

export function getState(definition: WorkflowDefinition, path: string): StateDefinition {
  if (!hasState(definition, path)) throw new UnknownStateError(path, definition.key);
  return definition.states[path];
}

/** The leaf state a new instance starts in. */
export function initialState(definition: WorkflowDefinition): string {
  return resolveEntryIn(definition.states, definition.initial);
}

export function resolveEntry(definition: WorkflowDefinition, path: string): string {
  getState(definition, path);
  return resolveEntryIn(definition.states, path);
}

/** The transition for `event` from `state`; the deepest declaring state wins. */
export function findTransition(definition: WorkflowDefinition, state: string, event: string): TransitionDefinition | undefined {
  for (const active of ancestry(state)) {
    const found = definition.transitions.find((t) => t.event === event && t.from.includes(active));
    if (found) return found;
  }
  return undefined;
}

/** States (leaf and compound) in which evidence may be changed. */
export function evidenceEditableStates(definition: WorkflowDefinition): string[] {
  return Object.values(definition.states)
    .filter((state) => state.evidenceEditable)
    .map((state) => state.path);
}

/**
 * What a task's state means to reports, from the definition alone: `done` (final: 已通过),
 * `submitted` (the review queue: 已提交), `returned` (sent back with a comment from the review
 * queue to be worked on again: 已退回 — a withdrawal without a comment is not a return).
 */
export interface TaskStateKinds {
  readonly done: ReadonlySet<string>;
  readonly submitted: ReadonlySet<string>;
  readonly returned: ReadonlySet<string>;
}

export function taskStateKinds(definition: WorkflowDefinition): TaskStateKinds {
  const states = Object.values(definition.states);
  const submitted = new Set(states.filter((state) => state.reviewQueue).map((state) => state.path));
  const inQueue = (path: string) => [...submitted].some((queued) => path === queued || path.startsWith(`${queued}.`));
  const returned = new Set(
    definition.transitions
      .filter((t) => t.needsComment && t.from.some(inQueue))
      .map((t) => resolveEntry(definition, t.to))
      .filter((path) => !definition.states[path]?.final && !submitted.has(path)),
  );
  return { done: new Set(states.filter((state) => state.final).map((state) => state.path)), submitted, returned };
}

/** States in which experts score (a campaign's 认定). */
export function expertScoringStates(definition: WorkflowDefinition): string[] {
  return Object.values(definition.states)
    .filter((state) => state.expertScoring)
    .map((state) => state.path);
}

/** States that mean "submitted, waiting for review". */
export function reviewQueueStates(definition: WorkflowDefinition): string[] {
  return Object.values(definition.states)
    .filter((state) => state.reviewQueue)
    .map((state) => state.path);
}

/** False for a state the definition does not have. */
export function isEvidenceEditable(definition: WorkflowDefinition, state: string): boolean {
  return hasState(definition, state) && definition.states[state].evidenceEditable;
}
