import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

// Maps a path inside the parsed data back to a line and column of the YAML source, so every
// definition error (a workflow's, a form's) can say where to look.

/** A step into parsed YAML data: a map key or a list index. */
export type PathSegment = string | number;

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** `key` points at the map key that names the value (useful for unknown or unreachable names). */
export type Anchor = 'key' | 'value';

/** `['transitions', 3, 'guards', 0]` → `transitions[3].guards[0]`; `['sections', 0, 'fields', 3]` → `sections[0].fields[3]` */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

/** JSON Pointer (as used by ajv) → path segments; list indices become numbers. */
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

  /**
   * Position of the node at `path`. When the path does not exist (a missing field), the
   * deepest existing node is used, which is where the field should be added.
   */
  position(path: readonly PathSegment[], anchor: Anchor = 'value'): SourcePosition {
    let node: unknown = this.doc.contents;
    let key: Node | undefined;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (!next) break;
      node = next.node;
      key = next.key;
    }
    const target = this.pick(node, key, anchor);
    const offset = target?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  private child(node: unknown, segment: PathSegment): { node: unknown; key: Node | undefined } | undefined {
    const resolved = isAlias(node) ? node.resolve(this.doc) : node;
    if (isMap(resolved)) {
      const pair = resolved.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      return { node: pair.value, key: isScalar(pair.key) ? pair.key : undefined };
    }
    if (isSeq(resolved) && typeof segment === 'number') {
      const item: unknown = resolved.items[segment];
      return item === undefined ? undefined : { node: item, key: undefined };
    }
    return undefined;
  }

  // Prefer the value for scalars and flow collections (`to: unknown` points at `unknown`),
  // and the key for block collections and empty values, which start on a later line or
  // have no text of their own.
  private pick(node: unknown, key: Node | undefined, anchor: Anchor): Node | undefined {
    if (anchor === 'key' && key) return key;
    const isNode = isScalar(node) || isMap(node) || isSeq(node) || isAlias(node);
    if (isScalar(node) && node.value !== null && node.range) return node;
    if ((isMap(node) || isSeq(node)) && node.flow && node.range) return node;
    if (key) return key;
    return isNode ? node : undefined;
  }
}
