import { chinaDay } from '@accredit/calendar-date';
import type { IndicatorTable } from '../indicator-table';

/** One department's task on one rule, as the export shows it. */
export interface ExportTask {
  department: string;
  role: 'lead' | 'support';
  state: string;
  /** The workflow's label for the state (已通过 …). */
  stateLabel: string;
  approved: boolean;
  /** Sent back for rework (the task workflow's return). */
  returned: boolean;
  late: boolean;
}

export interface ExportScore {
  points: number;
  /** For a checklist rule: the verdict given (达标 …); its points are 0. */
  verdict?: string | null;
  comment: string | null;
  /** How the points came about (from the scoring library). */
  explanation: string;
  scoredBy: string;
  scoredAt: Date;
}

export interface ExportRule {
  tasks: ExportTask[];
  self: ExportScore | null;
  expert: ExportScore | null;
}

export interface ExportIndicatorScores {
  self: number;
  expert: number | null;
  projected: number;
  /** For a checklist (sub)tree: the rolled-up verdicts. */
  selfVerdict?: string | null;
  expertVerdict?: string | null;
  /** For an option of an elective group: chosen by the participant or not (null while the group is not decided). */
  chosen?: boolean | null;
  /** For an elective group: how it was chosen (选做：已选 2 项…, who, when). */
  electiveChoice?: ExportElectiveChoice | null;
  /** An option not chosen, or an indicator under one: no tasks, nothing counts (shown greyed). */
  unchosen?: boolean;
}

/** An elective group's choice as the exports write it. */
export interface ExportElectiveChoice {
  /** 选做：已选 2 项（任选2项） — from the scoring library's wording. */
  text: string;
  chosenBy: string | null;
  chosenAt: Date | null;
}

/** 选做：已选 2 项（任选2项）；张三于2026年12月5日选定 */
export function electiveChoiceText(choice: ExportElectiveChoice): string {
  return choice.chosenBy && choice.chosenAt ? `${choice.text}；${choice.chosenBy}于${chineseDate(choice.chosenAt)}选定` : choice.text;
}

/** 已选 / 未选（不计分）for an option; the group's choice for a group; null for any other indicator. */
export function electiveCellText(scores: ExportIndicatorScores | undefined): string | null {
  if (scores?.electiveChoice) return electiveChoiceText(scores.electiveChoice);
  if (scores?.chosen === true) return '已选';
  if (scores?.chosen === false) return '未选（不计分）';
  return null;
}

export interface DepartmentProgress {
  department: string;
  tasks: number;
  approved: number;
  submitted: number;
  returned: number;
  /** Not yet submitted (待开始, 进行中 …). */
  open: number;
  late: number;
}

export interface CampaignScoreTotals {
  max: number;
  self: number;
  expert: number | null;
  projected: number;
  /** A veto was triggered (self or expert): the campaign fails whatever its points. */
  vetoed: boolean;
  vetoReasons: string[];
  selfScoredRules: number;
  rules: number;
  /** For a system with checklist rules: the rolled-up verdict of the whole. */
  selfVerdict?: string | null;
  expertVerdict?: string | null;
}

/** Everything the task-table export shows; rules keyed by rule code (1.3), indicators by code. */
export interface TaskTableExport {
  title: string;
  organisation: string;
  generatedAt: Date;
  table: IndicatorTable;
  rules: ReadonlyMap<string, ExportRule>;
  indicators: ReadonlyMap<string, ExportIndicatorScores>;
  totals: CampaignScoreTotals;
  departments: DepartmentProgress[];
}

/** 2026-11-23 → 2026年11月23日 (the form Chinese documents use). */
export function chineseDate(date: Date): string {
  const [year, month, day] = chinaDay(date).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
