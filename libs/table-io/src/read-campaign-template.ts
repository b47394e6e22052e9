import { createHash } from 'node:crypto';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import type { CampaignTemplate } from './campaign-template';
import campaignTemplateSchema from './campaign-template.schema.json';
import { checkIndicatorSystem } from './check-indicator-system';
import type { TableIndicator, TableProblem } from './indicator-table';

export type TemplateReadResult =
  /** checksum: of the indicator system alone, so two organisations can share one template. */
  { ok: true; template: CampaignTemplate; checksum: string; warnings: TableProblem[] } | { ok: false; problems: TableProblem[] };

/** The JSON Schema of a template file (structure only; meaning is checked afterwards). */
export const CAMPAIGN_TEMPLATE_SCHEMA: Record<string, unknown> = campaignTemplateSchema;

// Compiled on first use, not when the module loads: every start of the API imports this file,
// few read a template (compiling is ajv's slow part; docs/performance.md, cold start).
let compiledStructure: ValidateFunction<CampaignTemplate> | undefined;
const structureValidator = (): ValidateFunction<CampaignTemplate> => (compiledStructure ??= new Ajv({ allErrors: true }).compile<CampaignTemplate>(CAMPAIGN_TEMPLATE_SCHEMA));

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
      return '不能为空';
    case 'minItems':
      return Number(error.params['limit']) > 1 ? `至少需要 ${String(error.params['limit'])} 项` : '不能为空';
    case 'enum':
      return `应为以下之一：${(error.params['allowedValues'] as unknown[]).join('、')}`;
    case 'const':
      return `只能是 ${JSON.stringify(error.params['allowedValue'])}`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `应${error.keyword === 'minimum' ? '不小于' : '大于'} ${String(error.params['limit'])}`;
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

function checkMeaning(template: CampaignTemplate): TableProblem[] {
  const problems: TableProblem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });

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

  problems.push(...checkIndicatorSystem(template.indicatorSystem, (unit) => departments.has(unit) || groups.has(unit)));

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
  const validateStructure = structureValidator();
  if (!validateStructure(data)) {
    return {
      ok: false,
      problems: (validateStructure.errors ?? []).map((e) => ({ path: toPath(e.instancePath), message: describe(e), severity: 'error' as const })),
    };
  }
  const template = data;
  template.departments.forEach((department) => (department.tags ??= []));
  // A maximum left out is "not stated", as a table without a 分值 says it.
  const stateMaxima = (indicator: TableIndicator) => {
    indicator.maxScore ??= null;
    indicator.children?.forEach(stateMaxima);
  };
  template.indicatorSystem.indicators.forEach(stateMaxima);
  template.indicatorSystem.totalScore ??= null;
  const problems = checkMeaning(template);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, template, checksum: checksumOf(template.indicatorSystem), warnings: problems };
}
