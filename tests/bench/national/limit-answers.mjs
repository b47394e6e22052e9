// The limit the product's UI queries are compared with: the same answers, field for field, from
// hand-written SQL through `pg`. Each statement is scoped to the campaign (and through it to
// its organisation and indicator system) and aggregates in SQL where only counts are shown;
// the rest is what the UI needs in the order it shows it. Pure domain code is shared with the
// product (the compiled @accredit/scoring and @accredit/workflow-engine): the limit measures
// the data path, not a second implementation of the rules.
//
// `db` is { query(sql, params) → rows }, so the caller can count statements.
import { join } from 'node:path';
import { root } from '../bench-harness.mjs';
import { requireBuilt } from './built-api.mjs';

const { parseDefinition, stateLabels, expertScoringStates, taskStateKinds, isEvidenceEditable } = requireBuilt('@accredit/workflow-engine');
// 红黑榜 (rank, score, board): the product's pure ranking module itself, not the Nest library around it.
const { rankDepartments } = requireBuilt(join(root, 'dist/out-tsc/libs/reporting/src/ranking.js'));

const WARNING_DAYS = Number(process.env.REMINDER_WARNING_DAYS ?? 7);
const DAY = 86_400_000;
export const chinaToday = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const daysUntil = (dueOn, today) => Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
const progressOf = (done, total) => (total <= 0 ? 0 : Math.round((done / total) * 1000) / 1000);
const num = (value) => (value === null || value === undefined ? null : Number(value));
const iso = (value) => (value === null || value === undefined ? null : new Date(value).toISOString());
// The API's keyset cursor of the task table's order: ['tasks.table', position, id] as base64url JSON.
const encodeCursor = (position, id) => Buffer.from(JSON.stringify(['tasks.table', position, id]), 'utf8').toString('base64url');
const decodeCursor = (cursor) => {
  if (!cursor) return null;
  const [name, position, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (name !== 'tasks.table') throw new Error('limit: only the table order is implemented');
  return { position, id };
};

export class NotFound extends Error {}

/** Workflow definitions never change under a key and version: parsed once. */
const definitions = new Map();
async function workflow(db, key, version) {
  const cacheKey = `${key}@${version}`;
  if (!definitions.has(cacheKey)) {
    const [row] = await db.query('select source from workflow_definition where key = $1 and version = $2', [key, version]);
    const parsed = parseDefinition(row.source, `${key}.yaml`);
    const states = Object.values(parsed.definition.states);
    definitions.set(cacheKey, {
      definition: parsed.definition,
      expertScoring: new Set(expertScoringStates(parsed.definition)),
      kinds: taskStateKinds(parsed.definition),
      labels: stateLabels(parsed.definition),
      order: Object.keys(parsed.definition.states),
      finals: new Set(states.filter((state) => state.final).map((state) => state.path)),
    });
  }
  return definitions.get(cacheKey);
}

/** The actor of a bearer token (the session table, as the API reads it). */
export async function authenticate(db, token, tokenHash) {
  const [row] = await db.query(
    `select u.id, u.username, u.roles, u.organisation_id, u.department_id from user_session s join app_user u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and not u.disabled`,
    [tokenHash(token)],
  );
  return row
    ? {
        userId: row.id,
        username: row.username,
        roles: row.roles,
        organisationId: row.organisation_id,
        departmentId: row.department_id,
      }
    : null;
}

const isLiaisonOnly = (actor) => actor.roles.includes('liaison') && !actor.roles.some((role) => ['office_admin', 'supervisor', 'expert'].includes(role));

async function campaignRow(db, actor, id) {
  const [row] = await db.query(
    `select id, name, state, organisation_id, indicator_system_id, workflow_key, workflow_version, task_workflow_key, task_workflow_version
       from campaign where id = $1 and ($2::uuid is null or organisation_id = $2)`,
    [id, actor.organisationId],
  );
  if (!row) throw new NotFound(`campaign ${id}`);
  return row;
}

export async function campaignDashboard(db, actor, { campaignId }) {
  const campaign = await campaignRow(db, actor, campaignId);
  const flow = await workflow(db, campaign.task_workflow_key, campaign.task_workflow_version);
  const finals = [...flow.finals];
  const today = chinaToday();
  const counts = `count(*)::int as total, count(*) filter (where t.state = any($3))::int as done, count(*) filter (where t.state = 'submitted')::int as submitted,
                  count(*) filter (where t.state = 'returned')::int as returned, count(*) filter (where not t.state = any($3) and t.due_on < $2::date)::int as overdue`;
  const byIndicator = await db.query(
    `select coalesce(p.code, i.code) as code, coalesce(p.title, i.title) as title, coalesce(p.max_score, i.max_score) as max_score, ${counts}
       from task t join scoring_rule s on s.id = t.scoring_rule_id join indicator i on i.id = s.indicator_id left join indicator p on p.id = i.parent_id
      where t.campaign_id = $1 and i.system_id = $4
      group by 1, 2, 3, coalesce(p.sort_order, i.sort_order) order by coalesce(p.sort_order, i.sort_order)`,
    [campaign.id, today, finals, campaign.indicator_system_id],
  );
  const byDepartment = await db.query(
    `select d.id, d.name, d.kind, d.sort_order, ${counts}
       from task t join department d on d.id = t.department_id
      where t.campaign_id = $1 and d.organisation_id = $4 group by d.id`,
    [campaign.id, today, finals, campaign.organisation_id],
  );
  const byState = await db.query('select state, count(*)::int as count from task where campaign_id = $1 group by state', [campaign.id]);
  const late = await db.query(
    `select t.id, t.state, to_char(t.due_on, 'YYYY-MM-DD') as due_on, d.name as department_name, s.code, s.text, s.points
       from task t join department d on d.id = t.department_id join scoring_rule s on s.id = t.scoring_rule_id
      where t.campaign_id = $1 and not t.state = any($3) and t.due_on <= $2::date + $4::int and d.organisation_id = $5
      order by t.due_on, s.points desc, t.position limit 100`,
    [campaign.id, today, finals, WARNING_DAYS, campaign.organisation_id],
  );
  const totalTasks = byState.reduce((sum, row) => sum + row.count, 0);
  const doneTasks = byState.filter((row) => flow.finals.has(row.state)).reduce((sum, row) => sum + row.count, 0);
  const stateCount = new Map(byState.map((row) => [row.state, row.count]));
  return {
    today,
    progress: progressOf(doneTasks, totalTasks),
    totalTasks,
    doneTasks,
    byState: flow.order
      .filter((state) => stateCount.has(state))
      .map((state) => ({
        state,
        label: flow.labels[state] ?? state,
        count: stateCount.get(state),
      })),
    byIndicator: byIndicator.map((row) => ({
      code: row.code,
      title: row.title,
      maxScore: num(row.max_score),
      total: row.total,
      done: row.done,
      submitted: row.submitted,
      overdue: row.overdue,
      progress: progressOf(row.done, row.total),
    })),
    byDepartment: rankDepartments(
      byDepartment.map((row) => ({
        departmentId: row.id,
        name: row.name,
        kind: row.kind,
        total: row.total,
        done: row.done,
        submitted: row.submitted,
        returned: row.returned,
        overdue: row.overdue,
        progress: progressOf(row.done, row.total),
        order: row.sort_order,
      })),
    ).map(withoutOrder),
    overdueTasks: late.map((row) => {
      const days = daysUntil(row.due_on, today);
      return {
        taskId: row.id,
        ruleCode: row.code,
        ruleText: row.text,
        points: Number(row.points),
        departmentName: row.department_name,
        dueOn: row.due_on,
        daysUntilDue: days,
        deadlineStatus: days < 0 ? 'overdue' : 'due-soon',
        state: row.state,
        stateLabel: flow.labels[row.state] ?? row.state,
      };
    }),
  };
}

/** The campaign with its state label, phases (steps under their phase) and indicator tree. */
export async function campaign(db, actor, { id }) {
  const row = await campaignRow(db, actor, id);
  const flow = await workflow(db, row.workflow_key, row.workflow_version);
  const phases = await db.query(
    `select id, parent_id, key, name, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on, description
       from campaign_phase where campaign_id = $1 order by sort_order`,
    [row.id],
  );
  const tree = await indicatorTree(db, row.indicator_system_id);
  const phaseModels = new Map();
  const roots = [];
  for (const phase of phases) {
    const model = {
      key: phase.key,
      name: phase.name,
      startsOn: phase.starts_on,
      endsOn: phase.ends_on,
      description: phase.description,
      steps: [],
    };
    phaseModels.set(phase.id, model);
    if (phase.parent_id && phaseModels.has(phase.parent_id)) phaseModels.get(phase.parent_id).steps.push(model);
    else roots.push(model);
  }
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    stateLabel: flow.labels[row.state] ?? row.state,
    totalScore: Math.round(tree.top.reduce((sum, indicator) => sum + Number(indicator.maxScore ?? 0), 0) * 100) / 100,
    phases: roots,
    indicators: tree.top,
    indicatorNodes: tree.nodes,
  };
}

