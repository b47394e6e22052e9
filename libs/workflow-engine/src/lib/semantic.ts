import type { Issue } from './issues';
import { BUILTIN_ROLE_LABELS } from './labels';
import type { ParamContext } from './params';
import type { RawDefinition } from './schema';
import { inferStateFlags } from './state-flag-inference';
import { unreachable } from './state-references';
import { collectStates } from './state-tree';
import { compileTransition } from './transition-checks';
import type { DefinitionErrorCode, PhaseDefinition, WorkflowDefinition } from './types';

// Checks what a JSON Schema cannot: references between states and transitions, one initial
// state per level, reachability, and guard/effect names and parameters. Runs on data that
// already passed the schema, and builds the compiled definition when everything holds. Each
// family of checks has its file: the state tree, state references, transitions, guard and effect
// calls; the flags a definition leaves out are inferred after.

export interface CompileMeta {
  readonly file: string;
  readonly checksum: string;
}

export type CompileResult = { readonly ok: true; readonly definition: WorkflowDefinition } | { readonly ok: false; readonly issues: readonly Issue[] };

// Reachability is meaningless while references are broken; those errors come first.
const BLOCKS_REACHABILITY: ReadonlySet<DefinitionErrorCode> = new Set<DefinitionErrorCode>(['UNKNOWN_STATE', 'NO_INITIAL_STATE', 'MULTIPLE_INITIAL_STATES', 'INVALID_FINAL_STATE']);

export function compileDefinition(raw: RawDefinition, meta: CompileMeta): CompileResult {
  const issues: Issue[] = [];
  const tree = collectStates(raw.states, issues);
  const declared = Object.entries(raw.roles ?? {});
  const roles: Record<string, string> = {
    ...BUILTIN_ROLE_LABELS,
    ...Object.fromEntries(declared.map(([role, value]) => [role, typeof value === 'string' ? value : value.label])),
  };
  const roleViews: Record<string, readonly string[]> = Object.fromEntries(declared.map(([role, value]) => [role, typeof value === 'string' ? [] : [...(value.views ?? [])]]));
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
  const transitions = raw.transitions.map((t, index) => compileTransition(t, index, { tree, ctx, seen, issues }));

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
