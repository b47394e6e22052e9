import { join } from 'node:path';
import { stateLabels, toGraph } from './graph';
import { loadOrThrow, WORKFLOWS_DIR } from './spec-helpers';

describe('toGraph', () => {
  it('renders the task workflow as nodes and one edge per transition and source state', () => {
    const graph = toGraph(loadOrThrow(join(WORKFLOWS_DIR, 'task.yaml')));
    expect(graph.nodes).toEqual([
      {
        id: 'pending',
        label: '待开始',
        initial: true,
        final: false,
        evidenceEditable: true,
        reviewQueue: false,
      },
      {
        id: 'in_progress',
        label: '进行中',
        initial: false,
        final: false,
        evidenceEditable: true,
        reviewQueue: false,
      },
      {
        id: 'submitted',
        label: '已提交',
        initial: false,
        final: false,
        evidenceEditable: false,
        reviewQueue: true,
      },
      {
        id: 'returned',
        label: '已退回',
        initial: false,
        final: false,
        evidenceEditable: true,
        reviewQueue: false,
      },
      {
        id: 'approved',
        label: '已通过',
        initial: false,
        final: true,
        evidenceEditable: false,
        reviewQueue: false,
      },
    ]);
    expect(
      graph.edges.map(({ needsComment, confirm, ...edge }) => ({
        edge,
        needsComment,
        confirm: confirm !== undefined,
      })),
    ).toEqual([
      {
        edge: {
          id: 'pending:start',
          from: 'pending',
          to: 'in_progress',
          event: 'start',
          label: '开始',
        },
        needsComment: false,
        confirm: false,
      },
      {
        edge: {
          id: 'in_progress:submit',
          from: 'in_progress',
          to: 'submitted',
          event: 'submit',
          label: '提交',
        },
        needsComment: false,
        confirm: true,
      },
      {
        edge: {
          id: 'submitted:withdraw',
          from: 'submitted',
          to: 'in_progress',
          event: 'withdraw',
          label: '撤回',
        },
        needsComment: false,
        confirm: true,
      },
      {
        edge: {
          id: 'submitted:return',
          from: 'submitted',
          to: 'returned',
          event: 'return',
          label: '退回',
        },
        needsComment: true,
        confirm: true,
      },
      {
        edge: {
          id: 'submitted:approve',
          from: 'submitted',
          to: 'approved',
          event: 'approve',
          label: '通过',
        },
        needsComment: false,
        confirm: true,
      },
      {
        edge: {
          id: 'returned:resubmit',
          from: 'returned',
          to: 'submitted',
          event: 'resubmit',
          label: '重新提交',
        },
        needsComment: false,
        confirm: true,
      },
    ]);
  });

  it('nests sub-steps under their parent and keeps edges to compound states as written', () => {
    const graph = toGraph(loadOrThrow(join(WORKFLOWS_DIR, 'campaign.yaml')));
    expect(graph.nodes.filter((node) => node.parent === 'creation')).toEqual([
      {
        id: 'creation.publicity',
        label: '宣传发动',
        parent: 'creation',
        initial: true,
        final: false,
        evidenceEditable: false,
        reviewQueue: false,
      },
      {
        id: 'creation.evidence',
        label: '完善佐证材料及自评报告',
        parent: 'creation',
        initial: false,
        final: false,
        evidenceEditable: false,
        reviewQueue: false,
      },
      {
        id: 'creation.city-assessment',
        label: '市级评估和实地检查',
        parent: 'creation',
        initial: false,
        final: false,
        evidenceEditable: false,
        reviewQueue: false,
      },
    ]);
    expect(graph.nodes.find((node) => node.id === 'creation')).toEqual({
      id: 'creation',
      label: '创建',
      initial: false,
      final: false,
      evidenceEditable: false,
      reviewQueue: false,
    });
    expect(graph.edges.map((edge) => `${edge.from} -${edge.event}-> ${edge.to}`)).toEqual([
      'preparation -start-creation-> creation',
      'creation.publicity -collect-evidence-> creation.evidence',
      'creation.evidence -request-city-assessment-> creation.city-assessment',
      'creation -submit-for-accreditation-> accreditation',
      'accreditation -request-rectification-> creation.evidence',
      'accreditation -accredit-> accredited',
      'accreditation -reject-> rejected',
    ]);
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
  });

  it('gives one edge per source state when from is a list', () => {
    const definition = loadOrThrow(join(WORKFLOWS_DIR, 'task.yaml'));
    const widened = {
      ...definition,
      transitions: [{ ...definition.transitions[0], from: ['pending', 'returned'] }],
    };
    expect(toGraph(widened).edges.map((edge) => edge.id)).toEqual(['pending:start', 'returned:start']);
    expect(stateLabels(definition)['returned']).toBe('已退回');
  });
});
