import { tr, type MessageKey } from '../../../plugins/i18n';
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
/** Levels that may apply, with the key of their label. */
export const APPLICANT_LEVELS: { level: ApplicantLevel; label: MessageKey }[] = [
  { level: 'province', label: 'designer.level.province' },
  { level: 'city', label: 'designer.level.city' },
  { level: 'county', label: 'designer.level.county' },
];

export type SetUpPreview = PreviewCampaignSetUpQuery['previewCampaignSetUp'];

/** Keys of the due-date scopes' labels. */
export const SCOPE_LABELS: Record<DueDateScope, MessageKey> = { indicator: 'designer.scope.indicator', department: 'designer.scope.department', rule: 'designer.scope.rule' };

/** The three phases of a 示范区 campaign, with typical lengths (names in the interface language: the user may edit them). */
export function defaultPhases(): PhaseRow[] {
  return [
    { key: 'preparation', name: tr('designer.defaultPhase.preparation'), days: 90, startsOn: '', endsOn: '' },
    { key: 'creation', name: tr('designer.defaultPhase.creation'), days: 240, startsOn: '', endsOn: '' },
    { key: 'accreditation', name: tr('designer.defaultPhase.accreditation'), days: 60, startsOn: '', endsOn: '' },
  ];
}

export function emptyDesign(): CampaignDesignForm {
  return {
    source: 'stored',
    templateId: '',
    templateYaml: '',
    templateFileName: '',
    name: '',
    key: '',
    workflowDefinitionId: '',
    taskWorkflowDefinitionId: '',
    mode: 'back-schedule',
    targetDate: '',
    phases: defaultPhases(),
    taskPhaseKey: 'creation',
    dueDates: [],
    officeDepartmentId: '',
    hasParticipants: false,
    applicantLevel: '',
    participantWorkflowDefinitionId: '',
  };
}

/** What still has to be filled in before a preview makes sense, in the order of the form. */
export function missingFields(form: CampaignDesignForm): string[] {
  // A template file says everything itself (name, phases, dates, departments).
  if (form.source === 'file') return form.templateYaml.trim() ? [] : [tr('designer.missing.file')];
  const missing: string[] = [];
  if (!form.templateId) missing.push(tr('designer.missing.template'));
  if (!form.name.trim()) missing.push(tr('designer.missing.name'));
  if (form.phases.length === 0) missing.push(tr('designer.missing.phases'));
  if (form.phases.some((phase) => !phase.key.trim() || !phase.name.trim())) missing.push(tr('designer.missing.phaseKeys'));
  if (form.mode === 'back-schedule') {
    if (!form.targetDate) missing.push(tr('designer.missing.targetDate'));
    if (form.phases.some((phase) => !Number.isInteger(phase.days) || phase.days < 1)) missing.push(tr('designer.missing.days'));
  } else if (form.phases.some((phase) => !phase.startsOn || !phase.endsOn)) {
    missing.push(tr('designer.missing.dates'));
  }
  if (form.dueDates.some((row) => !row.target.trim() || !row.dueOn)) missing.push(tr('designer.missing.dueRows'));
  return missing;
}

/** The API input for both the preview and the set-up; empty optional fields are left out. */
export function toSetUpInput(form: CampaignDesignForm): SetUpCampaignInput {
  if (form.source === 'file') return { template: form.templateYaml };
  // Each phase is trimmed where it is mapped: indexing a second array by position could miss.
  const named = (phase: CampaignDesignForm['phases'][number]) => ({ key: phase.key.trim(), name: phase.name.trim() });
  return {
    templateId: form.templateId,
    name: form.name.trim(),
    ...(form.key.trim() ? { key: form.key.trim() } : {}),
    ...(form.workflowDefinitionId ? { workflowDefinitionId: form.workflowDefinitionId } : {}),
    ...(form.taskWorkflowDefinitionId ? { taskWorkflowDefinitionId: form.taskWorkflowDefinitionId } : {}),
    ...(form.mode === 'back-schedule'
      ? { backSchedule: { targetDate: form.targetDate, phases: form.phases.map((phase) => ({ ...named(phase), days: phase.days })) } }
      : { phases: form.phases.map((phase) => ({ ...named(phase), startsOn: phase.startsOn, endsOn: phase.endsOn })) }),
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
  if (preview.existingCampaignId) return tr('designer.alreadySetUp');
  const base = tr('designer.summary', { tasks: preview.taskCount, departments: preview.departmentCount, rules: preview.ruleCount });
  return preview.rulesWithoutTasks.length > 0 ? tr('designer.summaryNoUnit', { summary: base, n: preview.rulesWithoutTasks.length }) : base;
}

/** Tasks per phase: each due date falls in a phase (or after the last). */
export function tasksByPhase(preview: SetUpPreview): { phase: string; dueOn: string; tasks: number }[] {
  return preview.dueDates.map(({ dueOn, tasks }) => {
    const phase = preview.phases.find((p) => p.startsOn <= dueOn && dueOn <= p.endsOn);
    return { phase: phase?.name ?? tr('designer.outsidePhases'), dueOn, tasks };
  });
}

/** Only YAML template files are read in the wizard; a spreadsheet is imported (and checked) under 指标体系 first. */
export function templateFileProblem(fileName: string): string | null {
  if (/\.(ya?ml)$/i.test(fileName)) return null;
  if (/\.(xlsx|csv)$/i.test(fileName)) return tr('designer.spreadsheet');
  return tr('designer.notYaml');
}
