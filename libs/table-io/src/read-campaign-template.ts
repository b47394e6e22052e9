import { createHash } from 'node:crypto';
import Ajv, { type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { checkRuleParams } from '@accredit/scoring';
import type { CampaignTemplate } from './campaign-template';
import { CAMPAIGN_TEMPLATE_SCHEMA } from './campaign-template.schema';
import type { TableIndicator, TableProblem } from './indicator-table';
import { inheritUnits } from './inherit-units';

export type TemplateReadResult =
  /** checksum: of the indicator system alone, so two organisations can share one template. */
  | { ok: true; template: CampaignTemplate; checksum: string; warnings: TableProblem[] }
  | { ok: false; problems: TableProblem[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const validateStructure = ajv.compile<CampaignTemplate>(CAMPAIGN_TEMPLATE_SCHEMA);

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `缺少必填字段 ${String(error.params['missingProperty'])}`;
    case 'additionalProperties':
      return `不认识的字段 ${String(error.params['additionalProperty'])}`;
    case 'type':
      return `类型应为 ${String(error.params['type'])}`;
    case 'pattern':
      return '格式不正确（日期请写成 YYYY-MM-DD）';
    case 'minLength':
    case 'minItems':
      return '不能为空';
    default:
      return `不符合要求（${error.message ?? error.keyword}）`;
  }
}

function toPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** Keys are sorted so the checksum depends on content, not on how the file was written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function checksumOf(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function checkMeaning(template: CampaignTemplate): TableProblem[] {
  const problems: TableProblem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const warning = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  const departments = new Set<string>();
  template.departments.forEach((department, index) => {
    if (departments.has(department.name)) error(`departments[${index}].name`, `部门「${department.name}」重复`);
    departments.add(department.name);
  });
  const groups = new Set<string>();
  template.groups.forEach((group, index) => {
    if (groups.has(group.name) || departments.has(group.name)) error(`groups[${index}].name`, `组名「${group.name}」与已有部门或组重名`);
    groups.add(group.name);
    group.members.forEach((member, m) => {
      if (!departments.has(member)) error(`groups[${index}].members[${m}]`, `组「${group.name}」的成员「${member}」不在部门列表中`);
    });
  });
  if (!departments.has(template.organisation.leadOffice)) {
    error('organisation.leadOffice', `牵头办公室所在单位「${template.organisation.leadOffice}」不在部门列表中`);
  }

  const system = template.indicatorSystem;
  const codes = new Set<string>();
  let total = 0;
  const visit = (indicator: TableIndicator, path: string) => {
    if (codes.has(indicator.code)) error(`${path}.code`, `指标编号「${indicator.code}」重复`);
    codes.add(indicator.code);
    const requirementCodes = new Set<string>();
    indicator.requirements.forEach((requirement, r) => {
      if (requirementCodes.has(requirement.code)) error(`${path}.requirements[${r}].code`, `考察内容编号「${requirement.code}」重复`);
      requirementCodes.add(requirement.code);
    });
    let subtotal = 0;
    indicator.rules.forEach((rule, r) => {
      const rulePath = `${path}.rules[${r}]`;
      const check = checkRuleParams(rule.scoring);
      if (!check.ok) check.problems.forEach((message) => error(`${rulePath}.scoring`, message));
      else if (round(check.maximum) !== round(rule.points)) {
        error(`${rulePath}.points`, `分值 ${rule.points} 与评分规则允许的最高分 ${check.maximum} 不一致`);
      }
      subtotal += rule.points;
      rule.units.forEach((unit, u) => {
        if (!departments.has(unit) && !groups.has(unit)) {
          error(`${rulePath}.units[${u}]`, `责任单位「${unit}」既不是部门也不是部门组，请先在 departments 或 groups 中添加，或改为已有名称`);
        }
      });
    });
    inheritUnits(indicator).forEach((units, r) => {
      if (units.length === 0) error(`${path}.rules[${r}].units`, `评分规则没有责任单位，上方也没有可继承的单位`);
    });
    if (indicator.maxScore !== null && indicator.maxScore !== undefined && indicator.rules.length > 0 && round(subtotal) !== round(indicator.maxScore)) {
      error(`${path}.maxScore`, `指标 ${indicator.code} 的分值 ${indicator.maxScore} 与其评分规则合计 ${round(subtotal)} 不一致`);
    }
    total += indicator.children?.length ? 0 : (indicator.maxScore ?? 0);
    indicator.children?.forEach((child, c) => visit(child, `${path}.children[${c}]`));
  };
  system.indicators.forEach((indicator, i) => visit(indicator, `indicatorSystem.indicators[${i}]`));
  if (system.totalScore !== null && system.totalScore !== undefined && round(total) !== round(system.totalScore)) {
    error('indicatorSystem.totalScore', `各指标分值合计 ${round(total)} 与总分 ${system.totalScore} 不一致`);
  } else if (system.totalScore !== null && system.totalScore !== undefined && system.totalScore !== 100) {
    warning('indicatorSystem.totalScore', `总分为 ${system.totalScore}，不是 100 分`);
  }

  const phaseKeys = new Set<string>();
  template.campaign.phases.forEach((phase, p) => {
    if (phaseKeys.has(phase.key)) error(`campaign.phases[${p}].key`, `阶段「${phase.key}」重复`);
    phaseKeys.add(phase.key);
    if (phase.startsOn > phase.endsOn) error(`campaign.phases[${p}]`, `阶段「${phase.name}」的开始日期晚于结束日期`);
  });
  if (!phaseKeys.has(template.campaign.taskPhase)) {
    error('campaign.taskPhase', `任务截止阶段「${template.campaign.taskPhase}」不在 phases 中`);
  }
  return problems;
}

/** Reads a campaign template (YAML or JSON text) and reports every problem with its path. */
export function readCampaignTemplate(source: string): TemplateReadResult {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `文件不是有效的 YAML：${(error as Error).message}`, severity: 'error' }] };
  }
  if (!validateStructure(data)) {
    return {
      ok: false,
      problems: (validateStructure.errors ?? []).map((e) => ({ path: toPath(e.instancePath), message: describe(e), severity: 'error' as const })),
    };
  }
  const template = data;
  template.departments.forEach((department) => (department.tags ??= []));
  const problems = checkMeaning(template);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, template, checksum: checksumOf(template.indicatorSystem), warnings: problems };
}
