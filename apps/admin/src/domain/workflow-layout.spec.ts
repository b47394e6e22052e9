import { describe, expect, it } from 'vitest';
import { layoutWorkflow } from './workflow-layout';

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
      [edge('pending', 'in_progress', 'start'), edge('in_progress', 'submitted', 'submit'), edge('submitted', 'in_progress', 'withdraw'), edge('submitted', 'returned', 'return'), edge('submitted', 'approved', 'approve'), edge('returned', 'submitted', 'resubmit')],
    );
    const x = Object.fromEntries(layout.nodes.map((n) => [n.id, n.x]));
    expect(x['pending']!).toBeLessThan(x['in_progress']!);
    expect(x['in_progress']!).toBeLessThan(x['submitted']!);
    expect(x['returned']).toBe(x['approved']);
    // withdraw and resubmit go back: arcs below the drawing.
    expect(layout.edges.filter((e) => e.back).map((e) => e.event).sort()).toEqual(['resubmit', 'withdraw']);
    expect(layout.edges).toHaveLength(6);
  });

  it('draws a compound state as a box holding its steps', () => {
    const layout = layoutWorkflow(
      [node('preparation', '筹备', { initial: true }), node('creation', '创建'), node('creation.a', '宣传发动', { parent: 'creation', initial: true }), node('creation.b', '完善材料', { parent: 'creation' }), node('done', '已认定', { final: true })],
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
