import Ajv, { type ValidateFunction } from 'ajv';
import { schemaIssues } from '@accredit/yaml-definitions';
import definitionSchema from './definition.schema.json';
import type { Issue } from './issues';

// Structural validation against the JSON Schema. The library keeps its own copy so it stays
// self-contained when bundled; workflows/definition.schema.json (for editors) must be
// byte-identical, which a spec checks. Guard and effect parameters are left to the registry,
// whose messages are clearer than a failed `anyOf`.

/** The raw shape of a definition once it passes the schema. */
export interface RawState {
  readonly label: string;
  readonly description?: string;
  readonly initial?: boolean;
  readonly final?: boolean;
  readonly evidenceEditable?: boolean;
  readonly reviewQueue?: boolean;
  readonly expertScoring?: boolean;
  readonly objectionsDuring?: string;
  readonly publicList?: 'named' | 'revoked';
  readonly states?: Readonly<Record<string, RawState>>;
}

export interface RawTransition {
  readonly event: string;
  readonly label: string;
  readonly description?: string;
  readonly from: string | readonly string[];
  readonly to: string;
  readonly roles: readonly string[];
  readonly needsComment?: boolean;
  readonly confirm?: string;
  readonly checksEvidence?: boolean;
  readonly guards?: readonly unknown[];
  readonly effects?: readonly unknown[];
  /** Checked by the registry's day parser (as onOrAfter's), not by the JSON Schema alone. */
  readonly schedule?: unknown;
}

export interface RawDefinition {
  readonly key: string;
  readonly family?: string;
  readonly version: number;
  readonly entityType: string;
  readonly name: string;
  readonly description?: string;
  readonly roles?: Readonly<Record<string, string | { readonly label: string; readonly views?: readonly string[] }>>;
  readonly phases?: Readonly<Record<string, { readonly label: string; readonly description?: string }>>;
  readonly documents?: Readonly<Record<string, string>>;
  readonly forms?: Readonly<Record<string, string>>;
  readonly outcomes?: Readonly<Record<string, string>>;
  readonly states: Readonly<Record<string, RawState>>;
  readonly transitions: readonly RawTransition[];
}

export const DEFINITION_SCHEMA: Readonly<Record<string, unknown>> = definitionSchema;

let compiled: ValidateFunction<RawDefinition> | undefined;

function validator(): ValidateFunction<RawDefinition> {
  // Compiled lazily and once: compiling is the slow part of ajv.
  compiled ??= new Ajv({ allErrors: true, verbose: true }).compile<RawDefinition>(definitionSchema);
  return compiled;
}

const CALL_ITEM = /^\/transitions\/\d+\/(guards|effects)\/\d+(\/|$)/;

const PATTERN_HINTS: Readonly<Record<string, string>> = {
  '^[a-z][a-z0-9_-]*$': '应以小写字母开头，只含小写字母、数字、- 和 _',
  '^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$': '应为状态路径，如 creation 或 creation.evidence',
  '^\\d{4}-\\d{2}-\\d{2}$': '应为日期，格式 YYYY-MM-DD',
};

export function validateSchema(data: unknown): { ok: true; data: RawDefinition } | { ok: false; issues: Issue[] } {
  const validate = validator();
  if (validate(data)) return { ok: true, data };
  const issues = schemaIssues(validate.errors ?? [], {
    patternHints: PATTERN_HINTS,
    alternatives: ['anyOf', 'oneOf'],
    skip: (error) => CALL_ITEM.test(error.instancePath),
  });
  // Only guard/effect entries failed: their items are `unknown` in RawDefinition and the
  // registry reports them with better messages, so the rest of the shape is sound.
  if (issues.length === 0) return { ok: true, data: data as RawDefinition };
  return { ok: false, issues };
}
