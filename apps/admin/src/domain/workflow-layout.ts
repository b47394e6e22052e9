// Lays a workflow's state graph out for drawing: top-level states in columns by their distance
// from the initial state, compound states (创建 with its steps) as boxes holding their children,
// edges as forward curves, steps within a box as short drops, and back edges (退回整改) as arcs below.
//
// Labels never sit on a box: boxes are as wide as their (measured) label, the gap after a column
// is as wide as the widest edge label placed in it, labels in one gap are stacked apart, a step's
// label sits in the space between the two steps, and back edges each get their own lane under the
// drawing.

export interface GraphNode {
  id: string;
  label: string;
  parent?: string | null;
  initial: boolean;
  final: boolean;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  event: string;
  label: string;
}

export interface LaidNode extends GraphNode {
  x: number;
  y: number;
  w: number;
  h: number;
  compound: boolean;
}

/** An axis-aligned box: x, y of the top left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LaidEdge extends GraphEdge {
  path: string;
  /** Centre of the label (drawn with text-anchor middle, dominant-baseline central). */
  labelX: number;
  labelY: number;
  /** The box the label takes, for checks and for a backdrop. */
  labelBox: Box;
  back: boolean;
}

export interface Layout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

/** Font sizes the diagram draws with (see workflow-diagram.vue). */
export const NODE_FONT = 13;
export const EDGE_FONT = 11;
export const HEADER_FONT = 12;

const LEAF_MIN_W = 96;
const LEAF_H = 38;
const NODE_PAD = 14;
/** Room beside a leaf's label for the task count drawn after it. */
const COUNT_ROOM = 30;
const HEADER = 26;
const INSET = 12;
const LABEL_PAD = 4;
const LABEL_H = EDGE_FONT + 2 * LABEL_PAD;
/** Space between two steps of a box: a step's label fits in it, clear of both. */
const STEP_GAP = LABEL_H + 10;
const MIN_GAP = 48;
const STACK_GAP = 28;
const LANE = LABEL_H + 10;
const MARGIN = 20;

