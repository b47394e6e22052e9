import { isVerdictRule, parseRuleParams } from '@accredit/scoring';
import { type TreeProblem, checkIndicatorTree } from './check-indicator-tree';
import type { IndicatorTable, TableIndicator, TableProblem } from './indicator-table';

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Every problem of an indicator system as data — the same list whether it comes from a YAML
 * template or from the tree editor: codes unique, titles given, each rule's parameters against
 * its kind and its points against what the kind allows, 「本单位」 rules without units, units the
 * organisation knows (when `knownUnit` is given), then the tree (scoring modes, weights, elective
 * groups, stated maxima and total; see checkIndicatorTree). Paths are from `prefix`:
 * `indicatorSystem.indicators[0].children[2].rules[1].scoring`.
 */
export function checkIndicatorSystem(system: IndicatorTable, knownUnit?: (name: string) => boolean, prefix = 'indicatorSystem'): TableProblem[] {
  const problems: TableProblem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const codes = new Set<string>();
  const visit = (indicator: TableIndicator, path: string) => {
    if (!indicator.code?.trim()) error(`${path}.code`, '指标编号不能为空');
    else if (codes.has(indicator.code)) error(`${path}.code`, `指标编号「${indicator.code}」重复`);
    codes.add(indicator.code);
    if (!indicator.title?.trim()) error(`${path}.title`, `指标 ${indicator.code} 的名称不能为空`);
    const requirementCodes = new Set<string>();
    indicator.requirements.forEach((requirement, r) => {
      if (requirementCodes.has(requirement.code)) error(`${path}.requirements[${r}].code`, `考察内容编号「${requirement.code}」重复`);
      requirementCodes.add(requirement.code);
    });
    indicator.rules.forEach((rule, r) => {
      const rulePath = `${path}.rules[${r}]`;
      if (isVerdictRule(rule.scoring)) {
        const extra = Object.keys(rule.scoring).filter((key) => key !== 'kind');
        if (extra.length > 0) error(`${rulePath}.scoring`, `「verdict」类规则没有参数，不认识：${extra.join('、')}`);
        if (rule.points !== 0) error(`${rulePath}.points`, `「verdict」类规则不计分，分值应为 0（现为 ${rule.points}）`);
      } else {
        const check = parseRuleParams(rule.scoring);
        if (!check.ok) check.problems.forEach((message) => error(`${rulePath}.scoring`, message));
        else if (round(check.maximum) !== round(rule.points)) {
          error(`${rulePath}.points`, `分值 ${rule.points} 与评分规则允许的最高分 ${check.maximum} 不一致`);
        }
      }
      if (rule.organisationOwned && rule.units.length > 0) error(`${rulePath}.organisationOwned`, '本单位自己的工作（organisationOwned）不能同时有责任单位 units');
      if (knownUnit) {
        rule.units.forEach((unit, u) => {
          if (!knownUnit(unit)) error(`${rulePath}.units[${u}]`, `责任单位「${unit}」既不是部门也不是部门组，请先在 departments 或 groups 中添加，或改为已有名称`);
        });
      }
    });
    indicator.children?.forEach((child, c) => visit(child, `${path}.children[${c}]`));
  };
  system.indicators.forEach((indicator, i) => visit(indicator, `${prefix}.indicators[${i}]`));
  for (const problem of checkIndicatorTree(system)) problems.push({ path: treePath(problem, prefix), message: problem.message, severity: problem.severity });
  return problems;
}

/** The path of a tree problem: indicatorSystem.indicators[0].children[2].weight … */
export function treePath(problem: TreeProblem, prefix = 'indicatorSystem'): string {
  const indicator = problem.at.reduce((path, index, depth) => `${path}${depth === 0 ? '.indicators' : '.children'}[${index}]`, prefix);
  if (problem.rule !== undefined) return `${indicator}.rules[${problem.rule}].${problem.field === 'rules' ? 'scoring' : problem.field}`;
  if (problem.at.length === 0 && problem.field === 'weight') return `${prefix}.indicators`;
  return `${indicator}.${problem.field}`;
}
