import type { Issue } from './issues';
import type { RawState } from './schema';
import type { PathSegment, StateDefinition } from './types';

// The states of a definition, flattened by dotted path: one initial state per level, final states
// without children or flags that a final state cannot have, flags inherited from the parent.

export interface StateTree {
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

export function collectStates(root: Readonly<Record<string, RawState>>, issues: Issue[]): StateTree {
  const states: Record<string, StateDefinition> = {};
  const yamlPaths = new Map<string, PathSegment[]>();
  const declared = { evidenceEditable: false, reviewQueue: false, expertScoring: false };

  const visit = (map: Readonly<Record<string, RawState>>, parent: StateDefinition | undefined, yamlPath: PathSegment[]): string | undefined => {
    const entries = Object.entries(map);
    const initials = entries.filter(([, state]) => state.initial === true).map(([key]) => key);
    if (initials.length === 0) {
      issues.push({
        path: yamlPath,
        anchor: 'key',
        code: 'NO_INITIAL_STATE',
        message: parent ? `复合状态"${parent.label}"没有初始子状态：请将一个子状态标记为 initial: true` : '没有初始状态：请将一个顶层状态标记为 initial: true',
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
    return initials.length === 1 ? (parent ? `${parent.path}.${initials[0]}` : initials[0]) : undefined;
  };

  const initial = visit(root, undefined, ['states']);
  return { states, yamlPaths, initial, declared };
}