/**
 * Width of a text as drawn: CJK and full-width characters take a full em, Latin letters and
 * digits about 0.6 em (a generous estimate, so that a label is never wider than its room).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(char)) em += 1;
    else if (/[A-Z0-9MW]/.test(char)) em += 0.68;
    else if (/[ il.,:;|!'()[\]]/.test(char)) em += 0.32;
    else em += 0.58;
  }
  return Math.ceil(em * fontSize);
}

const labelW = (text: string): number => textWidth(text, EDGE_FONT) + 2 * LABEL_PAD;

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function labelAt(x: number, y: number, text: string): Pick<LaidEdge, 'labelX' | 'labelY' | 'labelBox'> {
  const w = labelW(text);
  return { labelX: x, labelY: y, labelBox: { x: x - w / 2, y: y - LABEL_H / 2, w, h: LABEL_H } };
}

export function layoutWorkflow(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Layout {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const topOf = (id: string): string => {
    let node = byId.get(id);
    let guard = 0;
    while (node?.parent && byId.has(node.parent) && guard++ < 10) node = byId.get(node.parent);
    return node?.id ?? id;
  };
  const tops = nodes.filter((n) => !n.parent || !byId.has(n.parent));
  const childrenOf = (id: string) => nodes.filter((n) => n.parent === id);

  // Column = shortest distance from the initial top-level state; unreachable ones after the rest.
  const depth = new Map<string, number>();
  const start = tops.find((n) => n.initial) ?? tops[0];
  if (start) {
    depth.set(start.id, 0);
    const queue = [start.id];
    while (queue.length) {
      const current = queue.shift()!;
      for (const e of edges) {
        const from = topOf(e.from);
        const to = topOf(e.to);
        if (from !== current || from === to || depth.has(to)) continue;
        depth.set(to, depth.get(current)! + 1);
        queue.push(to);
      }
    }
  }
  let maxDepth = Math.max(0, ...depth.values());
  for (const n of tops) if (!depth.has(n.id)) depth.set(n.id, ++maxDepth);
  const columnOf = (id: string): number => depth.get(topOf(id)) ?? 0;

  // Sizes first: a leaf fits its label (and a count), a box its header, its steps and their labels.
  const leafW = (n: GraphNode): number => Math.max(LEAF_MIN_W, textWidth(n.label, NODE_FONT) + 2 * NODE_PAD + COUNT_ROOM);
  const size = new Map<string, { w: number; h: number; innerW: number }>();
  for (const top of tops) {
    const kids = childrenOf(top.id);
    if (kids.length === 0) {
      size.set(top.id, { w: leafW(top), h: LEAF_H, innerW: leafW(top) });
      continue;
    }
    const kidIds = new Set(kids.map((k) => k.id));
    const stepLabels = edges.filter((e) => kidIds.has(e.from) && kidIds.has(e.to)).map((e) => labelW(e.label));
    const innerW = Math.max(...kids.map(leafW), ...stepLabels);
    const w = Math.max(innerW + 2 * INSET, textWidth(top.label, HEADER_FONT) + 2 * INSET);
    size.set(top.id, { w, h: HEADER + kids.length * LEAF_H + (kids.length - 1) * STEP_GAP + INSET, innerW });
  }

  const columnCount = maxDepth + 1;
  const columnIds: string[][] = Array.from({ length: columnCount }, () => []);
  for (const n of tops) columnIds[depth.get(n.id)!]!.push(n.id);
  const columnW = columnIds.map((ids) => Math.max(0, ...ids.map((id) => size.get(id)!.w)));

  // Which edges go forward, and the gap (after which column) their label takes.
  type Kind = { kind: 'forward'; gap: number } | { kind: 'step' } | { kind: 'back' };
  const kindOf = new Map<string, Kind>();
  for (const e of edges) {
    if (!byId.has(e.from) || !byId.has(e.to)) continue;
    const a = columnOf(e.from);
    const b = columnOf(e.to);
    if (b > a) kindOf.set(e.id, { kind: 'forward', gap: a });
    else if (a === b && topOf(e.from) === topOf(e.to) && e.from !== topOf(e.from) && e.to !== topOf(e.to)) {
      // Within one box: a drop when the target is the very next step, else an arc below.
      const kids = childrenOf(byId.get(e.from)!.parent ?? '').map((k) => k.id);
      kindOf.set(e.id, kids.indexOf(e.to) === kids.indexOf(e.from) + 1 ? { kind: 'step' } : { kind: 'back' });
    } else kindOf.set(e.id, { kind: 'back' });
  }
  const gapW = Array.from({ length: columnCount }, (_, gap) =>
    Math.max(
      MIN_GAP,
      ...edges
        .filter((e) => {
          const k = kindOf.get(e.id);
          return k?.kind === 'forward' && k.gap === gap;
        })
        .map((e) => labelW(e.label) + 24),
    ),
  );
  const columnX: number[] = [];
  let x = MARGIN;
  for (let c = 0; c < columnCount; c++) {
    columnX.push(x);
    x += columnW[c]! + gapW[c]!;
  }
  const width = x - gapW[columnCount - 1]! + MARGIN;

  const laid = new Map<string, LaidNode>();
  let contentBottom = MARGIN;
  columnIds.forEach((ids, c) => {
    let y = MARGIN;
    for (const id of ids) {
      const node = byId.get(id)!;
      const kids = childrenOf(id);
      const { w, h, innerW } = size.get(id)!;
      const nodeX = columnX[c]! + (columnW[c]! - w) / 2;
      laid.set(id, { ...node, x: nodeX, y, w, h, compound: kids.length > 0 });
      kids.forEach((kid, i) => {
        const kw = leafW(kid);
        laid.set(kid.id, { ...kid, x: nodeX + INSET + (innerW - kw) / 2 + (w - 2 * INSET - innerW) / 2, y: y + HEADER + i * (LEAF_H + STEP_GAP), w: kw, h: LEAF_H, compound: false });
      });
      y += h + STACK_GAP;
    }
    contentBottom = Math.max(contentBottom, y - STACK_GAP);
  });

  // Forward labels: in the gap after the source's column, near the line's middle, stacked apart.
  const anchorY = (n: LaidNode): number => n.y + Math.min(n.h / 2, LEAF_H / 2);
  const forward = edges
    .filter((e) => kindOf.get(e.id)?.kind === 'forward')
    .map((e) => {
      const a = laid.get(e.from)!;
      const b = laid.get(e.to)!;
      const gap = (kindOf.get(e.id) as { gap: number }).gap;
      return { e, a, b, gap, want: (anchorY(a) + anchorY(b)) / 2 };
    })
    .sort((p, q) => p.gap - q.gap || p.want - q.want);
  const placedY = new Map<string, number>();
  let lastGap = -1;
  let floor = 0;
  for (const f of forward) {
    if (f.gap !== lastGap) {
      lastGap = f.gap;
      floor = MARGIN;
    }
    const y = Math.max(f.want, floor + LABEL_H / 2);
    placedY.set(f.e.id, y);
    floor = y + LABEL_H / 2 + 2;
    contentBottom = Math.max(contentBottom, floor);
  }

  const leaves = [...laid.values()].filter((n) => !n.compound);
  /** Nothing is drawn under this state (in its column): a line may drop from its bottom. */
  const clearBelow = (n: LaidNode): boolean => !leaves.some((o) => o !== n && o.y >= n.y + n.h && o.x < n.x + n.w && n.x < o.x + o.w);
  let lane = 0;
  const laidEdges: LaidEdge[] = [];
  for (const e of edges) {
    const a = laid.get(e.from);
    const b = laid.get(e.to);
    const kind = kindOf.get(e.id);
    if (!a || !b || !kind) continue;
    if (kind.kind === 'forward') {
      // Right side → the label (the line runs under it) → left side of the target.
      const x1 = a.x + a.w;
      const y1 = anchorY(a);
      const x2 = b.x;
      const y2 = anchorY(b);
      const gapLeft = columnX[kind.gap]! + columnW[kind.gap]!;
      const lx = gapLeft + gapW[kind.gap]! / 2;
      const ly = placedY.get(e.id)!;
      const half = labelW(e.label) / 2;
      const path = `M${x1},${y1} C${(x1 + lx - half) / 2},${y1} ${(x1 + lx - half) / 2},${ly} ${lx - half},${ly} L${lx + half},${ly} C${(lx + half + x2) / 2},${ly} ${(lx + half + x2) / 2},${y2} ${x2 - 2},${y2}`;
      laidEdges.push({ ...e, back: false, path, ...labelAt(lx, ly, e.label) });
    } else if (kind.kind === 'step') {
      // A drop to the next step: the label in the space between the two, on the line.
      const cx = a.x + a.w / 2;
      const bx = b.x + b.w / 2;
      const top = a.y + a.h;
      laidEdges.push({ ...e, back: false, path: `M${cx},${top} L${bx},${b.y - 2}`, ...labelAt((cx + bx) / 2, (top + b.y) / 2, e.label) });
    } else {
      // Back: a line in a lane of its own under the drawing, its label on it.
      // It leaves from a state's bottom when nothing is drawn below it, else from its left side
      // of the column (and reaches its target from the right of its column), through the gaps.
      lane += 1;
      const left = columnX[columnOf(e.from)]! - 10;
      const right = columnX[columnOf(e.to)]! + columnW[columnOf(e.to)]! + 10;
      const out = clearBelow(a) ? { x: a.x + a.w / 2 - 10, y: a.y + a.h, lead: '' } : { x: left, y: anchorY(a), lead: `M${a.x},${anchorY(a)} L${left},${anchorY(a)} ` };
      const into = clearBelow(b) ? { x: b.x + b.w / 2 + 10, y: b.y + b.h + 2, tail: '' } : { x: right, y: anchorY(b), tail: ` L${b.x + b.w + 2},${anchorY(b)}` };
      const ly = contentBottom + lane * LANE;
      // Down to the lane, along it, and up: straight lines in the gutters and under the drawing.
      const r = Math.min(8, Math.abs(into.x - out.x) / 2);
      const toward = into.x >= out.x ? 1 : -1;
      const start = out.lead || `M${out.x},${out.y} `;
      const path = `${start}L${out.x},${ly - r} Q${out.x},${ly} ${out.x + toward * r},${ly} L${into.x - toward * r},${ly} Q${into.x},${ly} ${into.x},${ly - r} L${into.x},${into.y}${into.tail}`;
      laidEdges.push({ ...e, back: true, path, ...labelAt((out.x + into.x) / 2, ly, e.label) });
    }
  }
  return { nodes: [...laid.values()], edges: laidEdges, width, height: contentBottom + lane * LANE + LABEL_H / 2 + MARGIN };
}
