import { checkGuard, guardRefusalCode } from './guards';
import { joinOr, labelOf } from './labels';
import { findTransition, getState, resolveEntryIn } from './states';
import type { ApplyResult, EvaluationInput, EventInput, EventStatus, Refusal, RefusalCode, TransitionDefinition, TransitionResult, WorkflowDefinition } from './types';

// Decides, without side effects, what an actor may do from a state given caller-supplied
// facts. Order of checks: is the event available here → is the role allowed → guards.
// All failing guards are reported, so the UI can show everything that is missing at once.

interface Evaluation {
  readonly status: EventStatus;
  readonly transition?: TransitionDefinition;
}

/**
 * Every event of the definition, in order of first appearance, allowed or refused. Listed before
 * anything is typed, an event that needsComment is not refused for the comment it lacks: the UI
 * asks for it when the event is fired, and firing without one is still refused.
 */
export function listEvents(definition: WorkflowDefinition, input: EvaluationInput): EventStatus[] {
  getState(definition, input.state);
  const events = [...new Set(definition.transitions.map((t) => t.event))];
  const commentToBeAsked = input.facts?.comment === undefined;
  return events.map((event) => evaluate(definition, { ...input, event }, commentToBeAsked).status);
}

export function evaluateEvent(definition: WorkflowDefinition, input: EventInput): EventStatus {
  return evaluate(definition, input).status;
}

/** The transition to record and the effects to run, or a refusal; never mutates anything. */
export function applyEvent(definition: WorkflowDefinition, input: EventInput): ApplyResult {
  const { status, transition } = evaluate(definition, input);
  if (!status.allowed || !transition) {
    const refusal: Refusal = {
      code: status.allowed ? 'TRANSITION_NOT_ALLOWED' : status.code,
      event: input.event,
      state: input.state,
      reasons: status.allowed ? [] : status.reasons,
    };
    return { ok: false, refusal };
  }
  return {
    ok: true,
    transition: {
      definitionKey: definition.key,
      definitionVersion: definition.version,
      event: input.event,
      label: transition.label,
      from: input.state,
      to: status.to,
      final: definition.states[status.to].final,
      // A copy, so whoever runs the effects cannot alter the shared definition.
      effects: structuredClone(transition.effects),
    },
  };
}

/** The input of a transition the system fires on its schedule: no actor, the subject's facts. */
export interface ScheduledInput {
  readonly state: string;
  readonly event: string;
  readonly facts?: EvaluationInput['facts'];
}

/** The transitions a definition lets the system fire by itself (those with a `schedule`). */
export function scheduledTransitions(definition: WorkflowDefinition): TransitionDefinition[] {
  return definition.transitions.filter((transition) => transition.schedule !== undefined);
}

/**
 * applyEvent for the system on a transition's schedule: the day must have come (as an
 * `onOrAfter` of the schedule) and every guard that is not about who acts must hold; roles and
 * who-guards (actorIs, ownDepartment) do not apply, as no person acts. A transition without a
 * schedule is refused: the system never fires what a person must decide.
 */
export function applyScheduled(definition: WorkflowDefinition, input: ScheduledInput): ApplyResult {
  getState(definition, input.state);
  const transition = findTransition(definition, input.state, input.event);
  const refuse = (reasons: string[]): ApplyResult => ({ ok: false, refusal: { code: 'TRANSITION_NOT_ALLOWED', event: input.event, state: input.state, reasons } });
  if (!transition) return refuse([`不能执行：当前状态下没有操作"${input.event}"`]);
  if (!transition.schedule) return refuse([`不能${transition.label}：该操作没有计划时间，只能由人执行`]);
  const env = { definition, actor: { id: 'system', roles: [] }, facts: input.facts ?? {} };
  const checks = [{ type: 'onOrAfter', params: transition.schedule } as const, ...transition.guards.filter((guard) => guardRefusalCode(guard.type) !== 'FORBIDDEN')];
  // A date guard that says what the schedule says gives the same reason: say it once.
  const reasons = [
    ...new Set(
      checks.flatMap((guard) => {
        const outcome = checkGuard(guard, env);
        return outcome.ok ? [] : [`不能${transition.label}：${outcome.reason}`];
      }),
    ),
  ];
  if (reasons.length > 0) return refuse(reasons);
  const to = resolveEntryIn(definition.states, transition.to);
  return {
    ok: true,
    transition: {
      definitionKey: definition.key,
      definitionVersion: definition.version,
      event: input.event,
      label: transition.label,
      from: input.state,
      to,
      final: definition.states[to].final,
      effects: structuredClone(transition.effects),
    },
  };
}

