import { EFFECT_NAMES, isEffectName, parseEffect } from './effects';
import { GUARD_NAMES, guardRegistry, isGuardName, parseGuard } from './guards';
import type { Issue } from './issues';
import { joinList } from './labels';
import { isRecord, type ParamContext, type ParamError, type ParamResult } from './params';
import type { DayParams, EffectCall, GuardCall, PathSegment } from './types';

// A transition's guards, effects and schedule: each entry names a registered guard or effect,
// with parameters its parser accepts.

interface CallEntry {
  readonly name: string;
  readonly raw: unknown;
  /** Where the parameters are written (the entry itself for a bare name). */
  readonly valuePath: PathSegment[];
}

/** `commentRequired` or `{ roleIs: [expert] }` → name and raw parameters. */
function splitCall(entry: unknown, path: PathSegment[]): CallEntry | undefined {
  if (typeof entry === 'string') return { name: entry, raw: undefined, valuePath: path };
  if (isRecord(entry)) {
    const keys = Object.keys(entry);
    if (keys.length === 1) return { name: keys[0], raw: entry[keys[0]], valuePath: [...path, keys[0]] };
  }
  return undefined;
}

/** How guards and effects differ when compiled: their registry and their wording. */
interface CallKind {
  /** 守卫 or 动作, in messages. */
  label: string;
  shapeMessage: string;
  unknownCode: 'UNKNOWN_GUARD' | 'UNKNOWN_EFFECT';
  paramsCode: 'INVALID_GUARD_PARAMS' | 'INVALID_EFFECT_PARAMS';
  names: readonly string[];
  isName(name: string): boolean;
  /** The registry's parser: it pairs each name with its own parameter type, which TS cannot see for a union name. */
  parse(name: never, raw: unknown, ctx: ParamContext): ParamResult<unknown>;
}

/** Guards or effects: their registry, with their name in messages and their error codes. */
function callKind(label: string, kind: 'GUARD' | 'EFFECT', shapeMessage: string, registry: Pick<CallKind, 'names' | 'isName' | 'parse'>): CallKind {
  return { label, shapeMessage, unknownCode: `UNKNOWN_${kind}`, paramsCode: `INVALID_${kind}_PARAMS`, ...registry };
}

function paramIssues(kind: CallKind, errors: readonly ParamError[], entry: CallEntry): Issue[] {
  return errors.map((error) => ({
    path: [...entry.valuePath, ...error.path],
    code: kind.paramsCode,
    message: `${kind.label} ${entry.name} 的参数有误：${error.message}`,
  }));
}

function compileCalls<Call>(kind: CallKind, list: readonly unknown[], base: PathSegment[], ctx: ParamContext, issues: Issue[]): Call[] {
  const calls: Call[] = [];
  list.forEach((item, k) => {
    const path = [...base, k];
    const entry = splitCall(item, path);
    if (!entry) {
      issues.push({ path, code: 'SCHEMA_VIOLATION', message: kind.shapeMessage });
    } else if (!kind.isName(entry.name)) {
      issues.push({
        path,
        code: kind.unknownCode,
        message: `未知的${kind.label}"${entry.name}"，可用：${joinList(kind.names)}`,
      });
    } else {
      const parsed = kind.parse(entry.name as never, entry.raw, ctx);
      if (parsed.ok) calls.push(parsed.params as Call);
      else issues.push(...paramIssues(kind, parsed.errors, entry));
    }
  });
  return calls;
}

const GUARD_CALLS = callKind('守卫', 'GUARD', '守卫应写成名称（如 commentRequired）或“名称: 参数”（如 roleIs: [expert]）', {
  names: GUARD_NAMES,
  isName: isGuardName,
  parse: parseGuard,
});

const EFFECT_CALLS = callKind('动作', 'EFFECT', '动作应写成“名称: 参数”（如 notify: { roles: [liaison] }）', {
  names: EFFECT_NAMES,
  isName: isEffectName,
  parse: parseEffect,
});

export function compileGuards(list: readonly unknown[], base: PathSegment[], ctx: ParamContext, issues: Issue[]): GuardCall[] {
  return compileCalls<GuardCall>(GUARD_CALLS, list, base, ctx, issues);
}

export function compileEffects(list: readonly unknown[], base: PathSegment[], ctx: ParamContext, issues: Issue[]): EffectCall[] {
  return compileCalls<EffectCall>(EFFECT_CALLS, list, base, ctx, issues);
}

/** A transition's `schedule`: a day written as onOrAfter's (a date, or a phase's start or end). */
export function compileSchedule(raw: unknown, path: PathSegment[], ctx: ParamContext, issues: Issue[]): DayParams | undefined {
  const parsed = guardRegistry.onOrAfter.parse(raw, ctx);
  if (parsed.ok) return parsed.params;
  for (const error of parsed.errors) {
    issues.push({ path: [...path, ...error.path], code: 'INVALID_SCHEDULE', message: `schedule 有误：${error.message}` });
  }
  return undefined;
}
