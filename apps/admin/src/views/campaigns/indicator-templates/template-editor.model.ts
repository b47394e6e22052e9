import type { IndicatorTemplateTreeInput, IndicatorTemplateVersionQuery, RuleScoringInput, ScoringRuleKind, TemplateProblemFieldsFragment } from '../../../graphql/generated/graphql';
import { tr, type MessageKey } from '../../../plugins/i18n';
import { type RuleParamsDraft, readRuleParams, toScoringInput } from '../../../domain/rule-params';

// The tree editor's logic, apart from the page: the flat list of nodes the API sends and takes
// (each naming its parent), turned into a tree for display, and the edits — add, move, rename,
// delete — made on the list. Order in the list is the order among siblings.

export type TemplateTree = IndicatorTemplateVersionQuery['indicatorTemplateVersion'];
type TemplateNodeRead = TemplateTree['nodes'][number];
type TemplateRuleRead = TemplateNodeRead['rules'][number];
/** A rule as the editor holds it: its scoring a flat draft the form fields write into. */
export type EditorRule = Omit<TemplateRuleRead, 'scoring'> & { scoring: RuleParamsDraft };
export type EditorNode = Omit<TemplateNodeRead, 'rules'> & { rules: EditorRule[] };
export type { RuleParamsDraft } from '../../../domain/rule-params';
export { emptyRuleParams } from '../../../domain/rule-params';
export type TemplateProblem = TemplateProblemFieldsFragment;

export interface TreeItem {
  key: string;
  label: string;
  node: EditorNode;
  children: TreeItem[];
}

// Labels are message keys: the page translates them when it draws them.
export const SCORING_MODE_LABELS: Record<string, MessageKey> = { points: 'templates.mode.points', weights: 'templates.mode.weights', verdicts: 'templates.mode.verdicts' };
export const COUNTING_LABELS: Record<string, MessageKey> = { normalise: 'templates.counting.normalise', bestN: 'templates.counting.bestN' };
export const ROLE_LABELS: Record<string, MessageKey> = { lead: 'templates.role.lead', support: 'templates.role.support' };

/** The rule kinds and the parameters each one takes (shown as form fields, never as JSON). */
export const RULE_KINDS: { kind: ScoringRuleKind; label: MessageKey; fields: (keyof RuleParamsDraft)[] }[] = [
  { kind: 'fixed', label: 'templates.kind.fixed', fields: ['points'] },
  { kind: 'range', label: 'templates.kind.range', fields: ['min', 'max'] },
  { kind: 'alternative', label: 'templates.kind.alternative', fields: ['options'] },
  { kind: 'tiered', label: 'templates.kind.tiered', fields: ['min', 'max', 'basis', 'order', 'step'] },
  { kind: 'perItem', label: 'templates.kind.perItem', fields: ['each', 'cap', 'item'] },
  { kind: 'conditionalCap', label: 'templates.kind.conditionalCap', fields: ['min', 'max', 'cap', 'condition'] },
  { kind: 'veto', label: 'templates.kind.veto', fields: ['condition'] },
  { kind: 'series', label: 'templates.kind.series', fields: ['points', 'years', 'condition'] },
  { kind: 'verdict', label: 'templates.kind.verdict', fields: [] },
];

export const PARAM_LABELS: Partial<Record<keyof RuleParamsDraft, MessageKey>> = {
  points: 'templates.param.points',
  min: 'templates.param.min',
  max: 'templates.param.max',
  each: 'templates.param.each',
  cap: 'templates.param.cap',
  item: 'templates.param.item',
  condition: 'templates.param.condition',
  basis: 'templates.param.basis',
  order: 'templates.param.order',
  step: 'templates.param.step',
  options: 'templates.param.options',
  years: 'templates.param.years',
};

const NUMBER_PARAMS = new Set<keyof RuleParamsDraft>(['points', 'min', 'max', 'each', 'cap', 'step']);
export const isNumberParam = (field: keyof RuleParamsDraft) => NUMBER_PARAMS.has(field);

