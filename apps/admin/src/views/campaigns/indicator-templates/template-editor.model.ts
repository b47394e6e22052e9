import type {
  IndicatorTemplateTreeInput,
  IndicatorTemplateVersionQuery,
  ScoringRuleKind,
  TemplateProblemFieldsFragment,
} from '../../../graphql/generated/graphql';

// The tree editor's logic, apart from the page: the flat list of nodes the API sends and takes
// (each naming its parent), turned into a tree for display, and the edits — add, move, rename,
// delete — made on the list. Order in the list is the order among siblings.

export type TemplateTree = IndicatorTemplateVersionQuery['indicatorTemplateVersion'];
export type EditorNode = TemplateTree['nodes'][number];
export type EditorRule = EditorNode['rules'][number];
export type RuleScoring = EditorRule['scoring'];
export type TemplateProblem = TemplateProblemFieldsFragment;

export interface TreeItem {
  key: string;
  label: string;
  node: EditorNode;
  children: TreeItem[];
}

export const SCORING_MODE_LABELS: Record<string, string> = { points: '按分值计分', weights: '按权重计分', verdicts: '不计分（达标判定）' };
export const COUNTING_LABELS: Record<string, string> = { normalise: '未选项不计入满分（按所选项折算）', bestN: '取最好的 N 项计分' };
export const ROLE_LABELS: Record<string, string> = { lead: '牵头', support: '配合' };

/** The rule kinds and the parameters each one takes (shown as form fields, never as JSON). */
export const RULE_KINDS: { kind: ScoringRuleKind; label: string; fields: (keyof RuleScoring)[] }[] = [
  { kind: 'fixed', label: '固定分值', fields: ['points'] },
  { kind: 'range', label: '区间评分', fields: ['min', 'max'] },
  { kind: 'alternative', label: '择一赋分', fields: ['options'] },
  { kind: 'tiered', label: '分档赋分', fields: ['min', 'max', 'basis', 'order', 'step'] },
  { kind: 'perItem', label: '按项计分（封顶）', fields: ['each', 'cap', 'item'] },
  { kind: 'conditionalCap', label: '条件封顶', fields: ['min', 'max', 'cap', 'condition'] },
  { kind: 'veto', label: '一票否决', fields: ['condition'] },
  { kind: 'series', label: '逐年递增', fields: ['points', 'years', 'condition'] },
  { kind: 'verdict', label: '达标判定（不计分）', fields: [] },
];

export const PARAM_LABELS: Partial<Record<keyof RuleScoring, string>> = {
  points: '分值',
  min: '最低分',
  max: '最高分',
  each: '每项分值',
  cap: '封顶分',
  item: '计分项目',
  condition: '条件',
  basis: '排名依据',
  order: '排序',
  step: '档差',
  options: '选项',
  years: '年份',
};

const NUMBER_PARAMS = new Set<keyof RuleScoring>(['points', 'min', 'max', 'each', 'cap', 'step']);
export const isNumberParam = (field: keyof RuleScoring) => NUMBER_PARAMS.has(field);

/** The most a rule of these parameters can earn, as the API checks it (null: cannot say yet). */
export function ruleMaximum(scoring: RuleScoring): number | null {
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

export function emptyScoring(kind: ScoringRuleKind): RuleScoring {
  return { kind, points: null, min: null, max: null, each: null, cap: null, item: null, condition: null, basis: null, order: null, step: null, options: kind === 'alternative' ? [] : null, years: null, singleApplicant: null };
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
    for (const node of nodes) if (node.parentKey && keys.has(node.parentKey) && !keys.has(node.key)) {
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
  const node: EditorNode = { key, parentKey, code, title: '新指标', maxScore: null, weight: null, scoringMode: null, elective: null, requirements: [], rules: [] };
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

/** The tree as the API's input: read-only fields and type names left out. */
export function toTreeInput(tree: TemplateTree, nodes: readonly EditorNode[], name: string): IndicatorTemplateTreeInput {
  return {
    templateId: tree.id,
    name,
    totalScore: tree.totalScore,
    scoringMode: tree.scoringMode,
    verdicts: { options: tree.verdicts.options.map((o) => ({ label: o.label, value: o.value })), rollUp: tree.verdicts.rollUp },
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
      rules: node.rules.map((rule) => ({
        text: rule.text,
        points: rule.points,
        note: rule.note,
        organisationOwned: rule.organisationOwned,
        units: rule.units.map((u) => ({ name: u.name, role: u.role })),
        scoring: {
          kind: rule.scoring.kind,
          points: rule.scoring.points,
          min: rule.scoring.min,
          max: rule.scoring.max,
          each: rule.scoring.each,
          cap: rule.scoring.cap,
          item: rule.scoring.item,
          condition: rule.scoring.condition,
          basis: rule.scoring.basis,
          order: rule.scoring.order,
          step: rule.scoring.step,
          options: rule.scoring.options?.map((o) => ({ label: o.label, points: o.points })) ?? null,
          years: rule.scoring.years,
          singleApplicant: rule.scoring.singleApplicant ? { min: rule.scoring.singleApplicant.min, max: rule.scoring.singleApplicant.max } : null,
        },
      })),
    })),
  };
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
  if (!node) return '整个指标体系';
  return problem.ruleIndex === null || problem.ruleIndex === undefined ? `指标 ${node.code}` : `指标 ${node.code} 第 ${problem.ruleIndex + 1} 条规则`;
}
