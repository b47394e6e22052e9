// The limit the product's UI queries are compared with: the same answers, field for field, from
// hand-written SQL through `pg`. Each statement is scoped to the campaign (and through it to
// its organisation and indicator system) and aggregates in SQL where only counts are shown;
// the rest is what the UI needs in the order it shows it. Pure domain code is shared with the
// product (the compiled @accredit/scoring and @accredit/workflow-engine): the limit measures
// the data path, not a second implementation of the rules.
//
// `db` is { query(sql, params) → rows }, so the caller can count statements.
import { requireBuilt } from './built-api.mjs';

const { parseDefinition, stateLabels } = requireBuilt('@accredit/workflow-engine');
const scoring = requireBuilt('@accredit/scoring');

const WARNING_DAYS = Number(process.env.REMINDER_WARNING_DAYS ?? 7);
const DAY = 86_400_000;
export const chinaToday = (now = new Date()) =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const daysUntil = (dueOn, today) =>
  Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
const progressOf = (done, total) => (total <= 0 ? 0 : Math.round((done / total) * 1000) / 1000);
const num = (value) => (value === null || value === undefined ? null : Number(value));
const iso = (value) =>
  value === null || value === undefined ? null : new Date(value).toISOString();
const encodeCursor = (position) => Buffer.from(`p:${position}`, 'utf8').toString('base64url');
const decodeCursor = (cursor) =>
  cursor
    ? Number(/^p:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))[1])
    : null;

export class NotFound extends Error {}

