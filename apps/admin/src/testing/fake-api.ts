import { ApolloLink, Observable, type FetchResult, type Operation, type TypedDocumentNode } from '@apollo/client/core';
import { toFlatDefinition, type AttachmentRef, type FieldValue, type FlatColumn, type FormDefinition } from '@accredit/forms/browser';
import {
  MeDocument,
  MyOrganisationDocument,
  NotificationsDocument,
  type FilledFormFieldsFragment,
  type FormCellValueFieldsFragment,
  type FormDefinitionFieldsFragment,
  type FormFieldDefinitionFieldsFragment,
} from '../graphql/generated/graphql';
import type { CurrentUser } from '../composables/use-current-user';
import { selectedFields } from './selected-fields';

// A fake API for the specs: the real Apollo client and cache run against it; answers are
// given per operation name, asynchronously, as the network does.

export type Answer = FetchResult | Error;

/**
 * `hold`: operation names whose answers wait until `release()` — the time a slow network takes,
 * for the specs of what a screen shows before its first answer; `hold(names)` holds them again later
 * (what a screen shows while a second question is on its way).
 */
export function fakeApi(
  answer: (operation: Operation) => Answer,
  options: { hold?: readonly string[] } = {},
): { link: ApolloLink; calls: Operation[]; release: (names?: readonly string[]) => void; hold: (names: readonly string[]) => void } {
  const calls: Operation[] = [];
  const held = new Set(options.hold ?? []);
  const waiting: Array<{ name: string; send: () => void }> = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        calls.push(operation);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const send = (): void => {
          const result = answer(operation);
          timer = setTimeout(() => {
            if (result instanceof Error) observer.error(result);
            else {
              observer.next(result);
              observer.complete();
            }
          }, 0);
        };
        if (held.has(operation.operationName)) waiting.push({ name: operation.operationName, send });
        else send();
        return () => clearTimeout(timer);
      }),
  );
  /** Answers the held operations named (all when none are named), and those asked later. */
  const release = (names?: readonly string[]): void => {
    const now = names ?? [...held];
    now.forEach((name) => held.delete(name));
    for (const w of waiting.filter((x) => now.includes(x.name))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.send();
    }
  };
  const hold = (names: readonly string[]): void => names.forEach((name) => held.add(name));
  return { link, calls, release, hold };
}

export type FakeApi = ReturnType<typeof fakeApi>;

const TYPENAMES: Record<string, string> = {
  campaigns: 'Campaign',
  campaign: 'Campaign',
  phases: 'CampaignPhase',
  steps: 'CampaignPhase',
  indicators: 'Indicator',
  indicatorNodes: 'Indicator',
  electiveChoice: 'ElectiveChoiceSummary',
  children: 'Indicator',
  requirements: 'EvidenceRequirement',
  scoringRules: 'ScoringRule',
  responsibleUnits: 'ResponsibleUnit',
  me: 'User',
  user: 'User',
  login: 'LoginPayload',
  department: 'Department',
  requiredDocuments: 'RequiredCampaignDocument',
  neededBy: 'CampaignDocumentUse',
  versions: 'CampaignDocument',
  organisation: 'Organisation',
  ancestors: 'Organisation',
  campaignParticipants: 'CampaignParticipant',
  objectionWindow: 'ObjectionWindow',
  participantObjections: 'ParticipantObjection',
  campaignObjections: 'ParticipantObjection',
  fileObjection: 'ParticipantObjection',
  answerObjection: 'ParticipantObjection',
  publicisedParticipants: 'PublicisedParticipant',
  participantQuotas: 'ParticipantQuota',
  progress: 'ParticipantProgress',
  availableTransitions: 'AvailableTransition',
  setUpCampaign: 'SetUpCampaignResult',
  myOrganisation: 'Organisation',
  notifications: 'NotificationConnection',
  departments: 'DepartmentConnection',
  departmentGroups: 'DepartmentGroupConnection',
  users: 'UserConnection',
  organisations: 'OrganisationConnection',
  pageInfo: 'PageInfo',
  // Selected through fragments (PointsAtRiskFields, ScoreTotalsSummaryFields, WorkflowDiagramFields): the cache matches a fragment by __typename.
  workflowDefinition: 'WorkflowDefinition',
  taskWorkflowDefinition: 'WorkflowDefinition',
  pointsAtRisk: 'PointsAtRisk',
  projected: 'ScoreTotals',
  // FormSelectionBoardFields: the board formSelections lists and selecting or withdrawing answers.
  formSelections: 'FormSelectionBoard',
  selectForm: 'FormSelectionBoard',
  unselectForm: 'FormSelectionBoard',
};

