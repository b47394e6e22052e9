import { EFFECT_NAMES, type EffectName, type WorkflowDefinition, stateLabels } from '@accredit/workflow-engine';
import type { TransitionLog } from './transition-log.entity';
import { TransitionEffectModel, TransitionLogModel } from './workflow.model';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isEffectName = (value: unknown): value is EffectName => typeof value === 'string' && (EFFECT_NAMES as readonly string[]).includes(value);

/**
 * The log's JSON column holds what EffectRunner returned ({ type, params, outcome }); the schema shows
 * the effect and its outcome. A record of an effect the registry no longer names is left out rather
 * than failing the whole history.
 */
function toEffectModels(effects: readonly unknown[]): TransitionEffectModel[] {
  return effects.flatMap((effect) =>
    isRecord(effect) && isEffectName(effect['type'])
      ? [Object.assign(new TransitionEffectModel(), { type: effect['type'], outcome: typeof effect['outcome'] === 'string' ? effect['outcome'] : '' })]
      : [],
  );
}

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
    effects: toEffectModels(log.effects),
  });
}
