import type { CallSpec } from './call-registry';
import { joinList } from './labels';
import type { ParamError } from './params';
import type { Actor, Facts, PathSegment, RefusalCode, WorkflowDefinition } from './types';

// What every built-in guard is: it parses (and normalises) its YAML parameters once, at load
// time, and checks caller-supplied facts at run time. Reasons are Chinese, without the
// "不能提交：" prefix, which the evaluator adds with the transition's label.

export interface GuardEnv {
  readonly definition: WorkflowDefinition;
  readonly actor: Actor;
  readonly facts: Facts;
}

export type GuardOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface GuardSpec<P> extends CallSpec<P> {
  /** Guards about who acts refuse as FORBIDDEN; the rest as TRANSITION_NOT_ALLOWED. */
  readonly refusal: RefusalCode;
  check(params: P, env: GuardEnv): GuardOutcome;
}

export const PASS: GuardOutcome = { ok: true };

export function refuse(reason: string): GuardOutcome {
  return { ok: false, reason };
}

/** Errors of a nested value (a list under `requirements`), placed under its key. */
export function nest(prefix: readonly PathSegment[], errors: readonly ParamError[]): ParamError[] {
  return errors.map((error) => ({ path: [...prefix, ...error.path], message: error.message }));
}

// Long lists of codes would swamp a button tooltip.
const MAX_LISTED = 5;
export function listCodes(codes: readonly string[]): string {
  if (codes.length <= MAX_LISTED) return joinList(codes);
  return `${joinList(codes.slice(0, MAX_LISTED))} 等 ${codes.length} 项`;
}
