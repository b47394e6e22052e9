import { type EventStatus, type WorkflowDefinition, stateLabels } from '@accredit/workflow-engine';
import { AvailableTransitionModel } from './workflow.model';

/** Every event of a subject's workflow as the API shows it: allowed with its target, or refused with the reasons. */
export function toAvailableTransitionModels(definition: WorkflowDefinition, events: readonly EventStatus[]): AvailableTransitionModel[] {
  const labels = stateLabels(definition);
  return events.map((status) =>
    Object.assign(new AvailableTransitionModel(), {
      event: status.event,
      label: status.label,
      allowed: status.allowed,
      available: status.available,
      needsComment: status.needsComment,
      confirm: status.confirm ?? null,
      checksEvidence: status.checksEvidence,
      to: status.allowed ? status.to : null,
      toLabel: status.allowed ? (labels[status.to] ?? status.to) : null,
      code: status.allowed ? null : status.code,
      reasons: status.allowed ? [] : [...status.reasons],
    }),
  );
}
