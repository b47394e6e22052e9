// Lays a workflow's state graph out for drawing: top-level states in columns by their distance
// from the initial state, compound states (创建 with its steps) as boxes holding their children,
// edges as forward curves, steps within a box as short drops, and back edges (退回整改) as arcs below.

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

export interface LaidEdge extends GraphEdge {
  path: string;
  labelX: number;
  labelY: number;
  back: boolean;
}

export interface Layout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

const LEAF_W = 132;
const LEAF_H = 38;
const COMPOUND_W = 176;
const HEADER = 26;
const GAP = 22;
const COL = 230;
const MARGIN = 20;

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

  const laid = new Map<string, LaidNode>();
  const columns = new Map<number, string[]>();
  for (const n of tops) {
    const d = depth.get(n.id)!;
    columns.set(d, [...(columns.get(d) ?? []), n.id]);
  }
  let height = 0;
  for (const [d, ids] of [...columns].sort((a, b) => a[0] - b[0])) {
    let y = MARGIN;
    for (const id of ids) {
      const node = byId.get(id)!;
      const kids = childrenOf(id);
      const compound = kids.length > 0;
      const w = compound ? COMPOUND_W : LEAF_W;
      const h = compound ? HEADER + kids.length * (LEAF_H + GAP) + 2 : LEAF_H;
      const x = MARGIN + d * COL + (compound ? 0 : (COMPOUND_W - LEAF_W) / 2);
      laid.set(id, { ...node, x, y, w, h, compound });
      kids.forEach((kid, i) => laid.set(kid.id, { ...kid, x: x + (COMPOUND_W - LEAF_W) / 2, y: y + HEADER + i * (LEAF_H + GAP), w: LEAF_W, h: LEAF_H, compound: false }));
      y += h + 28;
    }
    height = Math.max(height, y);
  }
  const contentBottom = height;
  let backIndex = 0;
  const laidEdges: LaidEdge[] = [];
  for (const e of edges) {
    const a = laid.get(e.from);
    const b = laid.get(e.to);
    if (!a || !b) continue;
    if (b.x >= a.x + a.w) {
      // Forward: right side to left side.
      const x1 = a.x + a.w;
      const y1 = a.y + Math.min(a.h / 2, 19);
      const x2 = b.x;
      const y2 = b.y + Math.min(b.h / 2, 19);
      const mx = (x1 + x2) / 2;
      laidEdges.push({ ...e, back: false, path: `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2 - 2},${y2}`, labelX: mx, labelY: (y1 + y2) / 2 - 6 });
    } else if (Math.abs(a.x - b.x) < 1 && b.y > a.y) {
      // A step down within a box.
      const x = a.x + a.w / 2;
      laidEdges.push({ ...e, back: false, path: `M${x},${a.y + a.h} L${x},${b.y - 2}`, labelX: x + 6, labelY: (a.y + a.h + b.y) / 2 + 4 });
    } else {
      // Back: an arc under the drawing.
      backIndex += 1;
      const x1 = a.x + a.w / 2 - 10;
      const y1 = a.y + a.h;
      const x2 = b.x + b.w / 2 + 10;
      const y2 = b.y + b.h;
      const low = contentBottom + backIndex * 26;
      laidEdges.push({ ...e, back: true, path: `M${x1},${y1} C${x1},${low} ${x2},${low} ${x2},${y2 + 2}`, labelX: (x1 + x2) / 2, labelY: low - 14 });
    }
  }
  const width = MARGIN * 2 + maxDepth * COL + COMPOUND_W;
  return { nodes: [...laid.values()], edges: laidEdges, width, height: contentBottom + backIndex * 26 + 20 };
}
