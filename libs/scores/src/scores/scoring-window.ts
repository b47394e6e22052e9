/** The campaign workflow state in which experts score (workflows/campaign.yaml: 认定). */
export const ACCREDITATION_STATE = 'accreditation';

const within = (state: string, parent: string) => state === parent || state.startsWith(`${parent}.`);

/**
 * When each source may score, from the campaign's workflow state:
 * - experts only while the campaign is in `accreditation` (or a sub-state of it);
 * - the office's self-assessment before that: not in `accreditation` (it was submitted with the
 *   application; an expert's 退回整改 reopens it) and not in a final state (已认定, 未通过).
 */
export function scoringWindow(state: string, finalStates: ReadonlySet<string>): { self: boolean; expert: boolean } {
  const accreditation = within(state, ACCREDITATION_STATE);
  return { self: !accreditation && !finalStates.has(state), expert: accreditation };
}
