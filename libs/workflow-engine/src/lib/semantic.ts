import { EFFECT_NAMES, isEffectName, parseEffect } from './effects';
import { GUARD_NAMES, guardRegistry, isGuardName, parseGuard } from './guards';
import type { Issue } from './issues';
import { BUILTIN_ROLE_LABELS, joinList } from './labels';
import { isRecord, type ParamContext, type ParamError } from './params';
import type { RawDefinition, RawState } from './schema';
import { ancestry, resolveEntryIn } from './states';
import type {
  DayParams,
  DefinitionErrorCode,
  EffectCall,
  EffectName,
  GuardCall,
  GuardName,
  PathSegment,
  PhaseDefinition,
  StateDefinition,
  TransitionDefinition,
  WorkflowDefinition,
} from './types';

// Checks what a JSON Schema cannot: references between states and transitions, one initial
// state per level, reachability, and guard/effect names and parameters. Runs on data that
// already passed the schema, and builds the compiled definition when everything holds.

export interface CompileMeta {
  readonly file: string;
  readonly checksum: string;
}

export type CompileResult =
  | { readonly ok: true; readonly definition: WorkflowDefinition }
  | { readonly ok: false; readonly issues: readonly Issue[] };

// Reachability is meaningless while references are broken; those errors come first.
const BLOCKS_REACHABILITY: ReadonlySet<DefinitionErrorCode> = new Set<DefinitionErrorCode>([
  'UNKNOWN_STATE',
  'NO_INITIAL_STATE',
  'MULTIPLE_INITIAL_STATES',
  'INVALID_FINAL_STATE',
]);

