import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './types';

// Maps a path inside the parsed data back to a line and column of the YAML source, so every
// definition error says where to look. (The workflow engine keeps its own locator private; this
// is the same idea, kept small.)

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** `key` points at the map key that names the value (an unknown or duplicated name). */
export type Anchor = 'key' | 'value';

/** `['sections', 0, 'fields', 3]` → `sections[0].fields[3]` */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** JSON Pointer (as ajv reports it) → path segments; list indices become numbers. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export class SourceLocator {
  constructor(
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Where `path` is; a missing path falls back to its deepest existing parent, where it should be added. */
  position(path: readonly PathSegment[], anchor: Anchor = 'value'): SourcePosition {
    let node: unknown = this.doc.contents;
    let key: Node | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next.node;
      key = next.key;
    }
    const target = pick(node, key, anchor);
    const { line, col } = this.lineCounter.linePos(target?.range?.[0] ?? 0);
    return { line, column: col };
  }
}

function child(node: unknown, segment: PathSegment): { node: unknown; key: Node | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return undefined;
    return { node: pair.value, key: isScalar(pair.key) ? pair.key : undefined };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item: unknown = node.items[segment];
    return item === undefined ? undefined : { node: item, key: undefined };
  }
  return undefined;
}

// Scalars and flow collections point at their own text (`maxChars: 0` at the 0); block
// collections and empty values point at their key, since their text starts on a later line.
function pick(node: unknown, key: Node | undefined, anchor: Anchor): Node | undefined {
  if (anchor === 'key' && key) return key;
  if (isScalar(node) && node.value !== null && node.range) return node;
  if ((isMap(node) || isSeq(node)) && node.flow && node.range) return node;
  if (key) return key;
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
}
