import { type SourcePosition, formatLocatedError, positionInYaml, readYamlSource } from '@accredit/yaml-definitions';
import type { Issue } from './issues';
import { validateSchema } from './schema';
import { compileDefinition } from './semantic';
import type { DefinitionError, ParseResult, PathSegment } from './types';

// YAML text → compiled form definition, in three passes (syntax, schema, semantics); every
// error is mapped back to file:line:column of the source.

export interface ParseOptions {
  /**
   * State keys of the workflow the definition names (`workflow`); when given, every sign-off
   * `stage` and `filledBy.stage` must be one of them.
   */
  readonly stages?: readonly string[];
}

export function parseFormDefinition(source: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const read = readYamlSource(source, fileName);
  if (!read.ok) return { ok: false, errors: read.errors };
  const schema = validateSchema(read.data);
  if (!schema.ok) return { ok: false, errors: read.locate(schema.issues) };
  const compiled = compileDefinition(schema.data, fileName);
  if (!compiled.ok) return { ok: false, errors: read.locate(compiled.issues) };
  if (options.stages) {
    const unknown = stageIssues(schema.data, options.stages);
    if (unknown.length > 0) return { ok: false, errors: read.locate(unknown) };
  }
  return compiled;
}

function stageIssues(raw: Parameters<typeof compileDefinition>[0], known: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const check = (stage: string | readonly string[] | undefined, path: PathSegment[]): void => {
    if (stage === undefined) return;
    const list = typeof stage === 'string' ? [stage] : stage;
    list.forEach((s, i) => {
      if (known.includes(s)) return;
      issues.push({
        path: typeof stage === 'string' ? path : [...path, i],
        code: 'UNKNOWN_STAGE',
        message: `${raw.workflow ? `流程"${raw.workflow}"` : '流程'}中没有状态"${s}"，可用：${known.join('、')}`,
      });
    });
  };
  check(raw.filledBy?.stage, ['filledBy', 'stage']);
  raw.sections.forEach((section, s) => section.fields.forEach((field, f) => check(field.stage, ['sections', s, 'fields', f, 'stage'])));
  return issues;
}

/** `forms/first-batch-application.yaml:12:7 sections[0].fields[3].maxChars SCHEMA_VIOLATION 不能小于 1` */
export function formatDefinitionError(error: DefinitionError): string {
  return formatLocatedError(error);
}

/** Position of a path in a source that parses (for errors found across files). */
export function positionInSource(source: string, path: readonly PathSegment[]): SourcePosition {
  return positionInYaml(source, path);
}
