import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { checksum } from './checksum';
import type { Issue } from './issues';
import { formatPath, SourceLocator, type Anchor, type SourcePosition } from './locator';
import { validateSchema } from './schema';
import { compileDefinition } from './semantic';
import type { DefinitionError, ParseResult, PathSegment } from './types';

// YAML text → compiled definition, in three passes (syntax, schema, semantics); every error
// is mapped back to file:line:column of the source.

const YAML_MESSAGES: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: '同一映射中的键重复',
  BAD_INDENT: '缩进不正确',
  MULTIPLE_DOCS: '一个文件只能包含一个 YAML 文档',
  TAB_AS_INDENT: '不能用制表符缩进',
  MISSING_CHAR: '缺少字符（如未闭合的括号或引号）',
  UNEXPECTED_TOKEN: '意外的内容',
};

function parse(source: string): {
  doc: ReturnType<typeof parseDocument>;
  lineCounter: LineCounter;
} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

export function parseDefinition(source: string, fileName: string): ParseResult {
  const { doc, lineCounter } = parse(source);
  if (doc.errors.length > 0) {
    // Later syntax errors are mostly echoes of the first one; fixing it re-reveals real ones.
    return { ok: false, errors: [syntaxError(doc.errors[0], lineCounter, fileName)] };
  }
  const locator = new SourceLocator(doc, lineCounter);
  const locate = (issues: readonly Issue[]): DefinitionError[] =>
    issues
      .map((issue) => toError(fileName, locator.position(issue.path, issue.anchor), issue))
      .sort(byPosition);

  const schema = validateSchema(doc.toJS());
  if (!schema.ok) return { ok: false, errors: locate(schema.issues) };
  const compiled = compileDefinition(schema.data, { file: fileName, checksum: checksum(source) });
  return compiled.ok ? compiled : { ok: false, errors: locate(compiled.issues) };
}

/** Position of a path in a source that parses (used for errors found across files). */
export function positionInSource(
  source: string,
  path: readonly PathSegment[],
  anchor?: Anchor,
): SourcePosition {
  const { doc, lineCounter } = parse(source);
  return new SourceLocator(doc, lineCounter).position(path, anchor);
}

/** `workflows/task.yaml:12:7 transitions[3].guards[0] UNKNOWN_GUARD 未知的守卫…` */
export function formatDefinitionError(error: DefinitionError): string {
  const where = error.path ? ` ${error.path}` : '';
  return `${error.file}:${error.line}:${error.column}${where} ${error.code} ${error.message}`;
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
