import type { ElectiveGroup, ScoringMode, VerdictScale } from '@accredit/scoring';
import { type IndicatorTable, type ScoringParams, type TableIndicator, type TableProblem, type TableRule, checkIndicatorSystem, inheritUnits } from '@accredit/table-io';

/**
 * The indicator tree as the editor holds it: a flat list of nodes, each naming its parent, with
 * rules whose scoring is typed (a kind with exactly its parameters) and units with their role. Pure:
 * turned into the table shape that import, YAML and export share, and checked with the same
 * problem list, each problem located at a node (and rule) of the list.
 */
export interface TemplateUnit {
  name: string;
  /** lead 牵头 / support 配合 */
  role: string;
}

export interface TemplateRule {
  text: string;
  points: number;
  scoring: ScoringParams;
  /** As written; empty inherits the units of the rule above in the same indicator. */
  units: TemplateUnit[];
  note?: string | null;
  organisationOwned?: boolean | null;
  /** Read only: the units after inheritance (empty: the organisation's own work, its office's task). */
  effectiveUnits?: TemplateUnit[];
}

export interface TemplateNode {
  /** Any id unique in the list (the stored indicator id, or one the editor made up). */
  key: string;
  /** Null for a top-level indicator. */
  parentKey?: string | null;
  code: string;
  title: string;
  maxScore?: number | null;
  weight?: number | null;
  scoringMode?: string | null;
  elective?: ElectiveGroup | null;
  requirements?: { code: string; text: string }[] | null;
  rules?: TemplateRule[] | null;
}

export interface TemplateTree {
  key: string;
  version: number;
  name: string;
  source?: string | null;
  totalScore: number | null;
  scoringMode?: string | null;
  verdicts?: VerdictScale | null;
  nodes: TemplateNode[];
}

/** A problem of an edited tree, with where it is: the node (by key) and the rule (by index). */
export interface TemplateProblem extends TableProblem {
  nodeKey: string | null;
  ruleIndex: number | null;
}

const defined = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** A stored table as the editor's flat list; keys are `n1`, `n2` … in table order unless `keyOf` names them. */
export function tableToTree(table: IndicatorTable, keyOf?: (indicator: TableIndicator, path: number[]) => string): TemplateTree {
  const nodes: TemplateNode[] = [];
  let counter = 0;
  const visit = (indicator: TableIndicator, parentKey: string | null, path: number[]) => {
    const key = keyOf ? keyOf(indicator, path) : `n${++counter}`;
    const inherited = inheritUnits(indicator);
    nodes.push({
      key,
      parentKey,
      code: indicator.code,
      title: indicator.title,
      maxScore: indicator.maxScore,
      weight: indicator.weight ?? null,
      scoringMode: indicator.scoringMode ?? null,
      elective: indicator.elective ?? null,
      requirements: indicator.requirements.map(({ code, text }) => ({ code, text })),
      rules: indicator.rules.map((rule, r) => ({
        text: rule.text,
        points: rule.points,
        scoring: rule.scoring,
        units: rule.units.length > 0 ? inherited[r].map((unit) => ({ name: unit.name, role: unit.role })) : [],
        note: rule.note,
        organisationOwned: rule.organisationOwned === true,
        effectiveUnits: inherited[r].map((unit) => ({ name: unit.name, role: unit.role })),
      })),
    });
    (indicator.children ?? []).forEach((child, index) => visit(child, key, [...path, index]));
  };
  table.indicators.forEach((indicator, index) => visit(indicator, null, [index]));
  return {
    key: table.key,
    version: table.version,
    name: table.name,
    source: table.source ?? null,
    totalScore: table.totalScore,
    scoringMode: table.scoringMode ?? null,
    verdicts: table.verdicts ?? null,
    nodes,
  };
}

export type TreeRead = { table: IndicatorTable; problems: TemplateProblem[] };

/**
 * The editor's list as a table, with every problem: the list's own (keys, parents, cycles, units'
 * roles, modes) and then those the import finds (checkIndicatorSystem), each at its node.
 */
