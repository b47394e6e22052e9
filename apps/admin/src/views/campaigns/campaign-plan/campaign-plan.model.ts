import { daysBetween } from '@accredit/calendar-date';
import { tr, type MessageKey } from '../../../plugins/i18n';
import type { CampaignPlanQuery, ReplanCampaignInput, StartNewCycleInput } from '../../../graphql/generated/graphql';
import type { DueDateRow } from '../campaign-designer/campaign-design.model';

export type PlanChange = CampaignPlanQuery['campaignPlanChanges'][number];
export type CampaignPhaseDates = { key: string; name: string; startsOn?: string | null; endsOn?: string | null };
/** A phase with its steps (工作步骤), as the campaign's plan gives it. */
export type CampaignPhaseWithSteps = CampaignPhaseDates & { steps?: readonly CampaignPhaseDates[] | null };

/** Phases and, right under each, its steps: every row the re-plan can change, in order. */
export function planRowsOf(phases: readonly CampaignPhaseWithSteps[]): (CampaignPhaseDates & { step: boolean })[] {
  return phases.flatMap((phase) => [
    { key: phase.key, name: phase.name, startsOn: phase.startsOn, endsOn: phase.endsOn, step: false },
    ...(phase.steps ?? []).map((step) => ({ key: step.key, name: step.name, startsOn: step.startsOn, endsOn: step.endsOn, step: true })),
  ]);
}

/** Keys of the labels of the dates a re-plan changes. */
export const FIELD_LABELS: Record<string, MessageKey> = { startsOn: 'plan.startsOn', endsOn: 'plan.endsOn', dueOn: 'plan.dueOn' };

export interface ReplanForm {
  reason: string;
  /** Phases and their steps (`step`), in order. */
  phases: { key: string; name: string; startsOn: string; endsOn: string; step: boolean }[];
  dueDates: DueDateRow[];
  moveDefaultDueDates: boolean;
}

export function replanFormOf(phases: readonly CampaignPhaseWithSteps[]): ReplanForm {
  return {
    reason: '',
    phases: planRowsOf(phases).map((p) => ({ key: p.key, name: p.name, startsOn: p.startsOn ?? '', endsOn: p.endsOn ?? '', step: p.step })),
    dueDates: [],
    moveDefaultDueDates: true,
  };
}

/** The re-plan: only the phases and steps whose dates changed, the bulk due dates, the reason. Null when nothing changed. */
export function toReplanInput(campaignId: string, original: readonly CampaignPhaseWithSteps[], form: ReplanForm): ReplanCampaignInput | null {
  const rows = planRowsOf(original);
  const phases = form.phases
    .filter((edited) => {
      const before = rows.find((p) => p.key === edited.key);
      return !before || (before.startsOn ?? '') !== edited.startsOn || (before.endsOn ?? '') !== edited.endsOn;
    })
    // A step's date left empty stays open (not planned yet): only what was given is sent.
    .map(({ key, startsOn, endsOn }) => ({ key, ...(startsOn ? { startsOn } : {}), ...(endsOn ? { endsOn } : {}) }));
  const dueDates = form.dueDates.filter((row) => row.target.trim() && row.dueOn).map((row) => ({ scope: row.scope, target: row.target.trim(), dueOn: row.dueOn }));
  if (phases.length === 0 && dueDates.length === 0) return null;
  return {
    campaignId,
    reason: form.reason.trim(),
    ...(phases.length > 0 ? { phases } : {}),
    ...(dueDates.length > 0 ? { dueDates } : {}),
    moveDefaultDueDates: form.moveDefaultDueDates,
  };
}

/** The log by re-plan (one reason each), newest first, with each change as 「原日期 → 新日期」. */
export function groupChanges(changes: readonly PlanChange[]): { batchId: string; at: string; actorName: string; reason: string; rows: { subject: string; field: string; change: string }[] }[] {
  const phaseRows = new Set<object>();
  const batches = new Map<string, { batchId: string; at: string; actorName: string; reason: string; rows: { subject: string; field: string; change: string }[] }>();
  for (const change of changes) {
    const batch = batches.get(change.batchId) ?? { batchId: change.batchId, at: change.at, actorName: change.actorName, reason: change.reason, rows: [] };
    const label = FIELD_LABELS[change.field];
    const row = {
      subject: tr(change.subjectType === 'phase' ? 'plan.subjectPhase' : 'plan.subjectTask', { label: change.subjectLabel }),
      field: label ? tr(label) : change.field,
      change: `${change.oldValue ?? '—'} → ${change.newValue ?? '—'}`,
    };
    if (change.subjectType === 'phase') phaseRows.add(row);
    batch.rows.push(row);
    batches.set(change.batchId, batch);
  }
  // Phases first, then tasks in the order logged.
  const phaseFirst = (row: object) => (phaseRows.has(row) ? 0 : 1);
  return [...batches.values()].map((batch) => ({ ...batch, rows: [...batch.rows].sort((a, b) => phaseFirst(a) - phaseFirst(b)) })).sort((a, b) => b.at.localeCompare(a.at));
}

/** Whole days of a phase, both ends included (0 when a date is missing). */
export function phaseDays(phase: CampaignPhaseDates): number {
  if (!phase.startsOn || !phase.endsOn) return 0;
  return daysBetween(phase.startsOn, phase.endsOn) + 1;
}

export interface NewCycleForm {
  name: string;
  key: string;
  targetDate: string;
  carry: 'none' | 'all' | 'some';
  requirementCodes: string;
  /** The department that does the organisation's own work (本单位); the earlier cycle's unless changed, '' for none. */
  officeDepartmentId: string;
}

/** The new cycle: the same phases (lengths) back-scheduled to the new target date, the department doing the organisation's own work, and the evidence to carry over. */
export function toNewCycleInput(fromCampaignId: string, phases: readonly CampaignPhaseDates[], form: NewCycleForm): StartNewCycleInput {
  const codes = form.requirementCodes
    .split(/[\s,，、;；]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  return {
    fromCampaignId,
    name: form.name.trim(),
    ...(form.key.trim() ? { key: form.key.trim() } : {}),
    backSchedule: { targetDate: form.targetDate, phases: phases.map((p) => ({ key: p.key, name: p.name, days: Math.max(1, phaseDays(p)) })) },
    ...(form.officeDepartmentId ? { officeDepartmentId: form.officeDepartmentId } : {}),
    ...(form.carry === 'all' ? { carryOver: { all: true } } : form.carry === 'some' && codes.length > 0 ? { carryOver: { requirementCodes: codes } } : {}),
  };
}

/** Why a choice of options cannot be saved (the API says the same), or null. */
export function electiveChoiceProblem(group: { min: number; max: number }, chosen: readonly string[]): string | null {
  if (chosen.length < group.min) return tr('plan.elective.tooFew', { min: group.min, n: chosen.length });
  if (chosen.length > group.max) return tr('plan.elective.tooMany', { max: group.max, n: chosen.length });
  return null;
}
