import type { EffectCall } from './effect-params';
import type { Facts } from './facts';

// What the evaluator is asked (state, actor, facts, event) and what it answers (the events with
// their refusals, a transition's result).

export interface Actor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly departmentId?: string;
}

/** FORBIDDEN: the actor may not do this at all; TRANSITION_NOT_ALLOWED: not now / not yet. */
export type RefusalCode = 'FORBIDDEN' | 'TRANSITION_NOT_ALLOWED';

export interface EvaluationInput {
  /** Current state path, e.g. `creation.evidence`. */
  readonly state: string;
  readonly actor: Actor;
  readonly facts?: Facts;
}

export interface EventInput extends EvaluationInput {
  readonly event: string;
}

export interface AllowedEvent {
  readonly event: string;
  readonly label: string;
  readonly needsComment: boolean;
  readonly confirm?: string;
  readonly checksEvidence: boolean;
  readonly allowed: true;
  /** A transition for this event exists from the current state. */
  readonly available: true;
  /** Resolved target (a leaf state path). */
  readonly to: string;
}

export interface RefusedEvent {
  readonly event: string;
  readonly label: string;
  readonly needsComment: boolean;
  readonly confirm?: string;
  readonly checksEvidence: boolean;
  readonly allowed: false;
  readonly available: boolean;
  readonly code: RefusalCode;
  /** Chinese, for the UI, e.g. `不能提交：1-2 尚无佐证材料`. */
  readonly reasons: readonly string[];
}

export type EventStatus = AllowedEvent | RefusedEvent;

export interface TransitionResult {
  readonly definitionKey: string;
  readonly definitionVersion: number;
  readonly event: string;
  readonly label: string;
  readonly from: string;
  /** Resolved leaf state path. */
  readonly to: string;
  readonly final: boolean;
  readonly effects: readonly EffectCall[];
}

export interface Refusal {
  readonly code: RefusalCode;
  readonly event: string;
  readonly state: string;
  readonly reasons: readonly string[];
}

export type ApplyResult = { readonly ok: true; readonly transition: TransitionResult } | { readonly ok: false; readonly refusal: Refusal };
