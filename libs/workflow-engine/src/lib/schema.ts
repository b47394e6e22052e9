import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import definitionSchema from './definition.schema.json';
import type { Issue } from './issues';
import { pointerToPath } from './locator';
import type { PathSegment } from './types';

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
  readonly guards?: readonly unknown[];
  readonly effects?: readonly unknown[];
}

export interface RawDefinition {
  readonly key: string;
  readonly version: number;
  readonly entityType: string;
  readonly name: string;
  readonly description?: string;
  readonly roles?: Readonly<Record<string, string | { readonly label: string; readonly views?: readonly string[] }>>;
  readonly phases?: Readonly<
    Record<string, { readonly label: string; readonly description?: string }>
  >;
  readonly documents?: Readonly<Record<string, string>>;
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
  '^[a-z][a-z0-9_-]*$': '应以小写字母开头，只含小写字母、数字、- 和 _',
  '^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$': '应为状态路径，如 creation 或 creation.evidence',
  '^\\d{4}-\\d{2}-\\d{2}$': '应为日期，格式 YYYY-MM-DD',
};

export function validateSchema(
  data: unknown,
): { ok: true; data: RawDefinition } | { ok: false; issues: Issue[] } {
  const validate = validator();
  if (validate(data)) return { ok: true, data };
  const issues = toIssues(validate.errors ?? []);
  // Only guard/effect entries failed: their items are `unknown` in RawDefinition and the
  // registry reports them with better messages, so the rest of the shape is sound.
  if (issues.length === 0) return { ok: true, data: data as RawDefinition };
  return { ok: false, issues };
}

function toIssues(errors: readonly ErrorObject[]): Issue[] {
  const relevant = errors.filter((error) => !CALL_ITEM.test(error.instancePath));
  // A failed anyOf also reports every branch's failure; keep only the anyOf itself.
  const alternatives = relevant
    .filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
    .map((error) => error.instancePath);
  const issues = relevant
    .filter(
      (error) =>
        error.keyword === 'anyOf' ||
        error.keyword === 'oneOf' ||
        !alternatives.some(
          (p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`),
        ),
    )
    // The inner pattern error of propertyNames carries the name; the outer one is a duplicate.
    .filter((error) => error.keyword !== 'propertyNames')
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
    case 'pattern':
      return `格式不正确：${PATTERN_HINTS[String(params['pattern'])] ?? `应匹配 ${String(params['pattern'])}`}`;
    case 'minLength':
      return params['limit'] === 1 ? '不能为空' : `至少 ${String(params['limit'])} 个字符`;
    case 'minItems':
      return `至少需要 ${String(params['limit'])} 项`;
    case 'minProperties':
      return `至少需要 ${String(params['limit'])} 项`;
    case 'maxProperties':
      return `最多只能有 ${String(params['limit'])} 项`;
    case 'minimum':
      return `不能小于 ${String(params['limit'])}`;
    case 'uniqueItems':
      return '列表中有重复项';
    case 'anyOf':
    case 'oneOf': {
      const schema = error.parentSchema as { description?: unknown } | undefined;
      const hint = typeof schema?.description === 'string' ? `：${schema.description}` : '';
      return `格式不正确${hint}`;
    }
    default:
      return `不符合定义格式（${error.keyword}）`;
  }
}
