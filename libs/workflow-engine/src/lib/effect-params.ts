import type { PhaseBoundary } from './guard-params';

// Effect parameters: what a transition asks the caller to do after it (the engine only validates
// and returns them); an effect call is its name with these parameters.

export interface NotifyParams {
  readonly roles?: readonly string[];
  /** `owner`: the department that owns the entity (facts.ownerDepartmentId). */
  readonly department?: 'owner';
}
export type SetDueDateParams = { readonly days: number } | { readonly phase: string; readonly at: PhaseBoundary };
export type ScoreSource = 'self' | 'expert';
export interface SnapshotScoresParams {
  readonly source: ScoreSource;
}

/** Records the subject's outcome (a participant's 推荐 / 命名 …), a key of the definition's `outcomes`. */
export interface SetOutcomeParams {
  readonly outcome: string;
}

export interface EffectParamsMap {
  notify: NotifyParams;
  setDueDate: SetDueDateParams;
  snapshotScores: SnapshotScoresParams;
  setOutcome: SetOutcomeParams;
}
export type EffectName = keyof EffectParamsMap;
export interface EffectCallOf<K extends EffectName> {
  readonly type: K;
  readonly params: EffectParamsMap[K];
}
/** An effect to run after a transition; switch on `type` to get typed `params`. */
export type EffectCall = { [K in EffectName]: EffectCallOf<K> }[EffectName];