/** The most a rule of these parameters can earn, as the API checks it (null: cannot say yet). */
export function ruleMaximum(scoring: RuleParamsDraft): number | null {
  switch (scoring.kind) {
    case 'fixed':
    case 'series':
      return scoring.points ?? null;
    case 'range':
    case 'tiered':
    case 'conditionalCap':
      return scoring.max ?? null;
    case 'perItem':
      return scoring.cap ?? null;
    case 'alternative':
      return scoring.options?.length ? Math.max(...scoring.options.map((o) => o.points)) : null;
    default:
      return 0;
  }
}

/** The tree's nodes as the editor holds them: each rule's scoring read into its draft. */
export function toEditorNodes(nodes: readonly TemplateNodeRead[]): EditorNode[] {
  return nodes.map((node) => ({ ...node, rules: node.rules.map((rule) => ({ ...rule, scoring: readRuleParams(rule.scoring) })) }));
}

export function buildTree(nodes: readonly EditorNode[]): TreeItem[] {
  const keys = new Set(nodes.map((n) => n.key));
  const items = new Map(nodes.map((node) => [node.key, { key: node.key, label: `${node.code} ${node.title}`, node, children: [] as TreeItem[] }]));
  const roots: TreeItem[] = [];
  for (const node of nodes) {
    const item = items.get(node.key) as TreeItem;
    const parent = node.parentKey && keys.has(node.parentKey) ? items.get(node.parentKey) : undefined;
    (parent ? parent.children : roots).push(item);
  }
  return roots;
}

/** The node and every node below it, in list order. */
export function subtreeKeys(nodes: readonly EditorNode[], key: string): Set<string> {
  const keys = new Set([key]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes)
      if (node.parentKey && keys.has(node.parentKey) && !keys.has(node.key)) {
        keys.add(node.key);
        grew = true;
      }
  }
  return keys;
}

let counter = 0;
export const newKey = () => `new-${Date.now().toString(36)}-${++counter}`;

/** Adds an indicator as the last child of `parentKey` (or at the top); returns the new list and its key. */
export function addNode(nodes: readonly EditorNode[], parentKey: string | null): { nodes: EditorNode[]; key: string } {
  const parent = nodes.find((n) => n.key === parentKey);
  const siblings = nodes.filter((n) => (n.parentKey ?? null) === parentKey);
  const code = parent ? `${parent.code}.${siblings.length + 1}` : String(siblings.length + 1);
  const key = newKey();
  const node: EditorNode = { key, parentKey, code, title: tr('templates.newNode'), maxScore: null, weight: null, scoringMode: null, elective: null, requirements: [], rules: [] };
  const last = parentKey ? [...subtreeKeys(nodes, parentKey)] : [];
  const at = parentKey ? Math.max(...nodes.map((n, i) => (last.includes(n.key) ? i : -1))) + 1 : nodes.length;
  return { nodes: [...nodes.slice(0, at), node, ...nodes.slice(at)], key };
}

/** Deletes an indicator with everything below it. */
export function removeNode(nodes: readonly EditorNode[], key: string): EditorNode[] {
  const gone = subtreeKeys(nodes, key);
  return nodes.filter((n) => !gone.has(n.key));
}

export function updateNode(nodes: readonly EditorNode[], key: string, change: Partial<EditorNode>): EditorNode[] {
  return nodes.map((n) => (n.key === key ? { ...n, ...change } : n));
}

/**
 * Moves an indicator (with its subtree) under `parentKey`, before the sibling `beforeKey` or last.
 * Refused (the list unchanged) when the new parent is inside the moved subtree.
 */
export function moveNode(nodes: readonly EditorNode[], key: string, parentKey: string | null, beforeKey: string | null = null): EditorNode[] {
  const moved = subtreeKeys(nodes, key);
  if (parentKey !== null && moved.has(parentKey)) return [...nodes];
  const block = nodes.filter((n) => moved.has(n.key)).map((n) => (n.key === key ? { ...n, parentKey } : n));
  const rest = nodes.filter((n) => !moved.has(n.key));
  let at: number;
  if (beforeKey && rest.some((n) => n.key === beforeKey)) at = rest.findIndex((n) => n.key === beforeKey);
  else if (parentKey === null) at = rest.length;
  else {
    const inParent = subtreeKeys(rest, parentKey);
    at = Math.max(...rest.map((n, i) => (inParent.has(n.key) ? i : -1))) + 1;
  }
  return [...rest.slice(0, at), ...block, ...rest.slice(at)];
}