export function treeToTable(tree: TemplateTree, knownUnit?: (name: string) => boolean): TreeRead {
  const problems: TemplateProblem[] = [];
  const add = (nodeKey: string | null, ruleIndex: number | null, path: string, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ nodeKey, ruleIndex, path, message, severity });

  const keys = new Set<string>();
  tree.nodes.forEach((node, index) => {
    if (!node.key) add(null, null, `nodes[${index}].key`, `第 ${index + 1} 个指标没有 key`);
    else if (keys.has(node.key)) add(node.key, null, `nodes[${index}].key`, `指标 key「${node.key}」重复`);
    keys.add(node.key);
  });
  const childrenOf = new Map<string | null, TemplateNode[]>();
  tree.nodes.forEach((node, index) => {
    let parent = node.parentKey ?? null;
    if (parent !== null && !keys.has(parent)) {
      add(node.key, null, `nodes[${index}].parentKey`, `指标 ${node.code} 的上级「${parent}」不存在`);
      parent = null;
    }
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), node]);
  });

  const mode = (value: string | null | undefined, nodeKey: string | null, path: string): ScoringMode | undefined => {
    if (!value || value === 'points') return undefined;
    if (value === 'weights' || value === 'verdicts') return value;
    add(nodeKey, null, path, `计分方式「${value}」无效，可用：points（按分值）、weights（按权重）、verdicts（不计分，达标判定）`);
    return undefined;
  };

  const reached = new Set<string>();
  const paths = new Map<string, string>();
  const build = (node: TemplateNode, path: string): TableIndicator => {
    reached.add(node.key);
    paths.set(path, node.key);
    const rules = (node.rules ?? []).map((rule, r): TableRule => {
      const leads = rule.units.filter((unit) => unit.role === 'lead');
      const bad = rule.units.filter((unit) => unit.role !== 'lead' && unit.role !== 'support');
      if (bad.length > 0) add(node.key, r, `${path}.rules[${r}].units`, `指标 ${node.code} 第 ${r + 1} 条规则：责任单位的角色只能是 lead（牵头）或 support（配合）`);
      if (rule.units.length > 0 && leads.length !== 1) add(node.key, r, `${path}.rules[${r}].units`, `指标 ${node.code} 第 ${r + 1} 条规则：责任单位须有且只有一个牵头单位（现有 ${leads.length} 个）`);
      const names = [...leads, ...rule.units.filter((unit) => unit.role !== 'lead')].map((unit) => unit.name.trim());
      if (new Set(names).size !== names.length) add(node.key, r, `${path}.rules[${r}].units`, `指标 ${node.code} 第 ${r + 1} 条规则：同一责任单位写了两次`);
      const row: TableRule = { text: rule.text, points: rule.points, scoring: rule.scoring, units: names, note: rule.note ?? '' };
      return rule.organisationOwned ? { ...row, organisationOwned: true } : row;
    });
    const children = (childrenOf.get(node.key) ?? []).filter((child) => !reached.has(child.key)).map((child, c) => build(child, `${path}.children[${c}]`));
    const scoringMode = mode(node.scoringMode, node.key, `${path}.scoringMode`);
    return {
      code: node.code.trim(),
      title: node.title.trim(),
      maxScore: defined(node.maxScore) ? node.maxScore : null,
      requirements: (node.requirements ?? []).map(({ code, text }) => ({ code: code.trim(), text })),
      rules,
      ...(children.length > 0 ? { children } : {}),
      ...(defined(node.weight) ? { weight: node.weight } : {}),
      ...(scoringMode ? { scoringMode } : {}),
      ...(node.elective
        ? { elective: { min: node.elective.min, max: node.elective.max, counting: node.elective.counting, ...(defined(node.elective.best) ? { best: node.elective.best } : {}) } }
        : {}),
    };
  };
  const indicators = (childrenOf.get(null) ?? []).map((node, index) => build(node, `indicators[${index}]`));
  tree.nodes.forEach((node, index) => {
    if (!reached.has(node.key) && node.key) add(node.key, null, `nodes[${index}].parentKey`, `指标 ${node.code} 与其上级构成循环，不在树中`);
  });
  if (indicators.length === 0) add(null, null, 'nodes', '指标体系至少需要一个指标');

  const systemMode = mode(tree.scoringMode, null, 'scoringMode');
  const table: IndicatorTable = {
    key: tree.key,
    version: tree.version,
    name: tree.name.trim(),
    ...(tree.source ? { source: tree.source } : {}),
    totalScore: defined(tree.totalScore) ? tree.totalScore : null,
    indicators,
    ...(systemMode ? { scoringMode: systemMode } : {}),
    ...(tree.verdicts
      ? {
          verdicts: {
            options: tree.verdicts.options.map((option) => ({ label: option.label, ...(defined(option.value) ? { value: option.value } : {}) })),
            ...(tree.verdicts.rollUp ? { rollUp: tree.verdicts.rollUp } : {}),
          },
        }
      : {}),
  };
  if (!table.name) add(null, null, 'name', '指标体系名称不能为空');

  for (const problem of checkIndicatorSystem(table, knownUnit, '')) {
    const path = problem.path.replace(/^\./, '');
    const at = /^(indicators\[\d+\](?:\.children\[\d+\])*)(?:\.rules\[(\d+)\])?/.exec(path);
    problems.push({ ...problem, path, nodeKey: at ? (paths.get(at[1]) ?? null) : null, ruleIndex: at?.[2] !== undefined ? Number(at[2]) : null });
  }
  return { table, problems };
}