/** An indicator system's tree in three statements (indicators; requirements; rules with units). */
async function indicatorTree(db, systemId) {
  const indicators = await db.query('select id, parent_id, code, title, max_score, level, elective from indicator where system_id = $1 order by sort_order', [systemId]);
  const requirements = await db.query(
    'select r.id, r.indicator_id, r.code, r.text from evidence_requirement r join indicator i on i.id = r.indicator_id where i.system_id = $1 order by r.sort_order',
    [systemId],
  );
  const rules = await db.query(
    `select s.id, s.indicator_id, s.code, s.text, s.points, s.kind, s.params, s.note,
            coalesce((select json_agg(json_build_object('name', u.name, 'isGroup', u.is_group, 'role', u.role) order by u.sort_order)
                        from responsible_unit u where u.rule_id = s.id), '[]') as units
       from scoring_rule s join indicator i on i.id = s.indicator_id where i.system_id = $1 order by s.sort_order`,
    [systemId],
  );
  const byId = new Map();
  for (const indicator of indicators) {
    byId.set(indicator.id, {
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      maxScore: num(indicator.max_score),
      level: indicator.level,
      parentId: indicator.parent_id,
      electiveChoice: null,
      electiveChosen: null,
      requirements: [],
      scoringRules: [],
      children: [],
    });
  }
  for (const requirement of requirements) byId.get(requirement.indicator_id).requirements.push({ id: requirement.id, code: requirement.code, text: requirement.text });
  const ruleById = new Map();
  for (const rule of rules) {
    const model = {
      id: rule.id,
      code: rule.code,
      text: rule.text,
      points: Number(rule.points),
      kind: rule.kind,
      params: rule.params,
      note: rule.note ?? null,
      responsibleUnits: rule.units,
      indicator: byId.get(rule.indicator_id),
    };
    ruleById.set(rule.id, model);
    byId.get(rule.indicator_id).scoringRules.push(model);
  }
  const top = [];
  for (const indicator of byId.values()) (indicator.parentId ? byId.get(indicator.parentId).children : top).push(indicator);
  // Elective groups (选做) would need the campaign's recorded choices; the national set has none.
  if (indicators.some((indicator) => indicator.elective)) throw new Error('limit: elective groups are not implemented');
  // Every level flat, depth first in table order (Campaign.indicatorNodes).
  const nodes = [];
  const visit = (indicator) => {
    nodes.push(indicator);
    indicator.children.forEach(visit);
  };
  top.forEach(visit);
  return { top, byId, ruleById, nodes };
}

