import { parse as parseSfc } from 'vue/compiler-sfc';
import ts from 'typescript';

// Finds interface text written into the code instead of the locale files: template text,
// static user-facing attributes, and Chinese in script strings (ElMessage, ElMessageBox, labels …).
// Used by no-raw-text.spec.ts over every directory not listed as excluded there.

export interface RawText {
  file: string;
  line: number;
  where: string;
  text: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/u;
// A Latin word of two letters or more ('OK', 'Upload'); single letters, numbers and symbols pass.
const LATIN_WORD = /[A-Za-z]{2,}/;

/** Attributes whose static value a user reads. */
export const USER_FACING_ATTRIBUTES = new Set([
  'placeholder',
  'title',
  'label',
  'content',
  'empty-text',
  'emptyText',
  'aria-label',
  'alt',
  'description',
  'confirm-button-text',
  'cancel-button-text',
  'active-text',
  'inactive-text',
  'start-placeholder',
  'end-placeholder',
  'range-separator',
  'no-data-text',
  'no-match-text',
  'loading-text',
  'text',
  'sub-title',
  'tip',
]);

const isUserText = (text: string): boolean => CJK.test(text) || LATIN_WORD.test(text);

// Node types of @vue/compiler-core (kept as numbers so this file needs no runtime import of it).
const ELEMENT = 1;
const TEXT = 2;
const INTERPOLATION = 5;
const ATTRIBUTE = 6;
const DIRECTIVE = 7;

interface TemplateNode {
  type: number;
  content?: string | { content?: string; loc?: { start: { line: number } } };
  loc: { start: { line: number }; source: string };
  children?: TemplateNode[];
  props?: Array<{
    type: number;
    name: string;
    value?: { content: string } | null;
    exp?: { content?: string; loc: { source: string } } | null;
    loc: { start: { line: number } };
  }>;
  tag?: string;
}

function walkTemplate(node: TemplateNode, file: string, lineOffset: number, found: RawText[]): void {
  const at = (line: number): number => line + lineOffset;
  if (node.type === TEXT && typeof node.content === 'string' && isUserText(node.content)) {
    found.push({
      file,
      line: at(node.loc.start.line),
      where: 'template text',
      text: node.content.trim(),
    });
  }
  // {{ '中文' }}: a Chinese literal inside an expression is still raw text.
  if (node.type === INTERPOLATION && CJK.test(node.loc.source)) {
    found.push({
      file,
      line: at(node.loc.start.line),
      where: 'template expression',
      text: node.loc.source.trim(),
    });
  }
  if (node.type === ELEMENT) {
    for (const prop of node.props ?? []) {
      // Chinese in any static attribute (a component's `section`, `hint` …) is text; Latin words only in the user-facing ones.
      const value = prop.type === ATTRIBUTE ? prop.value?.content : undefined;
      if (value && (CJK.test(value) || (USER_FACING_ATTRIBUTES.has(prop.name) && LATIN_WORD.test(value)))) {
        found.push({
          file,
          line: at(prop.loc.start.line),
          where: `attribute ${prop.name} of <${node.tag}>`,
          text: value,
        });
      }
      if (prop.type === DIRECTIVE && prop.exp && CJK.test(prop.exp.loc.source)) {
        found.push({
          file,
          line: at(prop.loc.start.line),
          where: `binding on <${node.tag}>`,
          text: prop.exp.loc.source,
        });
      }
    }
  }
  for (const child of node.children ?? []) walkTemplate(child, file, lineOffset, found);
}

/** Chinese inside string or template literals of TypeScript code (comments are not looked at). */
export function rawTextInScript(code: string, file: string, lineOffset = 0): RawText[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: RawText[] = [];
  const lines = code.split('\n');
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      node.kind === ts.SyntaxKind.TemplateHead ||
      node.kind === ts.SyntaxKind.TemplateMiddle ||
      node.kind === ts.SyntaxKind.TemplateTail
    ) {
      const text = (node as ts.LiteralLikeNode).text;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      // `raw-text-ok` on the line: a literal that is matched against data, never shown.
      if (CJK.test(text) && !lines[line]?.includes('raw-text-ok')) {
        found.push({ file, line: line + 1 + lineOffset, where: 'script string', text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Raw text in one single-file component: its template, and the strings of its scripts. */
export function rawTextInSfc(content: string, file: string): RawText[] {
  const { descriptor, errors } = parseSfc(content, { filename: file });
  if (errors.length > 0) throw new Error(`${file}: ${String(errors[0])}`);
  const found: RawText[] = [];
  if (descriptor.template?.ast) walkTemplate(descriptor.template.ast as unknown as TemplateNode, file, 0, found);
  for (const block of [descriptor.script, descriptor.scriptSetup]) {
    if (block) found.push(...rawTextInScript(block.content, file, block.loc.start.line - 1));
  }
  return found;
}

export function rawTextIn(content: string, file: string): RawText[] {
  return file.endsWith('.vue') ? rawTextInSfc(content, file) : rawTextInScript(content, file);
}
