import type { WorkflowDefinition, WorkflowGraph } from './types';

// A render-ready view of a definition: compound states become parent nodes; an edge leaves
// every state listed in `from` and points at `to` as written (possibly a compound node).

export function toGraph(definition: WorkflowDefinition): WorkflowGraph {
  const nodes = Object.values(definition.states).map((state) => ({
    id: state.path,
    label: state.label,
    ...(state.parent ? { parent: state.parent } : {}),
    initial: state.initial,
    final: state.final,
    evidenceEditable: state.evidenceEditable,
    reviewQueue: state.reviewQueue,
  }));
  const edges = definition.transitions.flatMap((transition) =>
    transition.from.map((from) => ({
      // Unique: one transition per event and state is a validation rule.
      id: `${from}:${transition.event}`,
      from,
      to: transition.to,
      event: transition.event,
      label: transition.label,
      needsComment: transition.needsComment,
      ...(transition.confirm !== undefined ? { confirm: transition.confirm } : {}),
    })),
  );
  return { nodes, edges };
}

/** State path → label, e.g. to pass a task definition's labels as facts.childStateLabels. */
export function stateLabels(definition: WorkflowDefinition): Record<string, string> {
  return Object.fromEntries(Object.values(definition.states).map((state) => [state.path, state.label]));
}
