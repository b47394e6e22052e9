import type { OrganisationLevel, PreviewCampaignSetUpQuery, SetUpCampaignInput } from '../../../graphql/generated/graphql';

/** How phases are given: back-scheduled from the target accreditation date (倒排工期), or each with its dates. */
export type PhaseMode = 'back-schedule' | 'dates';
export type DueDateScope = 'indicator' | 'department' | 'rule';
/**
 * Where the design comes from: a stored template (imported or edited under 指标体系), or a
 * template file (YAML: organisation, departments, indicator system and phases in one file).
 */
export type TemplateSource = 'stored' | 'file';

export interface PhaseRow {
  key: string;
  name: string;
  /** Length in days (back-scheduling). */
  days: number;
  /** Dates (phases with dates), YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
}

export interface DueDateRow {
  scope: DueDateScope;
  /** Indicator code, department id or rule code. */
  target: string;
  dueOn: string;
}

export interface CampaignDesignForm {
  source: TemplateSource;
  templateId: string;
  /** The template file's text and name (source `file`). */
  templateYaml: string;
  templateFileName: string;
  name: string;
  key: string;
  workflowDefinitionId: string;
  taskWorkflowDefinitionId: string;
  mode: PhaseMode;
  targetDate: string;
  phases: PhaseRow[];
  taskPhaseKey: string;
  dueDates: DueDateRow[];
  /** The department doing the organisation's own work (rules with no unit, 本单位); '' = none. */
  officeDepartmentId: string;
  /** Other organisations take part (apply or are invited), each in its own campaign; the owner gets no tasks. */
  hasParticipants: boolean;
  /** The level below that may apply; '' = only invited units take part. */
  applicantLevel: ApplicantLevel | '';
  /** The participants' workflow (a definition of entityType participant); '' = the organisation's default. */
  participantWorkflowDefinitionId: string;
}

export type ApplicantLevel = Exclude<OrganisationLevel, 'national'>;
export const APPLICANT_LEVELS: { level: ApplicantLevel; label: string }[] = [
  { level: 'province', label: '省级' },
  { level: 'city', label: '市级' },
  { level: 'county', label: '县级' },
];

export type SetUpPreview = PreviewCampaignSetUpQuery['previewCampaignSetUp'];

export const SCOPE_LABELS: Record<DueDateScope, string> = { indicator: '指标（含下级）', department: '部门', rule: '评分规则' };

/** The three phases of a 示范区 campaign, with typical lengths. */
export function defaultPhases(): PhaseRow[] {
  return [
    { key: 'preparation', name: '筹备阶段', days: 90, startsOn: '', endsOn: '' },
    { key: 'creation', name: '创建阶段', days: 240, startsOn: '', endsOn: '' },
    { key: 'accreditation', name: '认定阶段', days: 60, startsOn: '', endsOn: '' },
  ];
}

export function emptyDesign(): CampaignDesignForm {
  return { source: 'stored', templateId: '', templateYaml: '', templateFileName: '', name: '', key: '', workflowDefinitionId: '', taskWorkflowDefinitionId: '', mode: 'back-schedule', targetDate: '', phases: defaultPhases(), taskPhaseKey: 'creation', dueDates: [], officeDepartmentId: '', hasParticipants: false, applicantLevel: '', participantWorkflowDefinitionId: '' };
}

/** What still has to be filled in before a preview makes sense, in the order of the form. */
export function missingFields(form: CampaignDesignForm): string[] {
  // A template file says everything itself (name, phases, dates, departments).
  if (form.source === 'file') return form.templateYaml.trim() ? [] : ['请选择模板文件（.yaml）'];
  const missing: string[] = [];
  if (!form.templateId) missing.push('请选择指标体系模板');
  if (!form.name.trim()) missing.push('请填写创建工作名称');
  if (form.phases.length === 0) missing.push('至少要有一个阶段');
  if (form.phases.some((phase) => !phase.key.trim() || !phase.name.trim())) missing.push('每个阶段都要有键和名称');
  if (form.mode === 'back-schedule') {
    if (!form.targetDate) missing.push('请选择目标认定日期');
    if (form.phases.some((phase) => !Number.isInteger(phase.days) || phase.days < 1)) missing.push('每个阶段的天数须为正整数');
  } else if (form.phases.some((phase) => !phase.startsOn || !phase.endsOn)) {
    missing.push('请为每个阶段选择开始和结束日期');
  }
  if (form.dueDates.some((row) => !row.target.trim() || !row.dueOn)) missing.push('批量截止日期的每一行都要有对象和日期');
  return missing;
}

