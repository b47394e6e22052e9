import { compileEffects, compileGuards, compileSchedule } from './compile-calls';
import type { Issue } from './issues';
import { joinList } from './labels';
import type { ParamContext } from './params';
import type { RawTransition } from './schema';
import { lookup, unknownState } from './state-references';
import type { StateTree } from './state-tree';
import type { PathSegment, TransitionDefinition } from './types';

// One transition: its states exist and are not final, one transition per state and event, its
// roles are declared, its comment rule is not contradicted; then its guards, effects and schedule.

export interface TransitionChecks {
  readonly tree: StateTree;
  /** What parameters may refer to; `roles` are the definition's (built-in and declared). */
  readonly ctx: ParamContext;
  /** Where each `state \0 event` was first given a transition, to report duplicates. */
  readonly seen: Map<string, number>;
  readonly issues: Issue[];
}

export function compileTransition(t: RawTransition, index: number, { tree, ctx, seen, issues }: TransitionChecks): TransitionDefinition {
  const roles = ctx.roles;
  const base: PathSegment[] = ['transitions', index];
  const from = typeof t.from === 'string' ? [t.from] : [...t.from];
  const fromPath = (k: number): PathSegment[] => (typeof t.from === 'string' ? [...base, 'from'] : [...base, 'from', k]);

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
  if (t.needsComment === true && !commented) guards.push({ type: 'commentRequired', params: { minLength: 1 } });

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
}
