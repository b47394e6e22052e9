// Public types of the workflow engine. A compiled definition is plain JSON (no functions), so
// callers can cache or persist it; guards and effects are looked up in the registry by name.

/** A step in a location inside a definition: a map key or a list index. */
import type { DefinitionParseResult, DefinitionsLoadResult, LocatedError } from '@accredit/yaml-definitions';

export type { PathSegment } from '@accredit/yaml-definitions';

/** Calendar dates are `YYYY-MM-DD`; a Date or ISO timestamp is read as a day in China (UTC+8). */
export type DateInput = string | Date;

export type PhaseBoundary = 'start' | 'end';

// ---------------------------------------------------------------------------------------------
// Guard parameters (normalised by the registry while the definition is validated)

export interface HasEvidenceParams {
  /** `any`: at least one evidence item; `all`: every requirement of the task; or listed codes. */
  readonly requirements: 'any' | 'all' | readonly string[];
}
export interface AllTasksInParams {
  readonly states: readonly string[];
}
export interface CommentRequiredParams {
  readonly minLength: number;
}
export interface RoleIsParams {
  readonly roles: readonly string[];
}
export type OnOrAfterParams =
  { readonly date: string } | { readonly phase: string; readonly at: PhaseBoundary };
export interface DocumentPresentParams {
  readonly documents: readonly string[];
}
export type OwnDepartmentParams = Readonly<Record<string, never>>;
/** A day as a date or a phase boundary. */
export type DayParams =
  { readonly date: string } | { readonly phase: string; readonly at: PhaseBoundary };
export type BeforeParams = DayParams;
export interface WithinPhaseParams {
  readonly phase: string;
}
export interface DocumentFilePresentParams {
  readonly documents: readonly string[];
}
/** What a count or quota counts: see COUNTABLES. */
export type Countable = 'tasks' | 'participants' | 'objections' | 'earlierParticipants';
/**
 * A region of the organisation tree to count within: the subject's ancestor at this level
 * (a participant county's province), read from `facts.regions`. Absent: the whole campaign.
 */
export type RegionLevel = 'province' | 'city';
export interface CountInStateParams {
  readonly of: Countable;
  readonly within?: RegionLevel;
  readonly states: readonly string[];
  readonly atMost?: number;
  readonly atLeast?: number;
}
/** N: a number, the total of the countable, or organisation data (descendants of a level). */
export type QuotaBase =
  { readonly number: number } | { readonly total: Countable } | { readonly organisations: string };
export interface QuotaParams {
  readonly of: Countable;
  readonly within?: RegionLevel;
  /** The states this transition counts toward (the subject enters one of them). */
  readonly states: readonly string[];
  /** ⌊percent % of base⌋; without percent the base itself is the cap. */
  readonly percent?: number;
  readonly base: QuotaBase;
  /** States already counted against the same quota (e.g. named in an earlier round). */
  readonly minus: readonly string[];
  /** What `minus` counts, when not `of`: e.g. `earlierParticipants` (named in an earlier batch). */
  readonly minusOf?: Countable;
}

/**
 * Where the actor's organisation stands to the subject's (a participant): its `owner` (the
 * campaign's organisation), the `participant` itself, or `above` it at a level (its province).
 */
export type ActorPlace = 'owner' | 'participant' | { readonly above: RegionLevel };
export interface ActorIsParams {
  readonly places: readonly ActorPlace[];
}

/** Elective groups (选做) to check, by indicator code; absent: every group of the campaign. */
export interface ElectivesChosenParams {
  readonly groups?: readonly string[];
}

/**
 * Forms (by form definition key, declared in `forms`) the participant must have submitted in the
 * subject's campaign: its filled copy is submitted (or signed off since).
 */
export interface FormSubmittedParams {
  readonly forms: readonly string[];
}

export interface GuardParamsMap {
  hasEvidence: HasEvidenceParams;
  allTasksIn: AllTasksInParams;
  commentRequired: CommentRequiredParams;
  roleIs: RoleIsParams;
  onOrAfter: OnOrAfterParams;
  documentPresent: DocumentPresentParams;
  ownDepartment: OwnDepartmentParams;
  before: BeforeParams;
  withinPhase: WithinPhaseParams;
  documentFilePresent: DocumentFilePresentParams;
  countInState: CountInStateParams;
  quota: QuotaParams;
  actorIs: ActorIsParams;
  electivesChosen: ElectivesChosenParams;
  formSubmitted: FormSubmittedParams;
}
export type GuardName = keyof GuardParamsMap;
export interface GuardCallOf<K extends GuardName> {
  readonly type: K;
  readonly params: GuardParamsMap[K];
}
export type GuardCall = { [K in GuardName]: GuardCallOf<K> }[GuardName];

// ---------------------------------------------------------------------------------------------
// Effect parameters

export interface NotifyParams {
  readonly roles?: readonly string[];
  /** `owner`: the department that owns the entity (facts.ownerDepartmentId). */
  readonly department?: 'owner';
}
export type SetDueDateParams =
  { readonly days: number } | { readonly phase: string; readonly at: PhaseBoundary };
