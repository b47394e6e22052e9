import type { ObjectionFieldsFragment, ObjectionState } from '../../../graphql/generated/graphql';
import { tr } from '../../../plugins/i18n';

// What the objections panel (参与单位) and the inbox (异议答复) show of objections, as plain
// functions: the state's words, the open ones first, and who may answer.

export type Objection = ObjectionFieldsFragment;

const STATES: readonly ObjectionState[] = ['open', 'answered'];

export function objectionStateLabel(state: ObjectionState): string {
  return STATES.includes(state) ? tr(`nationalBatch.objections.state.${state}`) : state;
}

/** Awaiting an answer first (oldest first, as they must be dealt with), then the answered ones. */
export function sortObjections(rows: readonly Objection[]): Objection[] {
  const rank = (row: Objection) => (row.state === 'open' ? 0 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.filedAt.localeCompare(b.filedAt));
}

/**
 * The answer button shows to the campaign owner's office admins, on open objections only (the API
 * refuses anyone else, and a second answer is a conflict).
 */
export function canAnswer(row: Pick<Objection, 'state'>, answerer: { ownsCampaign: boolean; roles: readonly string[] }): boolean {
  return row.state === 'open' && answerer.ownsCampaign && (answerer.roles.includes('office_admin') || answerer.roles.includes('system_admin'));
}
