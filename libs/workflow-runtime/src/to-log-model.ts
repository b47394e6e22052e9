import { type WorkflowDefinition, stateLabels } from '@accredit/workflow-engine';
import type { TransitionLog } from './transition-log.entity';
import { TransitionLogModel } from './workflow.model';

export function toLogModel(log: TransitionLog, definition: WorkflowDefinition): TransitionLogModel {
  const labels = stateLabels(definition);
  const eventLabel = definition.transitions.find((transition) => transition.event === log.event)?.label ?? log.event;
  return Object.assign(new TransitionLogModel(), {
    id: log.id,
    event: log.event,
    eventLabel,
    from: log.fromState,
    fromLabel: labels[log.fromState] ?? log.fromState,
    to: log.toState,
    toLabel: labels[log.toState] ?? log.toState,
    actorName: log.actorName,
    actorId: log.actorId,
    actorRoles: log.actorRoles,
    comment: log.comment ?? null,
    at: log.at,
    definitionVersion: log.definitionVersion,
    effects: log.effects,
  });
}
