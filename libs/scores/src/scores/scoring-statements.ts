import type { EntityManager } from '@mikro-orm/postgresql';
import { prepareStatement, runPrepared } from '@accredit/db';
import { CAMPAIGN_ELECTIVE_CHOICE_ROWS, CAMPAIGN_ROWS, OWN_OR_REVIEWED_CAMPAIGN_ID_SQL } from '@accredit/campaigns';
import { DEPARTMENT_ROWS } from '@accredit/organisations';
import { TASK_ROWS } from '@accredit/tasks';
import type { RuleProgress } from '@accredit/scoring';
import type { TaskStateKinds } from '@accredit/workflow-engine';
import type { Score } from './score.entity';
import type { ScoreSource } from './score-source';

/** A current score as the scoreboard and its models read it: a plain row, not an entity (a Score entity fits too). */
export type CurrentScore = Pick<Score, 'id' | 'source' | 'input' | 'points' | 'vetoed' | 'explanation' | 'comment' | 'scoredByName' | 'scoredAt' | 'supersededAt'> & {
  rule: { id: string };
  scoredBy: { id: string };
};

/** The campaign's columns the scores need (a Campaign entity fits too). */
export interface ScoredCampaign {
  id: string;
  state: string;
  organisation: { id: string };
  indicatorSystem: { id: string };
  workflowDefinitionId: string;
  taskWorkflowDefinitionId: string;
}

/** One recorded choice of an elective group. */
export interface ElectiveChoiceRow {
  groupId: string;
  optionId: string;
  chosenByName: string;
  chosenAt: string;
}

/** What one statement gives of a campaign's scores (see CAMPAIGN_SCORES). */
export interface CampaignScoresRead {
  campaign: ScoredCampaign;
  current: Record<ScoreSource, Map<string, CurrentScore>>;
  choices: ElectiveChoiceRow[];
  /** Rule id → its tasks counted; null when the task states were not given. */
  progress: Map<string, RuleProgress> | null;
}

interface ScoreJson {
  id: string;
  ruleId: string;
  source: ScoreSource;
  input: Record<string, unknown>;
  points: string;
  vetoed: boolean;
  explanation: string;
  comment: string;
  scoredByName: string;
  scoredById: string;
  scoredAt: string;
}

interface CampaignScoresRow {
  id: string;
  state: string;
  organisationId: string;
  indicatorSystemId: string;
  workflowDefinitionId: string;
  taskWorkflowDefinitionId: string;
  scores: ScoreJson[] | null;
  choices: ElectiveChoiceRow[] | null;
  progress: (RuleProgress & { ruleId: string })[] | null;
}

type CampaignScoresParam = 'campaignId' | 'organisationId' | 'today' | 'done' | 'notLate' | 'returned';

/**
 * The score screens' one statement (issue 15, CampaignScores): the campaign as
 * CampaignsService.get lets the caller read it (no row otherwise), its current scores, its
 * recorded elective choices and — when the task workflow's states are given — its tasks counted
 * per rule: all, approved (done), late (past due and neither done nor submitted), returned, and
 * the departments of the late or returned ones in table order. Prepared once per connection and
 * sent with its values only. Scores and dates are kept as PostgreSQL writes them (points and
 * timestamps as text), as a row of their own would give them. The department join is kept to the
 * campaign's organisation so that the planner never hashes every department of the country.
 */
const CAMPAIGN_SCORES = prepareStatement<CampaignScoresParam>(
  'scores.campaign-scores',
  `select c.id, c.state, c.organisation_id as "organisationId", c.indicator_system_id as "indicatorSystemId",
          c.workflow_definition_id as "workflowDefinitionId", c.task_workflow_definition_id as "taskWorkflowDefinitionId",
          (select json_agg(json_build_object('id', s.id, 'ruleId', s.rule_id, 'source', s.source, 'input', s.input, 'points', s.points::text,
                    'vetoed', s.vetoed, 'explanation', s.explanation, 'comment', s.comment, 'scoredByName', s.scored_by_name, 'scoredById', s.scored_by_id, 'scoredAt', s.scored_at::text))
           from score s where s.campaign_id = c.id and s.superseded_at is null) as scores,
          (select json_agg(json_build_object('groupId', e.group_id, 'optionId', e.option_id, 'chosenByName', e.chosen_by_name, 'chosenAt', e.chosen_at::text))
           from ${CAMPAIGN_ELECTIVE_CHOICE_ROWS} e where e.campaign_id = c.id) as choices,
          case when :done::text[] is not null then (
            select json_agg(r) from (
              select t.scoring_rule_id as "ruleId", count(*)::int as tasks,
                     count(*) filter (where t.state = any(:done::text[]))::int as approved,
                     count(*) filter (where t.due_on < :today::date and not (t.state = any(:notLate::text[])))::int as late,
                     count(*) filter (where t.state = any(:returned::text[]))::int as returned,
                     coalesce(array_agg(d.name order by t.position) filter (where (t.due_on < :today and not (t.state = any(:notLate))) or t.state = any(:returned)), '{}') as departments
              from ${TASK_ROWS} t join ${DEPARTMENT_ROWS} d on d.id = t.department_id and d.organisation_id = c.organisation_id
              where t.campaign_id = c.id
              group by t.scoring_rule_id) r) end as progress
   from ${CAMPAIGN_ROWS} c
   where c.id = ${OWN_OR_REVIEWED_CAMPAIGN_ID_SQL}`,
);

/**
 * A campaign's scores in one statement: `organisationId` is the caller's organisationScope (null:
 * no limit, for a caller that already holds the campaign); `taskStates` null leaves the counts out.
 * Null when there is no such campaign or the caller may not read it.
 */
export async function readCampaignScores(
  em: EntityManager,
  values: { campaignId: string; organisationId: string | null; today: string; taskStates: TaskStateKinds | null },
): Promise<CampaignScoresRead | null> {
  const { taskStates } = values;
  const [row] = await runPrepared<CampaignScoresParam, CampaignScoresRow>(em, CAMPAIGN_SCORES, {
    campaignId: values.campaignId,
    organisationId: values.organisationId,
    today: values.today,
    done: taskStates ? [...taskStates.done] : null,
    notLate: taskStates ? [...taskStates.done, ...taskStates.submitted] : null,
    returned: taskStates ? [...taskStates.returned] : null,
  });
  if (!row) return null;
  const current: Record<ScoreSource, Map<string, CurrentScore>> = { self: new Map(), expert: new Map() };
  for (const { ruleId, scoredAt, scoredById, ...rest } of row.scores ?? []) {
    current[rest.source].set(ruleId, { ...rest, rule: { id: ruleId }, scoredBy: { id: scoredById }, scoredAt: new Date(scoredAt), supersededAt: null });
  }
  return {
    campaign: {
      id: row.id,
      state: row.state,
      organisation: { id: row.organisationId },
      indicatorSystem: { id: row.indicatorSystemId },
      workflowDefinitionId: row.workflowDefinitionId,
      taskWorkflowDefinitionId: row.taskWorkflowDefinitionId,
    },
    current,
    choices: row.choices ?? [],
    progress: taskStates ? new Map((row.progress ?? []).map(({ ruleId, ...progress }) => [ruleId, progress])) : null,
  };
}
