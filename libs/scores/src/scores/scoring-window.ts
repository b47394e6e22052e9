/**
 * When each source may score, from the campaign's workflow state and what its definition says:
 * - experts only in the states the definition marks `expertScoring` (workflows/campaign.yaml:
 *   认定, inferred from its expert score snapshot);
 * - the office's self-assessment in the other states that are not final (it was submitted with
 *   the application; an expert's 退回整改 reopens it; 已认定 and 未通过 close it).
 */
export function scoringWindow(state: string, finalStates: ReadonlySet<string>, expertStates: ReadonlySet<string>): { self: boolean; expert: boolean } {
  const expert = expertStates.has(state);
  return { self: !expert && !finalStates.has(state), expert };
}
