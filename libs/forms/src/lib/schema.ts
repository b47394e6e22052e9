import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import definitionSchema from './definition.schema.json';
import type { Issue } from './issues';
import { pointerToPath } from './locator';
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

let compiled: ValidateFunction<RawDefinition> | undefined;

function validator(): ValidateFunction<RawDefinition> {
  // Compiled lazily and once: compiling is the slow part of ajv. `discriminator` makes ajv
  // check a field only against the branch its `type` names, so errors speak of that type.
  compiled ??= new Ajv({ allErrors: true, verbose: true, discriminator: true }).compile<RawDefinition>(
    definitionSchema,
  );
  return compiled;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  integer: '整数',
  number: '数字',
  boolean: '布尔值（true 或 false）',
  object: '键值映射',
  array: '列表',
  null: '空值',
};

const PATTERN_HINTS: Readonly<Record<string, string>> = {
  '^[a-z][a-z0-9_]*$': '应以小写字母开头，只含小写字母、数字和 _',
  '^[a-z][a-z0-9_-]*$': '应以小写字母开头，只含小写字母、数字、- 和 _',
  '^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$': '应为流程状态标识，如 applied 或 creation.evidence',
};

export function validateSchema(data: unknown): { ok: true; data: RawDefinition } | { ok: false; issues: Issue[] } {
  const validate = validator();
  if (validate(data)) return { ok: true, data };
  return { ok: false, issues: toIssues(validate.errors ?? []) };
}

function toIssues(errors: readonly ErrorObject[]): Issue[] {
  // A failed anyOf also reports every branch's failure; keep only the anyOf itself.
  const alternatives = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const issues = errors
    .filter(
      (e) =>
        e.keyword === 'anyOf' ||
        !alternatives.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)),
    )
    // The inner pattern error of propertyNames carries the name; the outer one is a duplicate.
    .filter((e) => e.keyword !== 'propertyNames')
    // With a discriminator, a oneOf failure repeats what the chosen branch already said.
    .filter((e) => e.keyword !== 'oneOf')
    .map(toIssue);
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = `${issue.path.join('/')}|${issue.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toIssue(error: ErrorObject): Issue {
  const path: PathSegment[] = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined) {
    return {
      path: [...path, error.propertyName],
      anchor: 'key',
      code: 'SCHEMA_VIOLATION',
      message: `名称"${error.propertyName}"不合规：${describe(error)}`,
    };
  }
  switch (error.keyword) {
    case 'required':
      return {
        path: [...path, String(params['missingProperty'])],
        code: 'SCHEMA_VIOLATION',
        message: `缺少必填字段"${String(params['missingProperty'])}"`,
      };
    case 'additionalProperties':
      return {
        path: [...path, String(params['additionalProperty'])],
        anchor: 'key',
        code: 'SCHEMA_VIOLATION',
        message: `不支持的字段"${String(params['additionalProperty'])}"`,
      };
    case 'discriminator': {
      if (params['error'] === 'tag') {
        return { path: [...path, 'type'], code: 'SCHEMA_VIOLATION', message: '缺少必填字段"type"' };
      }
      const tag = String(params['tagValue']);
      // A table column is any field type but a table or a sign-off box.
      const inTable = path[path.length - 2] === 'columns';
      const allowed = inTable ? FIELD_TYPES.filter((t) => t !== 'table' && t !== 'signOff') : FIELD_TYPES;
      const known = (FIELD_TYPES as readonly string[]).includes(tag);
      return {
        path: [...path, 'type'],
        code: 'SCHEMA_VIOLATION',
        message: `${known ? `表格的列不能是"${tag}"` : `未知的栏目类型"${tag}"`}，可用：${allowed.join('、')}`,
      };
    }
    default:
      return { path, code: 'SCHEMA_VIOLATION', message: describe(error) };
  }
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = String(params['type']).split(',');
      return `类型错误：应为${types.map((t) => TYPE_NAMES[t] ?? t).join('或')}`;
    }
    case 'enum':
      return `取值应为以下之一：${(params['allowedValues'] as unknown[]).map(String).join('、')}`;
    case 'const':
      return `取值应为 ${String(params['allowedValue'])}`;
    case 'pattern':
      return `格式不正确：${PATTERN_HINTS[String(params['pattern'])] ?? `应匹配 ${String(params['pattern'])}`}`;
    case 'minLength':
      return params['limit'] === 1 ? '不能为空' : `至少 ${String(params['limit'])} 个字符`;
    case 'minItems':
      return `至少需要 ${String(params['limit'])} 项`;
    case 'minimum':
      return `不能小于 ${String(params['limit'])}`;
    case 'uniqueItems':
      return '列表中有重复项';
    case 'anyOf': {
      const schema = error.parentSchema as { description?: unknown } | undefined;
      const hint = typeof schema?.description === 'string' ? `：${schema.description}` : '';
      return `格式不正确${hint}`;
    }
    default:
      return `不符合定义格式（${error.keyword}）`;
  }
}