export class WorkflowRefusalError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reasons.join('；'));
    this.name = 'WorkflowRefusalError';
  }

  get code(): RefusalCode {
    return this.refusal.code;
  }
}

/** applyEvent for callers that prefer exceptions. */
export function applyEventOrThrow(definition: WorkflowDefinition, input: EventInput): TransitionResult {
  const result = applyEvent(definition, input);
  if (!result.ok) throw new WorkflowRefusalError(result.refusal);
  return result.transition;
}

function evaluate(definition: WorkflowDefinition, input: EventInput, commentToBeAsked = false): Evaluation {
  const current = getState(definition, input.state);
  const { event, actor } = input;
  const transition = findTransition(definition, input.state, event);

  if (!transition) {
    const known = definition.transitions.find((t) => t.event === event);
    const label = known?.label ?? event;
    const reason = known ? `不能${label}：当前状态"${current.label}"下不可执行此操作` : `不能执行：未知的操作"${event}"`;
    return {
      status: refused(known ?? { label, needsComment: false, checksEvidence: false }, event, false, 'TRANSITION_NOT_ALLOWED', [reason]),
    };
  }

  const { label } = transition;
  if (!transition.roles.some((role) => actor.roles.includes(role))) {
    const who = joinOr(transition.roles.map((role) => labelOf(definition.roles, role)));
    return {
      status: refused(transition, event, true, 'FORBIDDEN', [`角色不允许：只有${who}可以执行"${label}"`]),
      transition,
    };
  }

  const env = { definition, actor, facts: input.facts ?? {} };
  const asked = commentToBeAsked && transition.needsComment;
  const failures = transition.guards.flatMap((guard) => {
    if (asked && guard.type === 'commentRequired') return [];
    const outcome = checkGuard(guard, env);
    return outcome.ok ? [] : [{ code: guardRefusalCode(guard.type), reason: `不能${label}：${outcome.reason}` }];
  });
  // Who-may-act failures win: there is no point listing what is missing to someone who may not act.
  const forbidden = failures.filter((failure) => failure.code === 'FORBIDDEN');
  if (forbidden.length > 0) {
    return {
      status: refused(
        transition,
        event,
        true,
        'FORBIDDEN',
        forbidden.map((f) => f.reason),
      ),
      transition,
    };
  }
  if (failures.length > 0) {
    return {
      status: refused(
        transition,
        event,
        true,
        'TRANSITION_NOT_ALLOWED',
        failures.map((f) => f.reason),
      ),
      transition,
    };
  }
  const to = resolveEntryIn(definition.states, transition.to);
  return {
    status: { event, ...vocabulary(transition), allowed: true, available: true, to },
    transition,
  };
}

type Vocabulary = Pick<TransitionDefinition, 'label' | 'needsComment' | 'confirm' | 'checksEvidence'>;

/** What the UI needs to ask before firing: the label, a comment box, a confirmation, the evidence check. */
function vocabulary(transition: Vocabulary): Pick<EventStatus, 'label' | 'needsComment' | 'confirm' | 'checksEvidence'> {
  return {
    label: transition.label,
    needsComment: transition.needsComment,
    ...(transition.confirm !== undefined ? { confirm: transition.confirm } : {}),
    checksEvidence: transition.checksEvidence,
  };
}

function refused(transition: Vocabulary, event: string, available: boolean, code: RefusalCode, reasons: readonly string[]): EventStatus {
  return { event, ...vocabulary(transition), allowed: false, available, code, reasons };
}