export type ScoreSource = 'self' | 'expert';
export interface SnapshotScoresParams {
  readonly source: ScoreSource;
}

/** Records the subject's outcome (a participant's 推荐 / 命名 …), a key of the definition's `outcomes`. */
export interface SetOutcomeParams {
  readonly outcome: string;
}

export interface EffectParamsMap {
  notify: NotifyParams;
  setDueDate: SetDueDateParams;
  snapshotScores: SnapshotScoresParams;
  setOutcome: SetOutcomeParams;
}
export type EffectName = keyof EffectParamsMap;
export interface EffectCallOf<K extends EffectName> {
  readonly type: K;
  readonly params: EffectParamsMap[K];
}
/** An effect to run after a transition; switch on `type` to get typed `params`. */
export type EffectCall = { [K in EffectName]: EffectCallOf<K> }[EffectName];

// ---------------------------------------------------------------------------------------------
// Compiled definition

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

// ---------------------------------------------------------------------------------------------
// Definition errors

export type DefinitionErrorCode =
  | 'FILE_UNREADABLE'
  | 'YAML_SYNTAX'
  | 'SCHEMA_VIOLATION'
  | 'NO_INITIAL_STATE'
  | 'MULTIPLE_INITIAL_STATES'
  | 'INVALID_FINAL_STATE'
  | 'UNKNOWN_STATE'
  | 'UNREACHABLE_STATE'
  | 'DUPLICATE_TRANSITION'
  | 'TRANSITION_FROM_FINAL'
  | 'UNKNOWN_ROLE'
  | 'UNKNOWN_GUARD'
  | 'UNKNOWN_EFFECT'
  | 'INVALID_GUARD_PARAMS'
  | 'INVALID_EFFECT_PARAMS'
  | 'INVALID_STATE_FLAG'
  | 'CONFLICTING_COMMENT_RULE'
  | 'INVALID_SCHEDULE'
  | 'INVALID_FAMILY'
  | 'DUPLICATE_DEFINITION';

/**
 * A problem of a workflow definition at file:line:column (1-based), in Chinese for people
 * editing the YAML; `path` e.g. `transitions[3].guards[0]`, empty for the file as a whole.
 */
export type DefinitionError = LocatedError<DefinitionErrorCode>;

export type ParseResult = DefinitionParseResult<WorkflowDefinition, DefinitionErrorCode>;

export type DirectoryLoadResult = DefinitionsLoadResult<WorkflowDefinition, DefinitionErrorCode>;

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface Actor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly departmentId?: string;
}

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

/** FORBIDDEN: the actor may not do this at all; TRANSITION_NOT_ALLOWED: not now / not yet. */
export type RefusalCode = 'FORBIDDEN' | 'TRANSITION_NOT_ALLOWED';

export interface EvaluationInput {
  /** Current state path, e.g. `creation.evidence`. */
  readonly state: string;
  readonly actor: Actor;
  readonly facts?: Facts;
}

export interface EventInput extends EvaluationInput {
  readonly event: string;
}

export interface AllowedEvent {
  readonly event: string;
  readonly label: string;
  readonly needsComment: boolean;
  readonly confirm?: string;
  readonly checksEvidence: boolean;
  readonly allowed: true;
  /** A transition for this event exists from the current state. */
  readonly available: true;
  /** Resolved target (a leaf state path). */
  readonly to: string;
}

export interface RefusedEvent {
  readonly event: string;
  readonly label: string;
  readonly needsComment: boolean;
  readonly confirm?: string;
  readonly checksEvidence: boolean;
  readonly allowed: false;
  readonly available: boolean;
  readonly code: RefusalCode;
  /** Chinese, for the UI, e.g. `不能提交：1-2 尚无佐证材料`. */
  readonly reasons: readonly string[];
}

export type EventStatus = AllowedEvent | RefusedEvent;

export interface TransitionResult {
  readonly definitionKey: string;
  readonly definitionVersion: number;
  readonly event: string;
  readonly label: string;
  readonly from: string;
  /** Resolved leaf state path. */
  readonly to: string;
  readonly final: boolean;
  readonly effects: readonly EffectCall[];
}

export interface Refusal {
  readonly code: RefusalCode;
  readonly event: string;
  readonly state: string;
  readonly reasons: readonly string[];
}

export type ApplyResult =
  | { readonly ok: true; readonly transition: TransitionResult }
  | { readonly ok: false; readonly refusal: Refusal };

// ---------------------------------------------------------------------------------------------
// Graph for the UI

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly parent?: string;
  readonly initial: boolean;
  readonly final: boolean;
  readonly evidenceEditable: boolean;
  readonly reviewQueue: boolean;
}

export interface GraphEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly event: string;
  readonly label: string;
  readonly needsComment: boolean;
  readonly confirm?: string;
}

export interface WorkflowGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}