export function compileDefinition(raw: RawDefinition, meta: CompileMeta): CompileResult {
  const issues: Issue[] = [];
  const tree = collectStates(raw.states, issues);
  const declared = Object.entries(raw.roles ?? {});
  const roles: Record<string, string> = {
    ...BUILTIN_ROLE_LABELS,
    ...Object.fromEntries(declared.map(([role, value]) => [role, typeof value === 'string' ? value : value.label])),
  };
  const roleViews: Record<string, readonly string[]> = Object.fromEntries(
    declared.map(([role, value]) => [role, typeof value === 'string' ? [] : [...(value.views ?? [])]]),
  );
  const phases: Record<string, PhaseDefinition> = { ...(raw.phases ?? {}) };
  const documents = { ...(raw.documents ?? {}) };
  const forms = { ...(raw.forms ?? {}) };
  const outcomes = { ...(raw.outcomes ?? {}) };
  const ctx: ParamContext = { roles, phases, documents, forms, outcomes };

  for (const [path, state] of Object.entries(tree.states)) {
    if (state.objectionsDuring !== undefined && !Object.hasOwn(phases, state.objectionsDuring)) {
      issues.push({
        path: [...(tree.yamlPaths.get(path) ?? ['states', path]), 'objectionsDuring'],
        anchor: 'key',
        code: 'INVALID_STATE_FLAG',
        message: `状态"${state.label}"的 objectionsDuring 引用了未声明的阶段"${state.objectionsDuring}"（请在 phases 中声明）`,
      });
    }
  }

  // Only participants come in batches whose earlier participants are counted (earlierParticipants).
  if (raw.family !== undefined && raw.entityType !== 'participant') {
    issues.push({
      path: ['family'],
      code: 'INVALID_FAMILY',
      message: `family 只用于参与单位流程（entityType: participant），以便后一批次计入此前批次的参与单位；${raw.entityType} 流程请删去 family`,
    });
  }

  const seen = new Map<string, number>();
  const transitions: TransitionDefinition[] = raw.transitions.map((t, index) => {
    const base: PathSegment[] = ['transitions', index];
    const from = typeof t.from === 'string' ? [t.from] : [...t.from];
    const fromPath = (k: number): PathSegment[] =>
      typeof t.from === 'string' ? [...base, 'from'] : [...base, 'from', k];

    from.forEach((path, k) => {
      const state = lookup(tree.states, path);
      if (!state) {
        issues.push(unknownState(path, fromPath(k), tree.states));
        return;
      }
      if (state.final) {
        issues.push({
          path: fromPath(k),
          code: 'TRANSITION_FROM_FINAL',
          message: `"${state.label}"是终止状态，不能再有迁移离开（事件"${t.event}"）`,
        });
      }
      const id = `${path}\u0000${t.event}`;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, index);
      } else {
        issues.push({
          path: fromPath(k),
          code: 'DUPLICATE_TRANSITION',
          message: `状态"${state.label}"上的事件"${t.event}"已在 transitions[${first}] 中定义，同一状态的同一事件只能有一条迁移`,
        });
      }
    });
    if (!lookup(tree.states, t.to)) issues.push(unknownState(t.to, [...base, 'to'], tree.states));

    t.roles.forEach((role, k) => {
      if (!Object.hasOwn(roles, role)) {
        issues.push({
          path: [...base, 'roles', k],
          code: 'UNKNOWN_ROLE',
          message: `未知的角色"${role}"，可用：${joinList(Object.keys(roles))}（新角色请在 roles 中声明）`,
        });
      }
    });

    const guards = compileGuards(t.guards ?? [], [...base, 'guards'], ctx, issues);
    const commented = guards.some((guard) => guard.type === 'commentRequired');
    if (t.needsComment === false && commented) {
      issues.push({
        path: [...base, 'needsComment'],
        code: 'CONFLICTING_COMMENT_RULE',
        message: `事件"${t.event}"声明 needsComment: false，却有 commentRequired 守卫：请删去其一`,
      });
    }
    // needsComment: true is the declarative spelling of the guard; the guard is what refuses.
    if (t.needsComment === true && !commented)
      guards.push({ type: 'commentRequired', params: { minLength: 1 } });

    const schedule = t.schedule === undefined ? undefined : compileSchedule(t.schedule, [...base, 'schedule'], ctx, issues);
    return {
      index,
      event: t.event,
      label: t.label,
      ...(t.description !== undefined ? { description: t.description } : {}),
      from,
      to: t.to,
      roles: [...t.roles],
      needsComment: t.needsComment === true || commented,
      ...(t.confirm !== undefined ? { confirm: t.confirm } : {}),
      // Undeclared: a transition that asks for evidence is the one to check it before (as stored
      // definitions written before the flag existed, such as task v1, expect).
      checksEvidence: t.checksEvidence ?? guards.some((guard) => guard.type === 'hasEvidence'),
      guards,
      effects: compileEffects(t.effects ?? [], [...base, 'effects'], ctx, issues),
      ...(schedule ? { schedule } : {}),
    };
  });

  if (!issues.some((issue) => BLOCKS_REACHABILITY.has(issue.code)) && tree.initial) {
    issues.push(...unreachable(tree, tree.initial, transitions));
  }
  if (issues.length > 0 || !tree.initial) return { ok: false, issues };

  return {
    ok: true,
    definition: {
      key: raw.key,
      ...(raw.family !== undefined ? { family: raw.family } : {}),
      version: raw.version,
      entityType: raw.entityType,
      name: raw.name,
      ...(raw.description !== undefined ? { description: raw.description } : {}),
      file: meta.file,
      checksum: meta.checksum,
      roles,
      roleViews,
      phases,
      documents,
      forms,
      outcomes,
      states: inferStateFlags(tree, tree.initial, transitions),
      initial: tree.initial,
      transitions,
    },
  };
}

// Own keys only: a state named like an Object.prototype member must not resolve by accident.
function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

interface StateTree {
  readonly states: Record<string, StateDefinition>;
  /** Where each state is written, for error positions. */
  readonly yamlPaths: Map<string, PathSegment[]>;
  readonly initial: string | undefined;
  /** Which state flags some state of the definition declares (the others are inferred). */
  readonly declared: { evidenceEditable: boolean; reviewQueue: boolean; expertScoring: boolean };
}

const STATE_FLAGS = ['evidenceEditable', 'reviewQueue', 'expertScoring'] as const;
const FINAL_FLAG_REASONS: Record<(typeof STATE_FLAGS)[number], string> = {
  evidenceEditable: '已结束的对象不能再修改佐证材料',
  reviewQueue: '已结束的对象不再等待审核',
  expertScoring: '已结束的创建工作不再评分',
};

