import type { Issue } from './issues';
import { joinList } from './labels';
import { resolveEntryIn, ancestry } from './states';
import type { StateTree } from './state-tree';
import type { PathSegment, StateDefinition, TransitionDefinition } from './types';

// References to states: a state a transition names must exist, and every state must be reachable
// from the initial one.

// Own keys only: a state named like an Object.prototype member must not resolve by accident.
export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function unknownState(path: string, at: PathSegment[], states: Readonly<Record<string, StateDefinition>>): Issue {
  // A bare sub-state name is the usual slip: suggest its full path.
  const last = path.split('.').pop() ?? path;
  const candidates = Object.keys(states).filter((candidate) => candidate.split('.').pop() === last);
  const hint = candidates.length > 0 ? `，是否指 ${joinList(candidates)}？` : '';
  return { path: at, code: 'UNKNOWN_STATE', message: `未知的状态"${path}"${hint}` };
}

export function unreachable(tree: StateTree, initial: string, transitions: readonly TransitionDefinition[]): Issue[] {
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