/** Typenames that depend on the parent type (a field name used by several types). */
const NESTED_TYPENAMES: Record<string, Record<string, string>> = {
  FilledForm: { campaign: 'Campaign', organisation: 'Organisation', definition: 'FormDefinitionRecord', values: 'FormFieldValue', problems: 'FormProblem', history: 'FormEdit' },
  FormFieldValue: { files: 'FormFileRef', rows: 'FormFieldValue', signOff: 'FormSignOffValue' },
  FormSignOffValue: { seal: 'FormFileRef' },
  FormDefinitionRecord: { ownerOrganisation: 'Organisation', definition: 'FormDefinition' },
  FormDefinition: { roles: 'FormRole', filledBy: 'FormFilledBy', sections: 'FormSection' },
  FormSection: { fields: 'FormField' },
  FormField: { ties: 'FormFieldTie', options: 'FormChoiceOption', columns: 'FormField', opinion: 'FormSignOffOpinion' },
  WorkflowDefinition: { graph: 'WorkflowGraph' },
  WorkflowGraph: { nodes: 'WorkflowGraphNode', edges: 'WorkflowGraphEdge' },
  PublicisedParticipant: { phase: 'ObjectionWindow' },
  NotificationConnection: { edges: 'NotificationEdge' },
  NotificationEdge: { node: 'Notification' },
  DepartmentConnection: { edges: 'DepartmentEdge' },
  DepartmentEdge: { node: 'Department' },
  DepartmentGroupConnection: { edges: 'DepartmentGroupEdge' },
  DepartmentGroupEdge: { node: 'DepartmentGroup' },
  DepartmentGroup: { members: 'Department' },
  UserConnection: { edges: 'UserEdge' },
  UserEdge: { node: 'User' },
  FormSelectionBoard: { groups: 'FormSelectionGroup' },
  FormSelectionGroup: { group: 'Organisation', entries: 'FormSelectionEntry' },
  OrganisationConnection: { edges: 'OrganisationEdge' },
  OrganisationEdge: { node: 'Organisation' },
};
const FORM_OPERATIONS: Record<string, string> = {
  campaignForms: 'FilledForm',
  filledForm: 'FilledForm',
  saveFormDraft: 'FilledForm',
  submitForm: 'FilledForm',
  signOffForm: 'FilledForm',
  formDefinitions: 'FormDefinitionRecord',
  uploadFormDefinition: 'FormDefinitionRecord',
  setCampaignForms: 'FormDefinitionRecord',
  workflowDefinition: 'WorkflowDefinition',
};

/** Adds the __typename a real server sends, from the field each object sits in. */
function withTypenames(value: unknown, typename?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withTypenames(v, typename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = typename ? { __typename: typename } : {};
  const nested = typename ? NESTED_TYPENAMES[typename] : undefined;
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'params' ? v : withTypenames(v, nested?.[key] ?? (typename ? TYPENAMES[key] : (FORM_OPERATIONS[key] ?? TYPENAMES[key])));
  }
  return out;
}

const data = (value: Record<string, unknown>): FetchResult => ({ data: withTypenames(value) as FetchResult['data'] });

/**
 * The answer to one operation, typed by the document GraphQL Code Generator made from the API's
 * schema.gql: a field the schema does not have, a missing one or a value of the wrong type fails
 * the admin's type check (vue-tsc), so the fake cannot drift from the real API. A fuller object is
 * cut down to what the document selects (selected-fields.ts), as the server answers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function answerFor<TData>(document: TypedDocumentNode<TData, any>, value: TData): FetchResult {
  return data(selectedFields(document, value as Record<string, unknown>));
}

/** A connection's only page: its nodes, no page after it. */
export function onePage<N>(nodes: N[]): { totalCount: number; edges: { cursor: string; node: N }[]; pageInfo: { hasNextPage: false; endCursor: string | null } } {
  return { totalCount: nodes.length, edges: nodes.map((node, index) => ({ cursor: `c${index}`, node })), pageInfo: { hasNextPage: false, endCursor: nodes.length ? `c${nodes.length - 1}` : null } };
}

/**
 * The page a keyset connection answers for `variables` (first, after) over `total` rows made by
 * `node(index)`: the cursor is the index of a page's last row, and a page is full while rows remain.
 */
export function pageOf<N>(
  variables: Record<string, unknown>,
  total: number,
  node: (index: number) => N,
): { totalCount: number; edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const from = variables['after'] ? Number(variables['after']) + 1 : 0;
  const rows = Array.from({ length: Math.max(0, Math.min(Number(variables['first']), total - from)) }, (_, i) => node(from + i));
  return { totalCount: total, edges: rows.map((row) => ({ node: row })), pageInfo: { hasNextPage: from + rows.length < total, endCursor: rows.length ? String(from + rows.length - 1) : null } };
}

/** A refusal as the API sends it: no data, one error with its code (UNAUTHENTICATED, NOT_FOUND …). */
export const apiError = (message: string, code: string): FetchResult => ({ data: null, errors: [{ message, extensions: { code } }] });

/** The header's bell: no notifications. */
export const noNotifications = (): FetchResult => answerFor(NotificationsDocument, { unreadNotificationCount: 0, notifications: { totalCount: 0, edges: [] } });

export const notLoggedIn = (): FetchResult => apiError('请先登录', 'UNAUTHENTICATED');