/** Indicator trees never change (a snapshot per campaign): kept per system, as the issue asks of the product. */
const trees = new Map();
async function cachedTree(db, systemId) {
  if (!trees.has(systemId)) trees.set(systemId, await indicatorTree(db, systemId));
  return trees.get(systemId);
}

export async function tasks(db, actor, { campaignId, first, after, state }) {
  const size = first ?? 50;
  const campaign = await campaignRow(db, actor, campaignId);
  const flow = await workflow(db, campaign.task_workflow_key, campaign.task_workflow_version);
  const department = isLiaisonOnly(actor) ? actor.departmentId : null;
  const key = decodeCursor(after);
  const where = `t.campaign_id = $1 and ($2::uuid is null or t.department_id = $2) and ($3::text is null or t.state = $3)`;
  const rows = await db.query(
    `select t.id, t.state, t.role, to_char(t.due_on, 'YYYY-MM-DD') as due_on, t.version, t.position, t.scoring_rule_id, d.id as department_id, d.name as department_name,
            count(*) over () as total_count
       from task t join department d on d.id = t.department_id
      where ${where} and ($4::int is null or (t.position, t.id) > ($4::int, $7::uuid)) and d.organisation_id = $6
      order by t.position, t.id limit $5`,
    [campaign.id, department, state ?? null, key?.position ?? null, size + 1, campaign.organisation_id, key?.id ?? null],
  );
  // The window count covers the rows after the cursor; the total is over the whole filter.
  const [{ count: totalCount }] =
    key === null ? [{ count: rows.length ? Number(rows[0].total_count) : 0 }] : await db.query(`select count(*)::int as count from task t where ${where}`, [campaign.id, department, state ?? null]);
  const tree = await cachedTree(db, campaign.indicator_system_id);
  const today = chinaToday();
  const page = rows.slice(0, size);
  const { definition, kinds } = flow;
  const kindOf = (state) => (kinds.done.has(state) ? 'done' : kinds.submitted.has(state) ? 'submitted' : kinds.returned.has(state) ? 'returned' : 'open');
  return {
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: key !== null,
      startCursor: page.length ? encodeCursor(page[0].position, page[0].id) : null,
      endCursor: page.length ? encodeCursor(page.at(-1).position, page.at(-1).id) : null,
    },
    edges: page.map((row) => ({
      cursor: encodeCursor(row.position, row.id),
      node: {
        id: row.id,
        state: row.state,
        stateLabel: flow.labels[row.state] ?? row.state,
        stateKind: kindOf(row.state),
        inReviewQueue: Object.hasOwn(definition.states, row.state) && definition.states[row.state].reviewQueue,
        evidenceEditable: isEvidenceEditable(definition, row.state),
        role: row.role,
        dueOn: row.due_on,
        version: row.version,
        deadlineStatus: deadlineStatus(row.due_on, today, flow.finals.has(row.state)),
        daysUntilDue: daysUntil(row.due_on, today),
        department: { id: row.department_id, name: row.department_name },
        scoringRule: tree.ruleById.get(row.scoring_rule_id),
      },
    })),
  };
}