/** Workflow definitions never change under a key and version: parsed once. */
const definitions = new Map();
async function workflow(db, key, version) {
  const cacheKey = `${key}@${version}`;
  if (!definitions.has(cacheKey)) {
    const [row] = await db.query(
      'select source from workflow_definition where key = $1 and version = $2',
      [key, version],
    );
    const parsed = parseDefinition(row.source, `${key}.yaml`);
    const states = Object.values(parsed.definition.states);
    definitions.set(cacheKey, {
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

const isLiaisonOnly = (actor) =>
  actor.roles.includes('liaison') &&
  !actor.roles.some((role) => ['office_admin', 'supervisor', 'expert'].includes(role));

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
  const byState = await db.query(
    'select state, count(*)::int as count from task where campaign_id = $1 group by state',
    [campaign.id],
  );
  const late = await db.query(
    `select t.id, t.state, to_char(t.due_on, 'YYYY-MM-DD') as due_on, d.name as department_name, s.code, s.text, s.points
       from task t join department d on d.id = t.department_id join scoring_rule s on s.id = t.scoring_rule_id
      where t.campaign_id = $1 and not t.state = any($3) and t.due_on <= $2::date + $4::int and d.organisation_id = $5
      order by t.due_on, s.points desc, t.position limit 100`,
    [campaign.id, today, finals, WARNING_DAYS, campaign.organisation_id],
  );
  const totalTasks = byState.reduce((sum, row) => sum + row.count, 0);
  const doneTasks = byState
    .filter((row) => flow.finals.has(row.state))
    .reduce((sum, row) => sum + row.count, 0);
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
    byDepartment: byDepartment
      .map((row) => ({ row, progress: progressOf(row.done, row.total) }))
      .sort(
        (a, b) =>
          b.progress - a.progress ||
          a.row.overdue - b.row.overdue ||
          a.row.sort_order - b.row.sort_order,
      )
      .map(({ row, progress }, index) => ({
        departmentId: row.id,
        name: row.name,
        kind: row.kind,
        rank: index + 1,
        total: row.total,
        done: row.done,
        submitted: row.submitted,
        returned: row.returned,
        overdue: row.overdue,
        progress,
      })),
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
    if (phase.parent_id && phaseModels.has(phase.parent_id))
      phaseModels.get(phase.parent_id).steps.push(model);
    else roots.push(model);
  }
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    stateLabel: flow.labels[row.state] ?? row.state,
    totalScore:
      Math.round(
        tree.top.reduce((sum, indicator) => sum + Number(indicator.maxScore ?? 0), 0) * 100,
      ) / 100,
    phases: roots,
    indicators: tree.top,
  };
}

/** An indicator system's tree in three statements (indicators; requirements; rules with units). */
async function indicatorTree(db, systemId) {
  const indicators = await db.query(
    'select id, parent_id, code, title, max_score, level from indicator where system_id = $1 order by sort_order',
    [systemId],
  );
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
      requirements: [],
      scoringRules: [],
      children: [],
    });
  }
  for (const requirement of requirements)
    byId
      .get(requirement.indicator_id)
      .requirements.push({ id: requirement.id, code: requirement.code, text: requirement.text });
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
  for (const indicator of byId.values())
    (indicator.parentId ? byId.get(indicator.parentId).children : top).push(indicator);
  return { top, byId, ruleById };
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
  const position = decodeCursor(after);
  const where = `t.campaign_id = $1 and ($2::uuid is null or t.department_id = $2) and ($3::text is null or t.state = $3)`;
  const rows = await db.query(
    `select t.id, t.state, t.role, to_char(t.due_on, 'YYYY-MM-DD') as due_on, t.version, t.position, t.scoring_rule_id, d.id as department_id, d.name as department_name,
            count(*) over () as total_count
       from task t join department d on d.id = t.department_id
      where ${where} and ($4::int is null or t.position > $4) and d.organisation_id = $6
      order by t.position limit $5`,
    [campaign.id, department, state ?? null, position, size + 1, campaign.organisation_id],
  );
  // The window count covers the rows after the cursor; the total is over the whole filter.
  const [{ count: totalCount }] =
    position === null && rows.length
      ? [{ count: Number(rows[0].total_count) }]
      : await db.query(`select count(*)::int as count from task t where ${where}`, [
          campaign.id,
          department,
          state ?? null,
        ]);
  const tree = await cachedTree(db, campaign.indicator_system_id);
  const today = chinaToday();
  const page = rows.slice(0, size);
  return {
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: page.length ? encodeCursor(page[page.length - 1].position) : null,
    },
    edges: page.map((row) => ({
      cursor: encodeCursor(row.position),
      node: {
        id: row.id,
        state: row.state,
        stateLabel: flow.labels[row.state] ?? row.state,
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
  if (days <= WARNING_DAYS) return 'due-soon';
  return 'on-track';
}

const NOT_LATE = ['approved', 'submitted'];
const round2 = (value) => Math.round(value * 100) / 100;

/** campaignScores: the scoreboard from four statements, computed by the scoring library. */
export async function campaignScores(db, actor, { campaignId }) {
  const campaign = await campaignRow(db, actor, campaignId);
  const flow = await workflow(db, campaign.workflow_key, campaign.workflow_version);
  const today = chinaToday();
  const [system] = await db.query('select total_score from indicator_system where id = $1', [
    campaign.indicator_system_id,
  ]);
  const indicators = await db.query(
    'select id, parent_id, code, title, max_score from indicator where system_id = $1 order by level, sort_order',
    [campaign.indicator_system_id],
  );
  const rules = await db.query(
    'select s.id, s.indicator_id, s.code, s.text, s.kind, s.params, s.points from scoring_rule s join indicator i on i.id = s.indicator_id where i.system_id = $1 order by s.sort_order',
    [campaign.indicator_system_id],
  );
  const scores = await db.query(
    `select id, rule_id, source, input, points, vetoed, explanation, comment, scored_by_name, scored_at, superseded_at
       from score where campaign_id = $1 and superseded_at is null`,
    [campaign.id],
  );
  const progressRows = await db.query(
    `select t.scoring_rule_id as rule_id, count(*)::int as tasks, count(*) filter (where t.state = 'approved')::int as approved,
            count(*) filter (where t.due_on < $2::date and not t.state = any($3))::int as late,
            count(*) filter (where t.state = 'returned')::int as returned,
            coalesce(array_agg(d.name order by t.position) filter (where (t.due_on < $2::date and not t.state = any($3)) or t.state = 'returned'), '{}') as departments
       from task t join department d on d.id = t.department_id
      where t.campaign_id = $1 and d.organisation_id = $4 group by t.scoring_rule_id`,
    [campaign.id, today, NOT_LATE, campaign.organisation_id],
  );

  const childrenOf = new Map();
  for (const indicator of indicators)
    childrenOf.set(indicator.parent_id, [
      ...(childrenOf.get(indicator.parent_id) ?? []),
      indicator,
    ]);
  const rulesOf = new Map();
  for (const rule of rules)
    rulesOf.set(rule.indicator_id, [...(rulesOf.get(rule.indicator_id) ?? []), rule]);
  const flatIndicators = [];
  const flatRules = [];
  const build = (indicator, level, parentCode) => {
    flatIndicators.push({ indicator, level, parentCode });
    const own = rulesOf.get(indicator.id) ?? [];
    own.forEach((rule) => flatRules.push({ rule, indicator }));
    return {
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      maxScore: num(indicator.max_score),
      rules: own.map((rule) => ({
        id: rule.id,
        code: rule.code,
        text: rule.text,
        points: Number(rule.points),
        params: rule.params,
      })),
      children: (childrenOf.get(indicator.id) ?? []).map((child) =>
        build(child, level + 1, indicator.code),
      ),
    };
  };
  const scoringSystem = {
    totalScore: num(system.total_score),
    indicators: (childrenOf.get(null) ?? []).map((indicator) => build(indicator, 1, null)),
  };
  const current = { self: new Map(), expert: new Map() };
  for (const score of scores) current[score.source].set(score.rule_id, score);
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
  const recorded = (map) =>
    new Map(
      [...map].map(([ruleId, score]) => [
        ruleId,
        { points: Number(score.points), vetoed: score.vetoed },
      ]),
    );
  const self = recorded(current.self);
  const projectedByRule = scoring.projectedScores(scoringSystem, self, progress);
  const totals = {
    self: scoring.totals(scoringSystem, self),
    expert: scoring.totals(scoringSystem, recorded(current.expert)),
    projected: scoring.totals(scoringSystem, projectedByRule),
  };
  const indicatorTotals = new Map();
  for (const source of ['self', 'expert', 'projected']) {
    for (const indicator of scoring.flattenTotals(totals[source].indicators)) {
      const entry = indicatorTotals.get(indicator.id) ?? {};
      entry[source] = {
        points: indicator.points,
        capped: indicator.capped,
        vetoed: indicator.vetoed,
      };
      indicatorTotals.set(indicator.id, entry);
    }
  }
  const codeOf = new Map(rules.map((rule) => [rule.id, rule.code]));
  const totalsModel = (value) => ({
    points: value.points,
    uncapped: value.uncapped,
    maxTotal: value.maxTotal,
    capped: value.capped,
    vetoed: value.vetoed,
    vetoedBy: value.vetoedBy.map((id) => codeOf.get(id) ?? id),
    scoredRules: value.scoredRules,
    rules: value.rules,
    complete: value.complete,
  });
  const scoreModel = (score) =>
    score && {
      id: score.id,
      source: score.source,
      ruleId: score.rule_id,
      points: Number(score.points),
      vetoed: score.vetoed,
      input: score.input,
      explanation: score.explanation,
      comment: score.comment,
      scoredBy: score.scored_by_name,
      scoredAt: iso(score.scored_at),
      supersededAt: iso(score.superseded_at),
    };
  const lines = new Map();
  for (const { rule, indicator } of flatRules) {
    const selfScore = current.self.get(rule.id) ?? null;
    const expertScore = current.expert.get(rule.id) ?? null;
    const entry = progress.get(rule.id);
    lines.set(indicator.id, [
      ...(lines.get(indicator.id) ?? []),
      {
        ruleId: rule.id,
        code: rule.code,
        text: rule.text,
        kind: rule.kind,
        params: rule.params,
        maxPoints: Number(rule.points),
        self: scoreModel(selfScore),
        expert: scoreModel(expertScore),
        projected: projectedByRule.get(rule.id)?.points ?? 0,
        difference:
          selfScore && expertScore
            ? round2(Number(expertScore.points) - Number(selfScore.points))
            : null,
        tasks: entry?.tasks ?? 0,
        approvedTasks: entry?.approved ?? 0,
        lateTasks: entry?.late ?? 0,
        returnedTasks: entry?.returned ?? 0,
      },
    ]);
  }
  const accreditation =
    campaign.state === 'accreditation' || campaign.state.startsWith('accreditation.');
  return {
    campaignId: campaign.id,
    campaignState: campaign.state,
    selfScoringOpen: !accreditation && !flow.finals.has(campaign.state),
    expertScoringOpen: accreditation,
    self: totalsModel(totals.self),
    expert: totalsModel(totals.expert),
    projected: totalsModel(totals.projected),
    indicators: flatIndicators.map(({ indicator, level, parentCode }) => {
      const entry = indicatorTotals.get(indicator.id);
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        title: indicator.title,
        level,
        parentCode,
        maxScore: num(indicator.max_score),
        self: entry?.self.points ?? 0,
        expert: entry?.expert.points ?? 0,
        projected: entry?.projected.points ?? 0,
        selfCapped: entry?.self.capped ?? false,
        expertCapped: entry?.expert.capped ?? false,
        vetoed: (entry?.self.vetoed ?? false) || (entry?.expert.vetoed ?? false),
        rules: lines.get(indicator.id) ?? [],
      };
    }),
    pointsAtRisk: scoring.pointsAtRisk(scoringSystem, self, progress).map((risk) => ({
      ruleId: risk.ruleId,
      ruleCode: risk.ruleCode,
      ruleText: risk.ruleText,
      indicatorCode: risk.indicatorCode,
      points: risk.points,
      veto: risk.veto,
      lateTasks: risk.late,
      returnedTasks: risk.returned,
      departments: risk.departments,
    })),
  };
}
