import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Issue } from './issues';
import { formatPath, SourceLocator, type SourcePosition } from './locator';
import { validateSchema } from './schema';
import { compileDefinition } from './semantic';
import type { DefinitionError, ParseResult, PathSegment } from './types';

// YAML text → compiled form definition, in three passes (syntax, schema, semantics); every
// error is mapped back to file:line:column of the source.

const YAML_MESSAGES: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: '同一映射中的键重复',
  BAD_INDENT: '缩进不正确',
  MULTIPLE_DOCS: '一个文件只能包含一个 YAML 文档',
  TAB_AS_INDENT: '不能用制表符缩进',
  MISSING_CHAR: '缺少字符（如未闭合的括号或引号）',
  UNEXPECTED_TOKEN: '意外的内容',
};

export interface ParseOptions {
  /**
   * State keys of the workflow the definition names (`workflow`); when given, every sign-off
   * `stage` and `filledBy.stage` must be one of them.
   */
  readonly stages?: readonly string[];
}

export function parseFormDefinition(source: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Later syntax errors are mostly echoes of the first one; fixing it re-reveals real ones.
    return { ok: false, errors: [syntaxError(doc.errors[0], lineCounter, fileName)] };
  }
  const locator = new SourceLocator(doc, lineCounter);
  const locate = (issues: readonly Issue[]): DefinitionError[] =>
    issues.map((issue) => toError(fileName, locator.position(issue.path, issue.anchor), issue)).sort(byPosition);

  const schema = validateSchema(doc.toJS());
  if (!schema.ok) return { ok: false, errors: locate(schema.issues) };
  const compiled = compileDefinition(schema.data, fileName);
  if (!compiled.ok) return { ok: false, errors: locate(compiled.issues) };
  if (options.stages) {
    const unknown = stageIssues(schema.data, options.stages);
    if (unknown.length > 0) return { ok: false, errors: locate(unknown) };
  }
  return compiled;
}

function stageIssues(
  raw: Parameters<typeof compileDefinition>[0],
  known: readonly string[],
): Issue[] {
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
  raw.sections.forEach((section, s) =>
    section.fields.forEach((field, f) => check(field.stage, ['sections', s, 'fields', f, 'stage'])),
  );
  return issues;
}

/** `forms/first-batch-application.yaml:12:7 sections[0].fields[3].maxChars SCHEMA_VIOLATION 不能小于 1` */
export function formatDefinitionError(error: DefinitionError): string {
  const where = error.path ? ` ${error.path}` : '';
  return `${error.file}:${error.line}:${error.column}${where} ${error.code} ${error.message}`;
}

/** Position of a path in a source that parses (for errors found across files). */
export function positionInSource(source: string, path: readonly PathSegment[]): SourcePosition {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  return new SourceLocator(doc, lineCounter).position(path);
}

function syntaxError(error: YAMLError, lineCounter: LineCounter, file: string): DefinitionError {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const known = YAML_MESSAGES[error.code];
  return {
    file,
    line,
    column: col,
    path: '',
    code: 'YAML_SYNTAX',
    message: `YAML 语法错误：${known ? `${known}（${error.message}）` : error.message}`,
  };
}

function toError(file: string, position: SourcePosition, issue: Issue): DefinitionError {
  return {
    file,
    line: position.line,
    column: position.column,
    path: formatPath(issue.path),
    code: issue.code,
    message: issue.message,
  };
}

function byPosition(a: DefinitionError, b: DefinitionError): number {
  return a.line - b.line || a.column - b.column;
}
