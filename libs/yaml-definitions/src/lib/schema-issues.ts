import type { ErrorObject } from 'ajv';
import { type PathSegment, pointerToPath } from './locator';
import type { Issue } from './yaml-source';

// ajv's errors for a definition that fails its JSON Schema, as issues a person can act on: the
// field named, in Chinese, at the key or value to fix, without the echoes a failed alternative
// (anyOf) or a name check (propertyNames) also reports.

export type SchemaIssue = Issue<'SCHEMA_VIOLATION'>;

export interface SchemaIssueOptions {
  /** A pattern's source → what it asks for (`^[a-z][a-z0-9_-]*$` → 应以小写字母开头…). */
  readonly patternHints: Readonly<Record<string, string>>;
  /** Keywords whose one failure stands for all of their branches' failures (anyOf, oneOf). */
  readonly alternatives: readonly string[];
  /** Keywords whose errors only repeat another's (e.g. oneOf under a discriminator). */
  readonly repeats?: readonly string[];
  /** Errors left to a later check with clearer messages (e.g. a workflow's guard parameters). */
  readonly skip?: (error: ErrorObject) => boolean;
  /** The caller's own wording for an error, tried before the common one. */
  readonly special?: (error: ErrorObject, path: PathSegment[]) => SchemaIssue | undefined;
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

export function schemaIssues(errors: readonly ErrorObject[], options: SchemaIssueOptions): SchemaIssue[] {
  const relevant = options.skip ? errors.filter((error) => !options.skip!(error)) : errors;
  const isAlternative = (error: ErrorObject) => options.alternatives.includes(error.keyword);
  // A failed anyOf also reports every branch's failure; keep only the anyOf itself.
  const alternativePaths = relevant.filter(isAlternative).map((error) => error.instancePath);
  const issues = relevant
    .filter((error) => isAlternative(error) || !alternativePaths.some((p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`)))
    // The inner pattern error of propertyNames carries the name; the outer one is a duplicate.
    .filter((error) => error.keyword !== 'propertyNames' && !(options.repeats ?? []).includes(error.keyword))
    .map((error) => toIssue(error, options));
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = `${issue.path.join('/')}|${issue.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toIssue(error: ErrorObject, options: SchemaIssueOptions): SchemaIssue {
  const path: PathSegment[] = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined) {
    return { path: [...path, error.propertyName], anchor: 'key', code: 'SCHEMA_VIOLATION', message: `名称"${error.propertyName}"不合规：${describeSchemaError(error, options.patternHints)}` };
  }
  const special = options.special?.(error, path);
  if (special) return special;
  switch (error.keyword) {
    case 'required':
      return { path: [...path, String(params['missingProperty'])], code: 'SCHEMA_VIOLATION', message: `缺少必填字段"${String(params['missingProperty'])}"` };
    case 'additionalProperties':
      return { path: [...path, String(params['additionalProperty'])], anchor: 'key', code: 'SCHEMA_VIOLATION', message: `不支持的字段"${String(params['additionalProperty'])}"` };
    default:
      return { path, code: 'SCHEMA_VIOLATION', message: describeSchemaError(error, options.patternHints) };
  }
}

/** One ajv error in Chinese, saying what the value should be. */
export function describeSchemaError(error: ErrorObject, patternHints: Readonly<Record<string, string>>): string {
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
      return `格式不正确：${patternHints[String(params['pattern'])] ?? `应匹配 ${String(params['pattern'])}`}`;
    case 'minLength':
      return params['limit'] === 1 ? '不能为空' : `至少 ${String(params['limit'])} 个字符`;
    case 'minItems':
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
