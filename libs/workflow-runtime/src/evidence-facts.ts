import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where the `hasEvidence` guard learns which requirement codes a task has evidence for.
 * The evidence module provides it; the workflow runtime does not depend on evidence storage.
 */
export abstract class EvidenceFactsSource {
  /** `em` is the transaction the question is asked in: answer on its connection. */
  abstract requirementCodesWithEvidence(taskIds: string[], em: EntityManager): Promise<Map<string, string[]>>;
}

export const EVIDENCE_FACTS = Symbol('EVIDENCE_FACTS');
