import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../plugins/i18n';
import WorkflowDiagram from './workflow-diagram.vue';

// The diagram draws every label on a backdrop of its measured box, and zooms instead of being cut
// off: the drawing keeps its view box while its shown size follows the zoom.

const nodes = [
  { id: 'pending', label: '待开始', parent: null, initial: true, final: false },
  { id: 'submitted', label: '已提交', parent: null, initial: false, final: false },
  { id: 'approved', label: '已通过', parent: null, initial: false, final: true },
];
const edges = [
  { id: 'pending:submit', from: 'pending', to: 'submitted', event: 'submit', label: '提交' },
  { id: 'submitted:approve', from: 'submitted', to: 'approved', event: 'approve', label: '通过' },
  { id: 'submitted:withdraw', from: 'submitted', to: 'pending', event: 'withdraw', label: '撤回' },
];

describe('WorkflowDiagram', () => {
  it('draws each label with its backdrop, and zooms out, in and back', async () => {
    const w = mount(WorkflowDiagram, { props: { nodes, edges, current: 'submitted', allowed: ['approve'] }, global: { plugins: [createAppI18n('zh-CN')] } });
    await flushPromises();
    const svg = () => w.get('[data-test="workflow-diagram"]');
    const [, , vw, vh] = svg().attributes('viewBox')!.split(' ').map(Number);
    expect(Number(svg().attributes('width'))).toBe(Math.round(vw!));
    expect(w.findAll('.wf-label-box')).toHaveLength(3);
    expect(w.get('[data-edge="submitted:approve"]').classes()).toContain('is-allowed');
    expect(w.get('[data-edge="submitted:withdraw"]').text()).toBe('撤回');

    await w.get('[data-test="diagram-zoom-out"]').trigger('click');
    expect(Number(svg().attributes('width'))).toBe(Math.round(vw! * 0.8));
    expect(Number(svg().attributes('height'))).toBe(Math.round(vh! * 0.8));
    expect(svg().attributes('viewBox')).toBe(`0 0 ${vw} ${vh}`);
    expect(w.get('[data-test="diagram-zoom-reset"]').text()).toBe('80%');
    await w.get('[data-test="diagram-zoom-in"]').trigger('click');
    await w.get('[data-test="diagram-zoom-in"]').trigger('click');
    expect(Number(svg().attributes('width'))).toBe(Math.round(vw! * 1.25));
    await w.get('[data-test="diagram-zoom-reset"]').trigger('click');
    expect(Number(svg().attributes('width'))).toBe(Math.round(vw!));
    w.unmount();
  });
});
