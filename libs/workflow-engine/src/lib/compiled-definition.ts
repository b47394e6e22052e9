import type { EffectCall } from './effect-params';
import type { DayParams, GuardCall } from './guard-params';

// A compiled definition: plain JSON (no functions), so callers can cache or persist it; guards
// and effects are looked up in the registry by name.

export interface StateDefinition {
  /** Dotted path from the root, e.g. `creation.evidence`. */
  readonly path: string;
  readonly key: string;
  readonly label: string;
  readonly description?: string;
  readonly parent?: string;
  readonly children: readonly string[];
  /** Initial among its siblings. */
  readonly initial: boolean;
  readonly final: boolean;
  /** Evidence may be added, replaced or deleted in this state (declared, inherited or inferred). */
  readonly evidenceEditable: boolean;
  /** "Submitted, waiting for review": the state lists the entity in the review queue. */
  readonly reviewQueue: boolean;
  /**
   * Experts score in this state (a campaign's 认定); the office's self-assessment is open in the
   * states that are neither this nor final (declared, inherited, or inferred from snapshotScores).
   */
  readonly expertScoring: boolean;
  /**
   * Anyone logged in may file an objection (异议) against the subject while it is in this state and
   * today lies within this phase (公示期); the key of a declared phase.
   */
  readonly objectionsDuring?: string;
  /** On the campaign's public list: `named` lists it (命名名单), `revoked` notes it as revoked. */
  readonly publicList?: 'named' | 'revoked';
}

export interface TransitionDefinition {
  readonly index: number;
  readonly event: string;
  readonly label: string;
  readonly description?: string;
  readonly from: readonly string[];
  /** As written; entering a compound state enters its initial child (see resolveEntry). */
  readonly to: string;
  readonly roles: readonly string[];
  /** A comment must be given (the UI asks for one); implies a `commentRequired` guard. */
  readonly needsComment: boolean;
  /** A question the UI asks before firing, e.g. `确定不予认定？`. */
  readonly confirm?: string;
  /**
   * Before firing, the UI lists the task's requirements that have no evidence yet and asks to go
   * on (提交 with gaps). Declared as `checksEvidence`, or taken from a `hasEvidence` guard.
   */
  readonly checksEvidence: boolean;
  readonly guards: readonly GuardCall[];
  readonly effects: readonly EffectCall[];
  /**
   * From this day on the system fires the transition by itself for every subject still in `from`
   * (a reminder after a deadline); people with `roles` may still fire it by hand. Guards about
   * who acts do not apply to the system, the others do.
   */
  readonly schedule?: DayParams;
}

export interface PhaseDefinition {
  readonly label: string;
  readonly description?: string;
}

export interface WorkflowDefinition {
  readonly key: string;
  /**
   * The series of batches it belongs to (a participant workflow's earlier batches, counted as
   * `earlierParticipants`, are the owner's earlier campaigns of the same family); the key when the
   * YAML names none. See familyOf().
   */
  readonly family?: string;
  readonly version: number;
  readonly entityType: string;
  readonly name: string;
  readonly description?: string;
  /** Where the definition was read from (used in messages only). */
  readonly file: string;
  /** sha256 of the normalised source; see checksum(). */
  readonly checksum: string;
  /** Role → Chinese label: built-in roles merged with the definition's own. */
  readonly roles: Readonly<Record<string, string>>;
  /**
   * What each role the definition declares may read in a campaign it is assigned in
   * (`campaign`, `tasks`, `history`); built-in roles read by their own rules.
   */
  readonly roleViews: Readonly<Record<string, readonly string[]>>;
  readonly phases: Readonly<Record<string, PhaseDefinition>>;
  readonly documents: Readonly<Record<string, string>>;
  /** Forms (form definition key → Chinese name) that `formSubmitted` guards refer to. */
  readonly forms: Readonly<Record<string, string>>;
  /** Outcomes a subject may end with (key → Chinese label, e.g. named: 命名), set by `setOutcome`. */
  readonly outcomes: Readonly<Record<string, string>>;
  /** Every state by path, parents before children, in document order. */
  readonly states: Readonly<Record<string, StateDefinition>>;
  /** The initial top-level state as declared (may be compound). */
  readonly initial: string;
  readonly transitions: readonly TransitionDefinition[];
}
