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
  // 30), a table's rows (counted once for rows × cells), a field's files and chosen options.
  'Query.campaignForms': 4,
  'FilledForm.values': 30,
  'FormFieldValue.rows': 10,
  'FormFieldValue.files': 2,
  'FormFieldValue.choices': 3,
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
