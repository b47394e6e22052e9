import { describe, expect, it } from 'vitest';
import { type EditorNode, type TemplateTree, addNode, buildTree, emptyScoring, moveNode, removeNode, ruleMaximum, shiftNode, toTreeInput } from './template-editor.model';

const node = (key: string, parentKey: string | null, code: string): EditorNode => ({
  key,
  parentKey,
  code,
  title: `指标${code}`,
  maxScore: null,
  weight: null,
  scoringMode: null,
  elective: null,
  requirements: [],
  rules: [],
});

// 1 (1.1 (1.1.1), 1.2), 2
const NODES = [node('a', null, '1'), node('b', 'a', '1.1'), node('c', 'b', '1.1.1'), node('d', 'a', '1.2'), node('e', null, '2')];
const order = (nodes: EditorNode[]) => nodes.map((n) => `${n.key}<${n.parentKey ?? ''}`);

describe('the tree editor’s model', () => {
  it('builds the tree from the flat list, siblings in list order', () => {
    const tree = buildTree(NODES);
    expect(tree.map((i) => i.label)).toEqual(['1 指标1', '2 指标2']);
    expect(tree[0]?.children.map((i) => i.key)).toEqual(['b', 'd']);
    expect(tree[0]?.children[0]?.children.map((i) => i.key)).toEqual(['c']);
  });

  it('adds an indicator as the last child, numbered after its siblings', () => {
    const added = addNode(NODES, 'a');
    expect(added.nodes.find((n) => n.key === added.key)).toMatchObject({ parentKey: 'a', code: '1.3', title: '新指标' });
    expect(order(added.nodes).indexOf(`${added.key}<a`)).toBe(4);
    expect(addNode(NODES, null).nodes.at(-1)).toMatchObject({ parentKey: null, code: '3' });
  });

  it('deletes an indicator with everything below it', () => {
    expect(removeNode(NODES, 'b').map((n) => n.key)).toEqual(['a', 'd', 'e']);
  });

  it('moves an indicator with its subtree, never into itself', () => {
    expect(order(moveNode(NODES, 'b', 'e'))).toEqual(['a<', 'd<a', 'e<', 'b<e', 'c<b']);
    expect(order(moveNode(NODES, 'b', null, 'a'))).toEqual(['b<', 'c<b', 'a<', 'd<a', 'e<']);
    expect(moveNode(NODES, 'a', 'c')).toEqual(NODES);
  });

  it('shifts an indicator up and down among its siblings', () => {
    expect(order(shiftNode(NODES, 'd', -1))).toEqual(['a<', 'd<a', 'b<a', 'c<b', 'e<']);
    expect(order(shiftNode(NODES, 'b', 1))).toEqual(['a<', 'd<a', 'b<a', 'c<b', 'e<']);
    expect(shiftNode(NODES, 'e', 1)).toEqual(NODES);
  });

  it('knows the most each rule kind allows', () => {
    expect(ruleMaximum({ ...emptyScoring('perItem'), each: 1, cap: 3 })).toBe(3);
    expect(ruleMaximum({ ...emptyScoring('alternative'), options: [{ label: '甲', points: 2 }, { label: '乙', points: 5 }] })).toBe(5);
    expect(ruleMaximum(emptyScoring('veto'))).toBe(0);
    expect(ruleMaximum(emptyScoring('range'))).toBeNull();
  });

  it('sends the tree as the API’s input, without read-only fields or type names', () => {
    const withRule: EditorNode = {
      ...node('a', null, '1'),
      rules: [{ text: '有方案3分', points: 3, note: '', organisationOwned: false, units: [{ name: '区科协', role: 'lead' }], effectiveUnits: [{ name: '区科协', role: 'lead' }], scoring: { ...emptyScoring('fixed'), points: 3 } }],
    };
    const tree = { id: 't-1', key: 'k', version: 1, name: '体系', source: null, totalScore: 3, scoringMode: 'points', maxTotal: 3, verdicts: { options: [{ label: '达标', value: 1 }, { label: '未达标', value: 0 }], rollUp: 'worst' }, nodes: [withRule] } as TemplateTree;
    const input = toTreeInput(tree, [{ ...withRule, __typename: 'TemplateNode' } as EditorNode], '新名称');
    expect(input).toMatchObject({ templateId: 't-1', name: '新名称', totalScore: 3 });
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(JSON.stringify(input)).not.toContain('effectiveUnits');
    expect(input.nodes[0]?.rules?.[0]).toMatchObject({ units: [{ name: '区科协', role: 'lead' }], scoring: { kind: 'fixed', points: 3 } });
  });
});
