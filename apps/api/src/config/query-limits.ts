import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '@accredit/api-kit';
import type { AppConfig } from './app-config';

/**
 * Items the cost estimate assumes in lists whose size a query cannot state: a group's members
 * are more than the default of 10, the branches of an indicator tree fewer. Mutual nesting
 * (ScoringRule.indicator ↔ Indicator.scoringRules) still multiplies at every level. The
 * directory lists and the users are connections: their `first` (default 50) sizes them.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'DepartmentGroup.members': 30,
  'Campaign.indicators': 15,
  'Campaign.indicatorNodes': 150,
  'Indicator.children': 8,
  'Indicator.requirements': 6,
  'Indicator.scoringRules': 8,
  'ScoringRule.responsibleUnits': 4,
  'Organisation.ancestors': 3,
  'Query.departmentKinds': 20,
  'Mutation.transitionTasks': 50,
  'Mutation.transitionParticipants': 50,
  // A task's links: a few pieces of evidence (one per requirement, rarely more), its workflow's
  // events and its transitions — small lists, read for a whole page of tasks at once.
  'Task.evidence': 4,
  'Task.availableTransitions': 6,
  'Task.history': 6,
  // A filled form: the forms a campaign asks for, a form's filled fields (the 申报表 has about
  // 30), a field's files and chosen options. Rows are assumed for every one of the 30 values
  // though only a table's have any (the shipped forms have 0–2 tables of about 10 rows): 3 a
  // value still counts each form's tables at 90 rows. (10 counted 300, and with the typed
  // definitions beside them the admin's own CampaignForms read as 33,200; with 3, 18,900.)
  'Query.campaignForms': 4,
  'FilledForm.values': 30,
  'FormFieldValue.rows': 3,
  'FormFieldValue.files': 2,
  'FormFieldValue.choices': 3,
  // A form definition (FormDefinition): the shipped forms (forms/*.yaml) have 2–5 sections and at
  // most 4 roles. The estimate multiplies nested lists at every level, so a nested list is sized
  // by what it holds on average where it appears, not at its largest: 6 fields a section (the
  // 申报表: 27 in 4, its largest section 19), 1 column a field (only a table's have any: 2, 3 or
  // 8), 2 options, 2 accepted kinds, 1 stage. One definition then reads as about 2,400 values;
  // the largest shipped one, the 申报表, answers with 848.
  'FormDefinition.roles': 4,
  'FormDefinition.sections': 5,
  'FormFilledBy.stages': 1,
  'FormSection.fields': 6,
  'FormField.columns': 1,
  'FormField.options': 2,
  'FormField.accept': 2,
  'FormField.stages': 1,
};

/** The limits every GraphQL request is held to (README: GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_COST, REQUEST_TIMEOUT_SECONDS). */
export function queryLimits(config: Pick<AppConfig, 'requests'>): QueryLimits {
  return {
    ...DEFAULT_QUERY_LIMITS,
    maxDepth: config.requests.maxDepth,
    maxCost: config.requests.maxCost,
    requestTimeoutMs: config.requests.timeoutMs,
    listSizes: LIST_SIZES,
  };
}
