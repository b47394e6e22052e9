import { describe, expect, it } from 'vitest';
import type { RuleScoringInput } from '../../../graphql/generated/graphql';
import { ruleScoringOf } from '../../../testing/rule-scoring.fixture';
import {
  type EditorNode,
  type RuleParamsDraft,
  type TemplateTree,
  addNode,
  buildTree,
  emptyRuleParams,
  moveNode,
  removeNode,
  ruleMaximum,
  shiftNode,
  toEditorNodes,
  toTreeInput,
} from './template-editor.model';

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
    expect(ruleMaximum({ ...emptyRuleParams('perItem'), each: 1, cap: 3 })).toBe(3);
    expect(
      ruleMaximum({
        ...emptyRuleParams('alternative'),
        options: [
          { label: '甲', points: 2 },
          { label: '乙', points: 5 },
        ],
      }),
    ).toBe(5);
    expect(ruleMaximum(emptyRuleParams('veto'))).toBe(0);
    expect(ruleMaximum(emptyRuleParams('range'))).toBeNull();
  });

  it('sends the tree as the API’s input, without read-only fields or type names', () => {
    const withRule: EditorNode = {
      ...node('a', null, '1'),
      rules: [
        {
          text: '有方案3分',
          points: 3,
          note: '',
          organisationOwned: false,
          units: [{ name: '区科协', role: 'lead' }],
          effectiveUnits: [{ name: '区科协', role: 'lead' }],
          scoring: { ...emptyRuleParams('fixed'), points: 3 },
        },
      ],
    };
    const tree = {
      id: 't-1',
      key: 'k',
      version: 1,
      name: '体系',
      source: null,
      totalScore: 3,
      scoringMode: 'points',
      maxTotal: 3,
      verdicts: {
        options: [
          { label: '达标', value: 1 },
          { label: '未达标', value: 0 },
        ],
        rollUp: 'worst',
      },
      nodes: [withRule],
    } as unknown as TemplateTree;
    const read = toTreeInput(tree, [{ ...withRule, __typename: 'TemplateNode' } as EditorNode], '新名称');
    if (!read.ok) throw new Error('a complete tree must read');
    const { input } = read;
    expect(input).toMatchObject({ templateId: 't-1', name: '新名称', totalScore: 3 });
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(JSON.stringify(input)).not.toContain('effectiveUnits');
    expect(input.nodes[0]?.rules?.[0]).toEqual({ text: '有方案3分', points: 3, note: '', organisationOwned: false, units: [{ name: '区科协', role: 'lead' }], scoring: { fixed: { points: 3 } } });
  });

  it('saves a tree read and left unchanged with every rule’s scoring as it was read', () => {
    const inputs: RuleScoringInput[] = [
      { fixed: { points: 2 } },
      {
        alternative: {
          options: [
            { label: '甲', points: 2 },
            { label: '乙', points: 1 },
          ],
        },
      },
      { tiered: { min: 1, max: 5, basis: '人均财政科普经费', order: 'desc', step: 2, singleApplicant: { min: 1, max: 3 } } },
      { perItem: { each: 2, cap: 4 } },
      { series: { points: 2, years: [2021, 2022], condition: '逐年递增' } },
      { verdict: true },
    ];
    const read = {
      ...node('a', null, '1'),
      rules: inputs.map((input) => ({ text: '规则', points: 0, note: '', organisationOwned: false, units: [], effectiveUnits: [], scoring: ruleScoringOf(input) })),
    };
    const tree = { id: 't-1', verdicts: null, nodes: [read] } as unknown as TemplateTree;
    const saved = toTreeInput(tree, toEditorNodes(tree.nodes), '体系');
    if (!saved.ok) throw new Error('a tree read unchanged must save');
    expect(saved.input.nodes[0]?.rules?.map((rule) => rule.scoring)).toEqual(inputs);
    // A table that declares no verdict scale sends none (the platform's default is not a choice it made).
    expect(saved.input.verdicts).toBeNull();
  });

  it('sends no tree with a number its kind needs left empty, and says which rule and which number', () => {
    const rule = (scoring: RuleParamsDraft) => ({ text: '规则', points: 0, note: '', organisationOwned: false, units: [], effectiveUnits: [], scoring });
    const nodes: EditorNode[] = [{ ...node('a', null, '1'), rules: [rule({ ...emptyRuleParams('veto'), condition: '发生事故' }), rule({ ...emptyRuleParams('range'), min: 0 })] }];
    const tree = { id: 't-1', verdicts: { options: [], rollUp: 'worst' }, nodes } as unknown as TemplateTree;
    expect(toTreeInput(tree, nodes, '体系')).toEqual({
      ok: false,
      problems: [{ nodeKey: 'a', ruleIndex: 1, path: 'nodes[0].rules[1].scoring.max', message: expect.stringContaining('最高分'), severity: 'error' }],
    });
  });
});
