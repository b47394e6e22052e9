import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { boxesIntersect, layoutWorkflow, textWidth, type Box, type GraphEdge, type GraphNode } from './workflow-layout';

const node = (id: string, label: string, extra: { parent?: string; initial?: boolean; final?: boolean } = {}) => ({
  id,
  label,
  parent: extra.parent ?? null,
  initial: extra.initial ?? false,
  final: extra.final ?? false,
});
const edge = (from: string, to: string, event: string) => ({ id: `${from}:${event}`, from, to, event, label: event });

describe('workflow layout', () => {
  it('puts states in columns by their distance from the initial state, finals last', () => {
    const layout = layoutWorkflow(
      [node('pending', '待开始', { initial: true }), node('in_progress', '进行中'), node('submitted', '已提交'), node('returned', '已退回'), node('approved', '已通过', { final: true })],
      [
        edge('pending', 'in_progress', 'start'),
        edge('in_progress', 'submitted', 'submit'),
        edge('submitted', 'in_progress', 'withdraw'),
        edge('submitted', 'returned', 'return'),
        edge('submitted', 'approved', 'approve'),
        edge('returned', 'submitted', 'resubmit'),
      ],
    );
    const x = Object.fromEntries(layout.nodes.map((n) => [n.id, n.x]));
    expect(x['pending']!).toBeLessThan(x['in_progress']!);
    expect(x['in_progress']!).toBeLessThan(x['submitted']!);
    expect(x['returned']).toBe(x['approved']);
    // withdraw and resubmit go back: arcs below the drawing.
    expect(
      layout.edges
        .filter((e) => e.back)
        .map((e) => e.event)
        .sort(),
    ).toEqual(['resubmit', 'withdraw']);
    expect(layout.edges).toHaveLength(6);
  });

  it('draws a compound state as a box holding its steps', () => {
    const layout = layoutWorkflow(
      [
        node('preparation', '筹备', { initial: true }),
        node('creation', '创建'),
        node('creation.a', '宣传发动', { parent: 'creation', initial: true }),
        node('creation.b', '完善材料', { parent: 'creation' }),
        node('done', '已认定', { final: true }),
      ],
      [edge('preparation', 'creation', 'start'), edge('creation.a', 'creation.b', 'next'), edge('creation', 'done', 'accredit')],
    );
    const box = layout.nodes.find((n) => n.id === 'creation')!;
    const step = layout.nodes.find((n) => n.id === 'creation.b')!;
    expect(box.compound).toBe(true);
    expect(step.x).toBeGreaterThan(box.x);
    expect(step.y + step.h).toBeLessThanOrEqual(box.y + box.h);
    expect(layout.edges.find((e) => e.event === 'next')!.path.startsWith('M')).toBe(true);
  });
});

// The shipped workflows (workflows/*.yaml), read as the engine reads their states and transitions:
// no edge label may sit on a state's box (or a box's title), on another label, or outside the drawing.
const shipped = import.meta.glob('../../../../workflows/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

interface YamlState {
  label: string;
  initial?: boolean;
  final?: boolean;
  states?: Record<string, YamlState>;
}
interface YamlTransition {
  event: string;
  label: string;
  from: string | string[];
  to: string;
}

function graphOf(source: string): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const definition = parseYaml(source) as { states: Record<string, YamlState>; transitions: YamlTransition[] };
  const nodes: GraphNode[] = [];
  const walk = (states: Record<string, YamlState>, parent: string | null): void => {
    for (const [key, state] of Object.entries(states)) {
      const id = parent ? `${parent}.${key}` : key;
      nodes.push({ id, label: state.label, parent, initial: state.initial ?? false, final: state.final ?? false });
      if (state.states) walk(state.states, id);
    }
  };
  walk(definition.states, null);
  const edges = definition.transitions.flatMap((t) => (Array.isArray(t.from) ? t.from : [t.from]).map((from) => ({ id: `${from}:${t.event}`, from, to: t.to, event: t.event, label: t.label })));
  return { nodes, edges };
}

describe('the shipped workflows, laid out', () => {
  const files = Object.keys(shipped);

  it('finds them all', () => {
    expect(files.map((f) => f.split('/').pop()).sort()).toEqual([
      'campaign.yaml',
      'national-batch-first.yaml',
      'national-batch-second.yaml',
      'national-batch.yaml',
      'participant.yaml',
      'task.yaml',
      'yearly-report.yaml',
    ]);
  });

  it.each(files.map((f) => [f.split('/').pop()!, f] as const))('%s: labels clear of boxes, of each other, and inside the drawing', (_name, file) => {
    const { nodes, edges } = graphOf(shipped[file]!);
    const layout = layoutWorkflow(nodes, edges);
    expect(layout.edges).toHaveLength(edges.length);
    // Leaf boxes, and the title band of each compound box (its steps sit below it).
    const boxes: Array<{ id: string } & Box> = layout.nodes.map((n) => (n.compound ? { id: `${n.id} (title)`, x: n.x, y: n.y, w: n.w, h: 26 } : { id: n.id, x: n.x, y: n.y, w: n.w, h: n.h }));
    const onBoxes = layout.edges.flatMap((e) => boxes.filter((b) => boxesIntersect(e.labelBox, b)).map((b) => `${e.id} on ${b.id}`));
    expect(onBoxes).toEqual([]);
    const onLabels = layout.edges.flatMap((e, i) =>
      layout.edges
        .slice(i + 1)
        .filter((o) => boxesIntersect(e.labelBox, o.labelBox))
        .map((o) => `${e.id} on ${o.id}`),
    );
    expect(onLabels).toEqual([]);
    for (const e of layout.edges) {
      expect(e.labelBox.x, e.id).toBeGreaterThanOrEqual(0);
      expect(e.labelBox.y, e.id).toBeGreaterThanOrEqual(0);
      expect(e.labelBox.x + e.labelBox.w, e.id).toBeLessThanOrEqual(layout.width);
      expect(e.labelBox.y + e.labelBox.h, e.id).toBeLessThanOrEqual(layout.height);
    }
    for (const n of layout.nodes) {
      expect(n.x + n.w, n.id).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.h, n.id).toBeLessThanOrEqual(layout.height);
      // Each state's box is wide enough for its name.
      expect(n.w, n.id).toBeGreaterThanOrEqual(textWidth(n.label, n.compound ? 12 : 13));
    }
    // No two state boxes overlap (a step lies inside its own box only).
    const leaves = layout.nodes.filter((n) => !n.compound);
    const overlaps = leaves.flatMap((a, i) =>
      leaves
        .slice(i + 1)
        .filter((b) => boxesIntersect(a, b))
        .map((b) => `${a.id} on ${b.id}`),
    );
    expect(overlaps).toEqual([]);
  });

  it('measures Chinese wider than Latin, so English labels get their own room', () => {
    expect(textWidth('退回整改', 11)).toBe(44);
    expect(textWidth('Return', 11)).toBeLessThan(textWidth('Return for revision', 11));
    const narrow = layoutWorkflow([node('a', 'A', { initial: true }), node('b', 'B')], [edge('a', 'b', 'go')]);
    const wide = layoutWorkflow([node('a', 'A', { initial: true }), node('b', 'B')], [{ ...edge('a', 'b', 'go'), label: 'Submit for accreditation by the experts' }]);
    expect(wide.width - narrow.width).toBeGreaterThan(textWidth('Submit for accreditation by the experts', 11) - textWidth('go', 11) - 48);
    const label = wide.edges[0]!.labelBox;
    for (const n of wide.nodes) expect(boxesIntersect(label, n)).toBe(false);
  });
});