/** Moves an indicator one place up or down among its siblings. */
export function shiftNode(nodes: readonly EditorNode[], key: string, direction: -1 | 1): EditorNode[] {
  const node = nodes.find((n) => n.key === key);
  if (!node) return [...nodes];
  const siblings = nodes.filter((n) => (n.parentKey ?? null) === (node.parentKey ?? null));
  const index = siblings.findIndex((n) => n.key === key);
  const target = siblings[index + direction];
  if (!target) return [...nodes];
  if (direction === -1) return moveNode(nodes, key, node.parentKey ?? null, target.key);
  const after = siblings[index + 2];
  return moveNode(nodes, key, node.parentKey ?? null, after?.key ?? null);
}

/** The tree as the API's input, or the rules whose kind needs a number the form has left empty. */
export type TreeInputRead = { ok: true; input: IndicatorTemplateTreeInput } | { ok: false; problems: TemplateProblem[] };

/** The tree as the API's input: read-only fields and type names left out, each rule's scoring as its kind's input. */
export function toTreeInput(tree: TemplateTree, nodes: readonly EditorNode[], name: string): TreeInputRead {
  const problems: TemplateProblem[] = [];
  const scoringOf = (node: EditorNode, ruleIndex: number, scoring: RuleParamsDraft): RuleScoringInput | null => {
    const read = toScoringInput(scoring);
    if (read.ok) return read.input;
    for (const field of read.missing) {
      problems.push({
        nodeKey: node.key,
        ruleIndex,
        path: `nodes[${nodes.indexOf(node)}].rules[${ruleIndex}].scoring.${field}`,
        message: tr('templates.paramMissing', { param: tr(PARAM_LABELS[field] ?? 'templates.param.points') }),
        severity: 'error',
      });
    }
    return null;
  };
  const input: IndicatorTemplateTreeInput = {
    templateId: tree.id,
    name,
    totalScore: tree.totalScore,
    scoringMode: tree.scoringMode,
    verdicts: tree.verdicts ? { options: tree.verdicts.options.map((o) => ({ label: o.label, value: o.value })), rollUp: tree.verdicts.rollUp } : null,
    nodes: nodes.map((node) => ({
      key: node.key,
      parentKey: node.parentKey,
      code: node.code,
      title: node.title,
      maxScore: node.maxScore,
      weight: node.weight,
      scoringMode: node.scoringMode,
      elective: node.elective ? { min: node.elective.min, max: node.elective.max, counting: node.elective.counting, best: node.elective.best } : null,
      requirements: node.requirements.map((r) => ({ code: r.code, text: r.text })),
      rules: node.rules.map((rule, r) => ({
        text: rule.text,
        points: rule.points,
        note: rule.note,
        organisationOwned: rule.organisationOwned,
        units: rule.units.map((u) => ({ name: u.name, role: u.role })),
        // A rule with an empty number is never sent: its problems are returned instead.
        scoring: scoringOf(node, r, rule.scoring) ?? { verdict: true },
      })),
    })),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input };
}

/** Problems per node key (and '' for the system), for marks in the tree. */
export function problemsByNode(problems: readonly TemplateProblem[]): Map<string, TemplateProblem[]> {
  const map = new Map<string, TemplateProblem[]>();
  for (const problem of problems) map.set(problem.nodeKey ?? '', [...(map.get(problem.nodeKey ?? '') ?? []), problem]);
  return map;
}

/** Where a problem is, in words: 指标 1.2 第 3 条规则 / 整个指标体系. */
export function describeProblemPlace(problem: TemplateProblem, nodes: readonly EditorNode[]): string {
  const node = nodes.find((n) => n.key === problem.nodeKey);
  if (!node) return tr('templates.placeSystem');
  return problem.ruleIndex === null || problem.ruleIndex === undefined ? tr('templates.placeNode', { code: node.code }) : tr('templates.placeRule', { code: node.code, n: problem.ruleIndex + 1 });
}
