import type { ErrorObject, ValidateFunction } from 'ajv';
import definitionSchema from './definition.schema.json';
import precompiled from './definition-validator.generated';
import type { Issue } from './issues';
import { type SchemaIssue, schemaIssues } from '@accredit/yaml-definitions';
import { FIELD_TYPES, type AttachmentKind, type FieldTie, type FieldType, type PathSegment, type Presence, type TextFormat } from './types';

// Structural validation against the JSON Schema. The library keeps its own copy so it stays
// self-contained when bundled; forms/definition.schema.json (for editors) must be
// byte-identical, which a spec checks.

/** The raw shape of a field once it passes the schema (optional flags not yet defaulted). */
export interface RawField {
  readonly key: string;
  readonly type: FieldType;
  readonly label: string;
  readonly help?: string;
  readonly required?: boolean;
  readonly ties?: FieldTie;
  // text
  readonly maxChars?: number;
  readonly multiline?: boolean;
  readonly format?: TextFormat;
  // number
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  // date
  readonly precision?: 'day' | 'month';
  // choice
  readonly options?: readonly { readonly key: string; readonly label: string }[];
  readonly multiple?: boolean;
  // attachment
  readonly accept?: readonly AttachmentKind[];
  readonly maxCount?: number;
  // table
  readonly columns?: readonly RawField[];
  readonly minRows?: number;
  readonly maxRows?: number;
  // signOff
  readonly role?: string;
  readonly stage?: string | readonly string[];
  readonly opinion?: false | { readonly label?: string; readonly hint?: string; readonly maxChars?: number };
  readonly signer?: Presence;
  readonly seal?: Presence;
  readonly signatureLabel?: string;
}

export interface RawSection {
  readonly key: string;
  readonly label: string;
  readonly help?: string;
  readonly maxChars?: number;
  readonly fields: readonly RawField[];
}

export interface RawDefinition {
  readonly key: string;
  readonly version: number;
  readonly name: string;
  readonly description?: string;
  readonly workflow?: string;
  readonly roles?: Readonly<Record<string, string>>;
  readonly filledBy?: { readonly role: string; readonly stage?: string | readonly string[] };
  readonly sections: readonly RawSection[];
}

export const DEFINITION_SCHEMA: Readonly<Record<string, unknown>> = definitionSchema;

// Compiled ahead of time (validator-source.ts, `node tools/forms-validator.mjs`): the admin runs
// this in the browser under a CSP without 'unsafe-eval', where ajv cannot compile. `discriminator`
// makes it check a field only against the branch its `type` names, so errors speak of that type.
const validator = (): ValidateFunction<RawDefinition> => precompiled as unknown as ValidateFunction<RawDefinition>;

const PATTERN_HINTS: Readonly<Record<string, string>> = {
  '^[a-z][a-z0-9_]*$': '应以小写字母开头，只含小写字母、数字和 _',
  '^[a-z][a-z0-9_-]*$': '应以小写字母开头，只含小写字母、数字、- 和 _',
  '^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$': '应为流程状态标识，如 applied 或 creation.evidence',
};

export function validateSchema(data: unknown): { ok: true; data: RawDefinition } | { ok: false; issues: Issue[] } {
  const validate = validator();
  if (validate(data)) return { ok: true, data };
  return {
    ok: false,
    // With a discriminator, a oneOf failure repeats what the chosen branch already said.
    issues: schemaIssues(validate.errors ?? [], { patternHints: PATTERN_HINTS, alternatives: ['anyOf'], repeats: ['oneOf'], special: fieldTypeIssue }),
  };
}

/** An unknown field type, or one a table column cannot have, named with the types allowed there. */
function fieldTypeIssue(error: ErrorObject, path: PathSegment[]): SchemaIssue | undefined {
  if (error.keyword !== 'discriminator') return undefined;
  const params = error.params as Record<string, unknown>;
  if (params['error'] === 'tag') return { path: [...path, 'type'], code: 'SCHEMA_VIOLATION', message: '缺少必填字段"type"' };
  const tag = String(params['tagValue']);
  // A table column is any field type but a table or a sign-off box.
  const inTable = path[path.length - 2] === 'columns';
  const allowed = inTable ? FIELD_TYPES.filter((t) => t !== 'table' && t !== 'signOff') : FIELD_TYPES;
  const known = (FIELD_TYPES as readonly string[]).includes(tag);
  return { path: [...path, 'type'], code: 'SCHEMA_VIOLATION', message: `${known ? `表格的列不能是"${tag}"` : `未知的栏目类型"${tag}"`}，可用：${allowed.join('、')}` };
}