/** The header's organisation: 沙坪坝区 under 全国 / 重庆. */
export const myOrganisation = (): FetchResult =>
  answerFor(MyOrganisationDocument, {
    myOrganisation: {
      id: 'o-500106',
      name: '重庆市沙坪坝区',
      shortName: '沙坪坝区',
      levelLabel: '县级',
      ancestors: [
        { id: 'o-000000', shortName: '全国' },
        { id: 'o-500000', shortName: '重庆' },
      ],
    },
  });

export const OFFICE_ADMIN: CurrentUser = {
  id: 'u-office',
  username: 'office',
  displayName: '王晓梅',
  roles: ['office_admin'],
  organisationName: '沙坪坝区',
  mustChangePassword: false,
  department: null,
};

export const LIAISON: CurrentUser = {
  id: 'u-kexie',
  username: 'kexie',
  displayName: '李文',
  roles: ['liaison'],
  organisationName: '沙坪坝区',
  mustChangePassword: false,
  department: { id: 'd-kexie', name: '区科协' },
};

/** `me` answered for this user. */
export const meAnswer = (user: CurrentUser): FetchResult => answerFor(MeDocument, { me: user });

/** A field's properties as the API sends them (FormFieldDefinitionFields): every one, null where not of its type. */
function fieldAnswer(field: FlatColumn): FormFieldDefinitionFieldsFragment {
  // Copies of the lists: the library's are readonly, the generated types' are not.
  return {
    ...field,
    ties: field.ties && { ...field.ties },
    options: field.options?.map((option) => ({ ...option })) ?? null,
    accept: field.accept && [...field.accept],
    stages: field.stages && [...field.stages],
    opinion: field.opinion && { ...field.opinion },
  };
}

/** A compiled definition as the API sends it (FormDefinitionRecord.definition): the library's FlatDefinition. */
export function definitionAnswer(definition: FormDefinition): FormDefinitionFieldsFragment {
  const flat = toFlatDefinition(definition);
  return {
    ...flat,
    roles: flat.roles.map((role) => ({ ...role })),
    filledBy: flat.filledBy && { role: flat.filledBy.role, stages: [...flat.filledBy.stages] },
    sections: flat.sections.map((section) => ({
      ...section,
      fields: section.fields.map((field) => ({ ...fieldAnswer(field), columns: field.columns?.map(fieldAnswer) ?? null })),
    })),
  };
}

/** A filled form with everything the admin's documents select of it, its compiled definition included. */
export type WholeFilledForm = FilledFormFieldsFragment & { definition: FilledFormFieldsFragment['definition'] & { definition: FormDefinitionFieldsFragment } };

/**
 * A filled form as the API holds it (campaignForms, saveFormDraft, submitForm, signOffForm): the
 * compiled `definition` with the values and what the viewer may do, defaults of a county's form
 * that was never saved. Each document's answer is cut from it (answerFor sends what it selects).
 */
export function filledFormAnswer(definition: FormDefinition, overrides: Partial<WholeFilledForm> & { definitionId?: string } = {}): WholeFilledForm {
  const { definitionId, ...rest } = overrides;
  return {
    id: null,
    campaign: { id: 'batch', name: '第一批全国科普示范县创建' },
    organisation: { id: 'o-510781', name: '四川省江油市', shortName: '江油市' },
    definition: {
      id: definitionId ?? `def-${definition.key}`,
      key: definition.key,
      version: definition.version,
      name: definition.name,
      description: definition.description ?? null,
      definition: definitionAnswer(definition),
    },
    values: [],
    status: 'DRAFT',
    version: 0,
    stage: 'applied',
    stageLabel: '已申报',
    viewerRole: 'applicant',
    editableFields: [],
    canSubmit: false,
    updatedAt: null,
    updatedByName: null,
    submittedAt: null,
    ...rest,
  };
}

type FieldValueAnswer = FilledFormFieldsFragment['values'][number];
const filesAnswer = (files: readonly AttachmentRef[] | null | undefined) => files?.map(({ fileId, name, mediaType }) => ({ fileId, name, mediaType })) ?? null;
const cellAnswer = (value: FieldValue): FormCellValueFieldsFragment => ({
  key: value.key,
  text: value.text ?? null,
  number: value.number ?? null,
  flag: value.flag ?? null,
  choices: value.choices ?? null,
  date: value.date ?? null,
  month: value.month ?? null,
  files: filesAnswer(value.files),
});

/** A form's values as the API sends them (FilledForm.values): every member of each entry, null where not set. */
export function fieldValuesAnswer(list: readonly FieldValue[]): FieldValueAnswer[] {
  return list.map((value) => {
    const box = value.signOff;
    const signOff = box
      ? { opinion: box.opinion ?? null, signer: box.signer ?? null, date: box.date ?? null, seal: box.seal ? { fileId: box.seal.fileId, name: box.seal.name, mediaType: box.seal.mediaType } : null }
      : null;
    return { ...cellAnswer(value), signOff, rows: value.rows?.map((row) => row.map(cellAnswer)) ?? null };
  });
}
