import type { EntityManager } from '@mikro-orm/postgresql';
import type { ElectiveGroupFact } from '@accredit/workflow-engine';

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

/**
 * Where the `electivesChosen` guard learns, per campaign, its elective groups (选做) and how many
 * options of each are chosen; campaign setup provides it (it owns the choices), so the runtime
 * reads no table of another module. A campaign without groups maps to an empty list.
 */
export abstract class ElectiveFactsSource {
  /** `em` is the transaction the question is asked in: answer on its connection. */
  abstract electiveGroups(campaignIds: readonly string[], em: EntityManager): Promise<Map<string, ElectiveGroupFact[]>>;
}

export const ELECTIVE_FACTS = Symbol('ELECTIVE_FACTS');