function deadlineStatus(dueOn, today, finished) {
  if (finished) return 'done';
  const days = daysUntil(dueOn, today);
  if (days < 0) return 'overdue';
  // The GraphQL enum's names (DeadlineStatus: due_soon, on_track), not the services' values.
  if (days <= WARNING_DAYS) return 'due_soon';
  return 'on_track';
}

// The scoreboard's arithmetic and shape are the product's own pure modules (buildScoreboard over
// @accredit/scoring, and the mapping to the GraphQL models); the limit reads their input in SQL.
const { buildScoreboard } = requireBuilt(join(root, 'dist/out-tsc/libs/scores/src/scores/scoreboard.js'));
const { toCampaignScoresModel } = requireBuilt(join(root, 'dist/out-tsc/libs/scores/src/scores/to-score-models.js'));

/** An indicator system's scoring structure, read once per system (snapshots never change). */
const structures = new Map();
async function scoringStructure(db, systemId) {
  if (structures.has(systemId)) return structures.get(systemId);
  const [system] = await db.query('select total_score, scoring_mode, verdicts from indicator_system where id = $1', [systemId]);
  const indicatorRows = await db.query('select id, parent_id, code, title, max_score, weight, scoring_mode, elective from indicator where system_id = $1 order by level, sort_order', [systemId]);
  const ruleRows = await db.query(
    'select s.id, s.indicator_id, s.code, s.text, s.kind, s.params, s.points, s.note from scoring_rule s join indicator i on i.id = s.indicator_id where i.system_id = $1 order by s.sort_order',
    [systemId],
  );
  const childrenOf = new Map();
  for (const row of indicatorRows) childrenOf.set(row.parent_id, [...(childrenOf.get(row.parent_id) ?? []), row]);
  const rulesOf = new Map();
  for (const rule of ruleRows) rulesOf.set(rule.indicator_id, [...(rulesOf.get(rule.indicator_id) ?? []), rule]);
  const indicators = [];
  const rules = [];
  const build = (row, level, parentCode) => {
    const indicator = { id: row.id, code: row.code, title: row.title, maxScore: row.max_score };
    indicators.push({ indicator, level, parentCode });
    const own = rulesOf.get(row.id) ?? [];
    for (const rule of own)
      rules.push({
        rule: {
          id: rule.id,
          code: rule.code,
          text: rule.text,
          kind: rule.kind,
          points: rule.points,
          params: rule.params,
          note: rule.note,
        },
        indicator,
      });
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      maxScore: num(row.max_score),
      rules: own.map((rule) => ({
        id: rule.id,
        code: rule.code,
        text: rule.text,
        points: Number(rule.points),
        params: rule.params,
      })),
      children: (childrenOf.get(row.id) ?? []).map((child) => build(child, level + 1, row.code)),
      weight: num(row.weight),
      scoringMode: row.scoring_mode ?? null,
      elective: row.elective ?? null,
    };
  };
  const top = (childrenOf.get(null) ?? []).map((row) => build(row, 1, null));
  const structure = {
    system: {
      totalScore: num(system.total_score),
      indicators: top,
      scoringMode: system.scoring_mode ?? null,
      verdicts: system.verdicts ?? null,
    },
    indicators,
    rules,
    elective: indicatorRows.some((row) => row.elective),
  };
  structures.set(systemId, structure);
  return structure;
}

