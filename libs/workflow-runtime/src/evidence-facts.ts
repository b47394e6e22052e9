/**
 * Where the `hasEvidence` guard learns which requirement codes a task has evidence for.
 * The evidence module provides it; the workflow runtime does not depend on evidence storage.
 */
export abstract class EvidenceFactsSource {
  abstract requirementCodesWithEvidence(taskIds: string[]): Promise<Map<string, string[]>>;
}

export const EVIDENCE_FACTS = Symbol('EVIDENCE_FACTS');