function collectStates(root: Readonly<Record<string, RawState>>, issues: Issue[]): StateTree {
  const states: Record<string, StateDefinition> = {};
  const yamlPaths = new Map<string, PathSegment[]>();
  const declared = { evidenceEditable: false, reviewQueue: false, expertScoring: false };

  const visit = (
    map: Readonly<Record<string, RawState>>,
    parent: StateDefinition | undefined,
    yamlPath: PathSegment[],
  ): string | undefined => {
    const entries = Object.entries(map);
    const initials = entries.filter(([, state]) => state.initial === true).map(([key]) => key);
    if (initials.length === 0) {
      issues.push({
        path: yamlPath,
        anchor: 'key',
        code: 'NO_INITIAL_STATE',
        message: parent
          ? `复合状态"${parent.label}"没有初始子状态：请将一个子状态标记为 initial: true`
          : '没有初始状态：请将一个顶层状态标记为 initial: true',
      });
    }
    for (const extra of initials.slice(1)) {
      issues.push({
        path: [...yamlPath, extra, 'initial'],
        anchor: 'key',
        code: 'MULTIPLE_INITIAL_STATES',
        message: `同一层只能有一个初始状态，"${map[initials[0]].label}"已是初始状态`,
      });
    }
    for (const [key, raw] of entries) {
      const path = parent ? `${parent.path}.${key}` : key;
      const here = [...yamlPath, key];
      const state: StateDefinition = {
        path,
        key,
        label: raw.label,
        ...(raw.description !== undefined ? { description: raw.description } : {}),
        ...(parent ? { parent: parent.path } : {}),
        children: Object.keys(raw.states ?? {}).map((child) => `${path}.${child}`),
        initial: raw.initial === true,
        final: raw.final === true,
        // Children inherit their parent's flags unless they say otherwise.
        evidenceEditable: raw.evidenceEditable ?? parent?.evidenceEditable ?? false,
        reviewQueue: raw.reviewQueue ?? parent?.reviewQueue ?? false,
        expertScoring: raw.expertScoring ?? parent?.expertScoring ?? false,
        ...(raw.objectionsDuring !== undefined || parent?.objectionsDuring !== undefined ? { objectionsDuring: raw.objectionsDuring ?? parent?.objectionsDuring } : {}),
        ...(raw.publicList !== undefined ? { publicList: raw.publicList } : {}),
      };
      states[path] = state;
      yamlPaths.set(path, here);
      for (const flag of STATE_FLAGS) {
        if (raw[flag] === undefined) continue;
        declared[flag] = true;
        if (raw.final === true && raw[flag] === true) {
          issues.push({
            path: [...here, flag],
            anchor: 'key',
            code: 'INVALID_STATE_FLAG',
            message: `终止状态"${raw.label}"不能声明 ${flag}: true（${FINAL_FLAG_REASONS[flag]}）`,
          });
        }
      }
      if (state.evidenceEditable && state.reviewQueue) {
        issues.push({
          path: [...here, raw.reviewQueue !== undefined ? 'reviewQueue' : 'evidenceEditable'],
          anchor: 'key',
          code: 'INVALID_STATE_FLAG',
          message: `状态"${raw.label}"不能既等待审核（reviewQueue）又允许修改佐证材料（evidenceEditable）`,
        });
      }
      if (raw.final === true && raw.states) {
        issues.push({
          path: [...here, 'final'],
          anchor: 'key',
          code: 'INVALID_FINAL_STATE',
          message: `终止状态"${raw.label}"不能有子状态`,
        });
      }
      if (raw.states) visit(raw.states, state, [...here, 'states']);
    }
    return initials.length === 1
      ? parent
        ? `${parent.path}.${initials[0]}`
        : initials[0]
      : undefined;
  };

  const initial = visit(root, undefined, ['states']);
  return { states, yamlPaths, initial, declared };
}

/**
 * A definition that declares neither flag (every definition before they existed) gets them
 * from its `hasEvidence` guards, which already say where evidence is gathered and submitted:
 * evidence is editable in the initial state and wherever a transition guarded by hasEvidence
 * leaves from; its targets are "submitted for review". Declared flags are never overridden.
 */