const pgArray = (states) => [...states];

/** campaignScores: the campaign, its current scores and the tasks counted per rule (three statements once warm). */
export async function campaignScores(db, actor, { campaignId }) {
  const campaign = await campaignRow(db, actor, campaignId);
  const flow = await workflow(db, campaign.workflow_key, campaign.workflow_version);
  const taskFlow = await workflow(db, campaign.task_workflow_key, campaign.task_workflow_version);
  const today = chinaToday();
  const structure = await scoringStructure(db, campaign.indicator_system_id);
  const scores = await db.query(
    `select id, rule_id, source, input, points, vetoed, explanation, comment, scored_by_name, scored_at, superseded_at
       from score where campaign_id = $1 and superseded_at is null`,
    [campaign.id],
  );
  const kinds = taskFlow.kinds;
  const notLate = [...new Set([...kinds.done, ...kinds.submitted])];
  const progressRows = await db.query(
    `select t.scoring_rule_id as rule_id, count(*)::int as tasks, count(*) filter (where t.state = any($5))::int as approved,
            count(*) filter (where t.due_on < $2::date and not t.state = any($3))::int as late,
            count(*) filter (where t.state = any($6))::int as returned,
            coalesce(array_agg(d.name order by t.position) filter (where (t.due_on < $2::date and not t.state = any($3)) or t.state = any($6)), '{}') as departments
       from task t join department d on d.id = t.department_id
      where t.campaign_id = $1 and d.organisation_id = $4 group by t.scoring_rule_id`,
    [campaign.id, today, notLate, campaign.organisation_id, pgArray(kinds.done), pgArray(kinds.returned)],
  );
  const choices = new Map();
  const choiceRecords = new Map();
  if (structure.elective) {
    for (const row of await db.query('select group_id, option_id, chosen_by_name, chosen_at from campaign_elective_choice where campaign_id = $1', [campaign.id])) {
      choices.set(row.group_id, [...(choices.get(row.group_id) ?? []), row.option_id]);
      choiceRecords.set(row.group_id, [...(choiceRecords.get(row.group_id) ?? []), { chosenBy: row.chosen_by_name, chosenAt: new Date(row.chosen_at) }]);
    }
  }
  const current = { self: new Map(), expert: new Map() };
  for (const score of scores)
    current[score.source].set(score.rule_id, {
      id: score.id,
      source: score.source,
      rule: { id: score.rule_id },
      points: score.points,
      vetoed: score.vetoed,
      input: score.input,
      explanation: score.explanation,
      comment: score.comment,
      scoredByName: score.scored_by_name,
      scoredAt: iso(score.scored_at),
      supersededAt: iso(score.superseded_at),
    });
  const progress = new Map(
    progressRows.map((row) => [
      row.rule_id,
      {
        tasks: row.tasks,
        approved: row.approved,
        late: row.late,
        returned: row.returned,
        departments: row.departments,
      },
    ]),
  );
  const board = buildScoreboard({
    campaign: { id: campaign.id, state: campaign.state },
    system: structure.system,
    indicators: structure.indicators,
    rules: structure.rules,
    current,
    progress,
    today,
    choices,
    choiceRecords,
    taskStates: kinds,
  });
  const expert = flow.expertScoring.has(campaign.state);
  const open = { self: !expert && !flow.finals.has(campaign.state), expert };
  return toCampaignScoresModel(board, open, []);
}

/** A ranked department as the answer shows it: the sort key used for ranking left out. */
function withoutOrder(department) {
  const shown = { ...department };
  delete shown.order;
  return shown;
}
