// Guard parameters, as the registry normalises them while a definition is validated; a guard
// call is its name with these parameters (switch on `type`).

export type PhaseBoundary = 'start' | 'end';

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
export type OnOrAfterParams = { readonly date: string } | { readonly phase: string; readonly at: PhaseBoundary };
export interface DocumentPresentParams {
  readonly documents: readonly string[];
}
export type OwnDepartmentParams = Readonly<Record<string, never>>;
/** A day as a date or a phase boundary. */
export type DayParams = { readonly date: string } | { readonly phase: string; readonly at: PhaseBoundary };
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
export type QuotaBase = { readonly number: number } | { readonly total: Countable } | { readonly organisations: string };
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
