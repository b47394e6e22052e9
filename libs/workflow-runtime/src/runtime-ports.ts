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

/**
 * Where the `snapshotScores` effect stores a campaign's scores as they stand, in the
 * transition's transaction; the scores module provides it. Returns a line for the log.
 */
export abstract class ScoreSnapshotPort {
  abstract record(em: EntityManager, campaignId: string, source: 'self' | 'expert'): Promise<string>;
}

export const SCORE_SNAPSHOTS = Symbol('SCORE_SNAPSHOTS');
