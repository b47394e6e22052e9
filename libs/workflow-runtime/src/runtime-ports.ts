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

/**
 * Where `countInState: { of: objections }` learns how many objections (异议) each participant has
 * per state (open, answered); campaign setup provides it (it owns the objections). A participant
 * without any maps to an empty record.
 */
export abstract class ObjectionFactsSource {
  /** `em` is the transaction the question is asked in: answer on its connection. */
  abstract objectionCounts(participantIds: readonly string[], em: EntityManager): Promise<Map<string, Record<string, number>>>;
}

export const OBJECTION_FACTS = Symbol('OBJECTION_FACTS');

/** Chinese names of the objection states, for guard messages (待答复 …). */
export const OBJECTION_STATE_LABELS: Readonly<Record<string, string>> = { open: '待答复', answered: '已答复' };

/** One participant's place for the form question: its organisation in its campaign. */
export interface FormFiler {
  readonly campaignId: string;
  readonly organisationId: string;
}

/**
 * Where `formSubmitted` learns which forms (by definition key) an organisation has submitted in a
 * campaign; the form-filling module provides it (it owns the filled forms), so the runtime reads
 * none of its tables. Answers per filer, in the order asked; one read for all of them.
 */
export abstract class FormFactsSource {
  /** `em` is the transaction the question is asked in: answer on its connection. */
  abstract submittedForms(filers: readonly FormFiler[], em: EntityManager): Promise<string[][]>;
}

export const FORM_FACTS = Symbol('FORM_FACTS');
