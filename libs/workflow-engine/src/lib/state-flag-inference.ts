import { ancestry, resolveEntryIn } from './states';
import type { StateTree } from './state-tree';
import type { StateDefinition, TransitionDefinition } from './types';

// State flags a definition does not declare (every definition written before they existed),
// inferred from its guards and effects.

/**
 * A definition that declares neither flag (every definition before they existed) gets them
 * from its `hasEvidence` guards, which already say where evidence is gathered and submitted:
 * evidence is editable in the initial state and wherever a transition guarded by hasEvidence
 * leaves from; its targets are "submitted for review". Declared flags are never overridden.
 */
export function inferStateFlags(tree: StateTree, initial: string, transitions: readonly TransitionDefinition[]): Record<string, StateDefinition> {
  return inferExpertScoring({ ...tree, states: inferEvidenceFlags(tree, initial, transitions) }, transitions);
}

/**
 * A definition that declares no expertScoring state (every definition before it existed) gets it
 * from its `snapshotScores: { source: expert }` effects: experts score in the states those
 * transitions leave (认定 → 已认定 snapshots the experts' scores), and their sub-states.
 */
function inferExpertScoring(tree: StateTree, transitions: readonly TransitionDefinition[]): Record<string, StateDefinition> {
  if (tree.declared.expertScoring) return tree.states;
  const from = new Set(transitions.filter((t) => t.effects.some((effect) => effect.type === 'snapshotScores' && effect.params.source === 'expert')).flatMap((t) => t.from));
  if (from.size === 0) return tree.states;
  const states: Record<string, StateDefinition> = {};
  for (const [path, state] of Object.entries(tree.states)) {
    states[path] = { ...state, expertScoring: !state.final && ancestry(path).some((p) => from.has(p)) };
  }
  return states;
}

function inferEvidenceFlags(tree: StateTree, initial: string, transitions: readonly TransitionDefinition[]): Record<string, StateDefinition> {
  const submissions = transitions.filter((t) => t.guards.some((guard) => guard.type === 'hasEvidence'));
  if (submissions.length === 0) return tree.states;
  const inferEditable = !tree.declared.evidenceEditable;
  const inferReview = !tree.declared.reviewQueue;
  if (!inferEditable && !inferReview) return tree.states;
  const editable = new Set([resolveEntryIn(tree.states, initial), ...submissions.flatMap((t) => t.from)]);
  const review = new Set(submissions.map((t) => resolveEntryIn(tree.states, t.to)));
  const states: Record<string, StateDefinition> = {};
  for (const [path, state] of Object.entries(tree.states)) {
    const active = ancestry(path);
    const isEditable = inferEditable ? !state.final && active.some((p) => editable.has(p)) : state.evidenceEditable;
    const isReview = inferReview ? !state.final && active.some((p) => review.has(p)) : state.reviewQueue;
    states[path] = {
      ...state,
      evidenceEditable: inferEditable ? isEditable && !isReview : state.evidenceEditable,
      reviewQueue: inferReview ? isReview && !(state.evidenceEditable && !inferEditable) : state.reviewQueue,
    };
  }
  return states;
}