/** The API input for both the preview and the set-up; empty optional fields are left out. */
export function toSetUpInput(form: CampaignDesignForm): SetUpCampaignInput {
  if (form.source === 'file') return { template: form.templateYaml };
  const phases = form.phases.map((phase) => ({ key: phase.key.trim(), name: phase.name.trim() }));
  return {
    templateId: form.templateId,
    name: form.name.trim(),
    ...(form.key.trim() ? { key: form.key.trim() } : {}),
    ...(form.workflowDefinitionId ? { workflowDefinitionId: form.workflowDefinitionId } : {}),
    ...(form.taskWorkflowDefinitionId ? { taskWorkflowDefinitionId: form.taskWorkflowDefinitionId } : {}),
    ...(form.mode === 'back-schedule'
      ? { backSchedule: { targetDate: form.targetDate, phases: form.phases.map((phase, i) => ({ ...phases[i], days: phase.days })) } }
      : { phases: form.phases.map((phase, i) => ({ ...phases[i], startsOn: phase.startsOn, endsOn: phase.endsOn })) }),
    taskPhaseKey: form.taskPhaseKey,
    ...(form.dueDates.length > 0 ? { dueDates: form.dueDates.map((row) => ({ scope: row.scope, target: row.target.trim(), dueOn: row.dueOn })) } : {}),
    ...(form.officeDepartmentId ? { officeDepartmentId: form.officeDepartmentId } : {}),
    ...(form.hasParticipants
      ? {
          participation: {
            ...(form.applicantLevel ? { applicantLevel: form.applicantLevel } : {}),
            ...(form.participantWorkflowDefinitionId ? { workflowDefinitionId: form.participantWorkflowDefinitionId } : {}),
          },
        }
      : {}),
  };
}

/** 将生成 N 项任务，涉及 M 个部门（K 条评分规则） */
export function previewSummary(preview: SetUpPreview): string {
  if (preview.existingCampaignId) return '该模板文件对应的创建工作已经设置过：再次设置不会做任何修改，也不会生成任务';
  const base = `将生成 ${preview.taskCount} 项任务，涉及 ${preview.departmentCount} 个部门（${preview.ruleCount} 条评分规则）`;
  return preview.rulesWithoutTasks.length > 0 ? `${base}；${preview.rulesWithoutTasks.length} 条评分规则没有责任部门（本单位工作），请选择承担的部门，否则不生成任务` : base;
}

/** Tasks per phase: each due date falls in a phase (or after the last). */
export function tasksByPhase(preview: SetUpPreview): { phase: string; dueOn: string; tasks: number }[] {
  return preview.dueDates.map(({ dueOn, tasks }) => {
    const phase = preview.phases.find((p) => p.startsOn <= dueOn && dueOn <= p.endsOn);
    return { phase: phase?.name ?? '阶段之外', dueOn, tasks };
  });
}

/** Only YAML template files are read in the wizard; a spreadsheet is imported (and checked) under 指标体系 first. */
export function templateFileProblem(fileName: string): string | null {
  if (/\.(ya?ml)$/i.test(fileName)) return null;
  if (/\.(xlsx|csv)$/i.test(fileName)) return '表格请先在「指标体系 → 导入」中预览并保存为模板，再在「指标体系模板」中选择它';
  return '请选择 YAML 模板文件（.yaml 或 .yml）';
}
