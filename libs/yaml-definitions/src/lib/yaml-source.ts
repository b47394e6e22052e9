import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { type Anchor, formatPath, type PathSegment, SourceLocator, type SourcePosition } from './locator';

// The passes every YAML definition goes through (a workflow, a form): syntax first, then the
// caller's schema and semantic checks on the parsed data, each problem placed at file:line:column.

/** A definition problem before it is given a file, line and column. */
export interface Issue<C extends string = string> {
  readonly path: readonly PathSegment[];
  readonly code: C;
  readonly message: string;
  readonly anchor?: Anchor;
}

/** A problem placed in its file: `forms/x.yaml:12:7 sections[0].fields[3].maxChars …`. */
export interface LocatedError<C extends string = string> {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Dotted path in the definition, e.g. `transitions[3].guards[0]`; '' for a syntax error. */
  readonly path: string;
  readonly code: C;
  readonly message: string;
}

const YAML_MESSAGES: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: '同一映射中的键重复',
  BAD_INDENT: '缩进不正确',
  MULTIPLE_DOCS: '一个文件只能包含一个 YAML 文档',
  TAB_AS_INDENT: '不能用制表符缩进',
  MISSING_CHAR: '缺少字符（如未闭合的括号或引号）',
  UNEXPECTED_TOKEN: '意外的内容',
};

export type YamlSource =
  | {
      readonly ok: true;
      /** The parsed data, as plain JSON values. */
      readonly data: unknown;
      /** Places issues found in the data at their line and column, in source order. */
      locate<C extends string>(issues: readonly Issue<C>[]): LocatedError<C>[];
    }
  | { readonly ok: false; readonly errors: readonly LocatedError<'YAML_SYNTAX'>[] };

function parse(source: string): { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

/** Parses a YAML definition: its data and a way to place problems, or its first syntax error. */
export function readYamlSource(source: string, fileName: string): YamlSource {
  const { doc, lineCounter } = parse(source);
  const [first] = doc.errors;
  // Later syntax errors are mostly echoes of the first one; fixing it re-reveals real ones.
  if (first) return { ok: false, errors: [syntaxError(first, lineCounter, fileName)] };
  const locator = new SourceLocator(doc, lineCounter);
  return {
    ok: true,
    data: doc.toJS(),
    locate: (issues) => issues.map((issue) => locatedError(fileName, locator.position(issue.path, issue.anchor), issue)).sort(byPosition),
  };
}

/** Position of a path in a source that parses (for problems found across files). */
export function positionInYaml(source: string, path: readonly PathSegment[], anchor?: Anchor): SourcePosition {
  const { doc, lineCounter } = parse(source);
  return new SourceLocator(doc, lineCounter).position(path, anchor);
}

/** `workflows/task.yaml:12:7 transitions[3].guards[0] UNKNOWN_GUARD 未知的守卫…` */
export function formatLocatedError(error: LocatedError): string {
  const where = error.path ? ` ${error.path}` : '';
  return `${error.file}:${error.line}:${error.column}${where} ${error.code} ${error.message}`;
}

function syntaxError(error: YAMLError, lineCounter: LineCounter, file: string): LocatedError<'YAML_SYNTAX'> {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const known = YAML_MESSAGES[error.code];
  return { file, line, column: col, path: '', code: 'YAML_SYNTAX', message: `YAML 语法错误：${known ? `${known}（${error.message}）` : error.message}` };
}

function locatedError<C extends string>(file: string, position: SourcePosition, issue: Issue<C>): LocatedError<C> {
  return { file, line: position.line, column: position.column, path: formatPath(issue.path), code: issue.code, message: issue.message };
}

function byPosition(a: LocatedError, b: LocatedError): number {
  return a.line - b.line || a.column - b.column;
}
