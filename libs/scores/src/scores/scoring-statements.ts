import type { EntityManager } from '@mikro-orm/postgresql';
import { prepareStatement, runPrepared } from '@accredit/db';
import type { RuleProgress } from '@accredit/scoring';
import type { Score } from './score.entity';
import type { ScoreSource } from './score-source';

/** A current score as the scoreboard and its models read it: a plain row, not an entity (a Score entity fits too). */
export type CurrentScore = Pick<Score, 'id' | 'source' | 'input' | 'points' | 'vetoed' | 'explanation' | 'comment' | 'scoredByName' | 'scoredAt' | 'supersededAt'> & {
  rule: { id: string };
};

interface ScoreRow {
  id: string;
  ruleId: string;
  source: ScoreSource;
  input: Record<string, unknown>;
  points: string;
  vetoed: boolean;
  explanation: string;
  comment: string;
  scoredByName: string;
  scoredAt: string;
}

// Both are prepared once per connection and sent with their values only: the score screens ask
// for them on every request (docs/performance.md, CampaignScores).
const CURRENT_SCORES = prepareStatement<'campaignId'>(
  'scores.current',
  `select id, rule_id as "ruleId", source, input, points, vetoed, explanation, comment, scored_by_name as "scoredByName", scored_at as "scoredAt"
   from score where campaign_id = :campaignId::uuid and superseded_at is null`,
);

/**
 * Tasks per rule: all, approved (done), late (past due and neither done nor submitted), returned,
 * and the departments of the late or returned ones in table order. The department join is kept
 * to the campaign's organisation so the planner never hashes every department of the country.
 */
const TASKS_PER_RULE = prepareStatement<'campaignId' | 'organisationId' | 'today' | 'done' | 'notLate' | 'returned'>(
  'scores.tasks-per-rule',
  `select t.scoring_rule_id as "ruleId", count(*)::int as tasks,
          count(*) filter (where t.state = any(:done::text[]))::int as approved,
          count(*) filter (where t.due_on < :today::date and not (t.state = any(:notLate::text[])))::int as late,
          count(*) filter (where t.state = any(:returned::text[]))::int as returned,
          coalesce(array_agg(d.name order by t.position) filter (where (t.due_on < :today and not (t.state = any(:notLate))) or t.state = any(:returned)), '{}') as departments
   from task t join department d on d.id = t.department_id and d.organisation_id = :organisationId::uuid
   where t.campaign_id = :campaignId::uuid
   group by t.scoring_rule_id`,
);

export async function readCurrentScores(em: EntityManager, campaignId: string): Promise<Record<ScoreSource, Map<string, CurrentScore>>> {
  const current: Record<ScoreSource, Map<string, CurrentScore>> = { self: new Map(), expert: new Map() };
  for (const row of await runPrepared<'campaignId', ScoreRow>(em, CURRENT_SCORES, { campaignId })) {
    const { ruleId, scoredAt, ...rest } = row;
    current[row.source].set(ruleId, { ...rest, rule: { id: ruleId }, scoredAt: new Date(scoredAt), supersededAt: null });
  }
  return current;
}

export async function countTasksPerRule(
  em: EntityManager,
  values: { campaignId: string; organisationId: string; today: string; done: readonly string[]; notLate: readonly string[]; returned: readonly string[] },
): Promise<Map<string, RuleProgress>> {
  const rows = await runPrepared<keyof typeof values, RuleProgress & { ruleId: string }>(em, TASKS_PER_RULE, values);
  return new Map(rows.map(({ ruleId, ...progress }) => [ruleId, progress]));
}