function inferStateFlags(
  tree: StateTree,
  initial: string,
  transitions: readonly TransitionDefinition[],
): Record<string, StateDefinition> {
  return inferExpertScoring({ ...tree, states: inferEvidenceFlags(tree, initial, transitions) }, transitions);
}

/**
 * A definition that declares no expertScoring state (every definition before it existed) gets it
 * from its `snapshotScores: { source: expert }` effects: experts score in the states those
 * transitions leave (认定 → 已认定 snapshots the experts' scores), and their sub-states.
 */
function inferExpertScoring(tree: StateTree, transitions: readonly TransitionDefinition[]): Record<string, StateDefinition> {
  if (tree.declared.expertScoring) return tree.states;
  const from = new Set(
    transitions
      .filter((t) => t.effects.some((effect) => effect.type === 'snapshotScores' && effect.params.source === 'expert'))
      .flatMap((t) => t.from),
  );
  if (from.size === 0) return tree.states;
  const states: Record<string, StateDefinition> = {};
  for (const [path, state] of Object.entries(tree.states)) {
    states[path] = { ...state, expertScoring: !state.final && ancestry(path).some((p) => from.has(p)) };
  }
  return states;
}

function inferEvidenceFlags(
  tree: StateTree,
  initial: string,
  transitions: readonly TransitionDefinition[],
): Record<string, StateDefinition> {
  const submissions = transitions.filter((t) =>
    t.guards.some((guard) => guard.type === 'hasEvidence'),
  );
  if (submissions.length === 0) return tree.states;
  const inferEditable = !tree.declared.evidenceEditable;
  const inferReview = !tree.declared.reviewQueue;
  if (!inferEditable && !inferReview) return tree.states;
  const editable = new Set([
    resolveEntryIn(tree.states, initial),
    ...submissions.flatMap((t) => t.from),
  ]);
  const review = new Set(submissions.map((t) => resolveEntryIn(tree.states, t.to)));
  const states: Record<string, StateDefinition> = {};
  for (const [path, state] of Object.entries(tree.states)) {
    const active = ancestry(path);
    const isEditable = inferEditable
      ? !state.final && active.some((p) => editable.has(p))
      : state.evidenceEditable;
    const isReview = inferReview
      ? !state.final && active.some((p) => review.has(p))
      : state.reviewQueue;
    states[path] = {
      ...state,
      evidenceEditable: inferEditable ? isEditable && !isReview : state.evidenceEditable,
      reviewQueue: inferReview
        ? isReview && !(state.evidenceEditable && !inferEditable)
        : state.reviewQueue,
    };
  }
  return states;
}

function unknownState(
  path: string,
  at: PathSegment[],
  states: Readonly<Record<string, StateDefinition>>,
): Issue {
  // A bare sub-state name is the usual slip: suggest its full path.
  const last = path.split('.').pop() ?? path;
  const candidates = Object.keys(states).filter((candidate) => candidate.split('.').pop() === last);
  const hint = candidates.length > 0 ? `，是否指 ${joinList(candidates)}？` : '';
  return { path: at, code: 'UNKNOWN_STATE', message: `未知的状态"${path}"${hint}` };
}

function unreachable(
  tree: StateTree,
  initial: string,
  transitions: readonly TransitionDefinition[],
): Issue[] {
  const reached = new Set<string>();
  const queue: string[] = [];
  const enter = (path: string): void => {
    if (!lookup(tree.states, path)) return;
    const leaf = resolveEntryIn(tree.states, path);
    if (reached.has(leaf)) return;
    for (const active of ancestry(leaf)) reached.add(active);
    queue.push(leaf);
  };
  enter(initial);
  for (let leaf = queue.shift(); leaf !== undefined; leaf = queue.shift()) {
    const active = ancestry(leaf);
    for (const transition of transitions) {
      if (transition.from.some((from) => active.includes(from))) enter(transition.to);
    }
  }
  // Report only the outermost unreachable state, not each of its children again.
  return Object.values(tree.states)
    .filter((state) => !reached.has(state.path) && (!state.parent || reached.has(state.parent)))
    .map((state) => ({
      path: tree.yamlPaths.get(state.path) ?? ['states'],
      anchor: 'key' as const,
      code: 'UNREACHABLE_STATE' as const,
      message: `从初始状态无法到达状态"${state.label}"（${state.path}）`,
    }));
}

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
    if (keys.length === 1)
      return { name: keys[0], raw: entry[keys[0]], valuePath: [...path, keys[0]] };
  }
  return undefined;
}

