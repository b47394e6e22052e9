import type { Countable, RegionLevel } from './guard-params';

// Facts about an instance, gathered by the caller before evaluating; guards read only what they need.

/** Calendar dates are `YYYY-MM-DD`; a Date or ISO timestamp is read as a day in China (UTC+8). */
export type DateInput = string | Date;

export interface PhaseDates {
  readonly startsOn?: DateInput;
  readonly endsOn?: DateInput;
}

/** Facts about the instance, gathered by the caller; guards read only what they need. */
export interface Facts {
  readonly now?: DateInput;
  readonly comment?: string;
  /** Evidence attached to the task: requirement codes that have at least one item. */
  readonly evidence?: { readonly requirementCodes: readonly string[]; readonly count?: number };
  /** Requirement (indicator) codes the task covers. */
  readonly requirements?: readonly string[];
  /** Number of child entities (a campaign's tasks) per state. */
  readonly childStates?: Readonly<Record<string, number>>;
  /** Chinese labels of those child states, for messages; the state key is shown otherwise. */
  readonly childStateLabels?: Readonly<Record<string, string>>;
  readonly phases?: Readonly<Record<string, PhaseDates>>;
  /** Document types present, e.g. `self-assessment`. */
  readonly documents?: readonly string[];
  /** Document types present with a file attached. */
  readonly documentFiles?: readonly string[];
  /**
   * Counts per countable and state, within the scope the caller decides (a campaign's tasks;
   * later a level's participants), e.g. `{ tasks: { approved: 3 } }`.
   */
  readonly counts?: Readonly<Partial<Record<Countable, Readonly<Record<string, number>>>>>;
  /** Labels of the counted states, per countable, for messages. */
  readonly countLabels?: Readonly<Partial<Record<Countable, Readonly<Record<string, string>>>>>;
  /** Organisation data: how many enabled organisations of each level lie below the owner, e.g. `{ county: 38 }`. */
  readonly organisationCounts?: Readonly<Record<string, number>>;
  /**
   * The same counts within the subject's region at a level (a participant's province): its
   * participants per state, and the organisations below that region.
   */
  readonly regions?: Readonly<Partial<Record<RegionLevel, RegionFacts>>>;
  /** Where the actor's organisation stands to the subject's (see ActorPlace); absent: unknown. */
  readonly actorPlace?: { readonly owner: boolean; readonly participant: boolean; readonly above: readonly RegionLevel[] };
  readonly ownerDepartmentId?: string;
  /**
   * The elective groups (选做) of the campaign the subject works in (a participant's: its own work
   * campaign's) with how many options are chosen; absent when the caller did not read them.
   */
  readonly electives?: readonly ElectiveGroupFact[];
  /**
   * Keys of the form definitions the subject's organisation has submitted in the subject's
   * campaign (a participant's filled forms); absent when the caller did not read them.
   */
  readonly submittedForms?: readonly string[];
}

/** One elective group: choose between min and max of its options. */
export interface ElectiveGroupFact {
  /** The group's indicator code, e.g. `2`. */
  readonly code: string;
  readonly title: string;
  readonly min: number;
  readonly max: number;
  readonly chosen: number;
}

export interface RegionFacts {
  /** The region's name, for messages (四川省). */
  readonly name: string;
  readonly counts?: Readonly<Partial<Record<Countable, Readonly<Record<string, number>>>>>;
  readonly organisationCounts?: Readonly<Record<string, number>>;
}