function paramIssues(
  errors: readonly ParamError[],
  entry: CallEntry,
  code: 'INVALID_GUARD_PARAMS' | 'INVALID_EFFECT_PARAMS',
): Issue[] {
  const kind = code === 'INVALID_GUARD_PARAMS' ? '守卫' : '动作';
  return errors.map((error) => ({
    path: [...entry.valuePath, ...error.path],
    code,
    message: `${kind} ${entry.name} 的参数有误：${error.message}`,
  }));
}

/** How guards and effects differ when compiled: their names, parser and wording. */
interface CallKind<Call> {
  isName(name: string): boolean;
  names: readonly string[];
  parse(
    name: string,
    raw: unknown,
    ctx: ParamContext,
  ): { ok: true; params: unknown } | { ok: false; errors: Parameters<typeof paramIssues>[0] };
  shapeMessage: string;
  unknownCode: 'UNKNOWN_GUARD' | 'UNKNOWN_EFFECT';
  unknownLabel: string;
  paramsCode: 'INVALID_GUARD_PARAMS' | 'INVALID_EFFECT_PARAMS';
  /** The parser pairs each name with its own parameter type; TS cannot see that for a union name. */
  cast(params: unknown): Call;
}

function compileCalls<Call>(
  kind: CallKind<Call>,
  list: readonly unknown[],
  base: PathSegment[],
  ctx: ParamContext,
  issues: Issue[],
): Call[] {
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
        message: `未知的${kind.unknownLabel}"${entry.name}"，可用：${joinList(kind.names)}`,
      });
    } else {
      const parsed = kind.parse(entry.name, entry.raw, ctx);
      if (parsed.ok) calls.push(kind.cast(parsed.params));
      else issues.push(...paramIssues(parsed.errors, entry, kind.paramsCode));
    }
  });
  return calls;
}

const GUARD_CALLS: CallKind<GuardCall> = {
  isName: isGuardName,
  names: GUARD_NAMES,
  parse: (name, raw, ctx) => parseGuard(name as GuardName, raw, ctx),
  shapeMessage: '守卫应写成名称（如 commentRequired）或“名称: 参数”（如 roleIs: [expert]）',
  unknownCode: 'UNKNOWN_GUARD',
  unknownLabel: '守卫',
  paramsCode: 'INVALID_GUARD_PARAMS',
  cast: (params) => params as GuardCall,
};

const EFFECT_CALLS: CallKind<EffectCall> = {
  isName: isEffectName,
  names: EFFECT_NAMES,
  parse: (name, raw, ctx) => parseEffect(name as EffectName, raw, ctx),
  shapeMessage: '动作应写成“名称: 参数”（如 notify: { roles: [liaison] }）',
  unknownCode: 'UNKNOWN_EFFECT',
  unknownLabel: '动作',
  paramsCode: 'INVALID_EFFECT_PARAMS',
  cast: (params) => params as EffectCall,
};

const compileGuards = (
  list: readonly unknown[],
  base: PathSegment[],
  ctx: ParamContext,
  issues: Issue[],
): GuardCall[] => compileCalls(GUARD_CALLS, list, base, ctx, issues);

const compileEffects = (
  list: readonly unknown[],
  base: PathSegment[],
  ctx: ParamContext,
  issues: Issue[],
): EffectCall[] => compileCalls(EFFECT_CALLS, list, base, ctx, issues);

/** A transition's `schedule`: a day written as onOrAfter's (a date, or a phase's start or end). */
function compileSchedule(raw: unknown, path: PathSegment[], ctx: ParamContext, issues: Issue[]): DayParams | undefined {
  const parsed = guardRegistry.onOrAfter.parse(raw, ctx);
  if (parsed.ok) return parsed.params;
  for (const error of parsed.errors) {
    issues.push({ path: [...path, ...error.path], code: 'INVALID_SCHEDULE', message: `schedule 有误：${error.message}` });
  }
  return undefined;
}
