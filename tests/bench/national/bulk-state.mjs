// Stage 2 of the national data set, in SQL: what years of work leave behind, written in bulk
// because replaying it through the API would take days. Every row is a real row of the
// product's tables, consistent with what the services write (checked at the end):
//
// - users: one liaison per department, an office admin and a supervisor per county
//   (all with the password of the bench's demo accounts; the hash is copied, not recomputed);
// - tasks: a state from the task workflow (the log in transition_log, version = 1 + transitions)
//   and a due date spread around --today, both depending on the county's "maturity";
// - evidence: ~4 records per task (fewer for pending tasks), each with its version, its
//   evidence_file row and its `upload` event; the files are 48 small shared contents in the
//   content-addressed store (objects/ab/cd/<sha256>), so many rows share one file by hash;
// - self scores: the input drawn per rule kind and the points computed by the scoring library.
//
// Randomness is per county (seed × county code), so a county's data does not depend on the others.
// Bulk writes run with session_replication_role = replica (no triggers: the append-only guards
// of evidence_event, transition_log and score would refuse a rebuild, and FK checks per row
// would triple the time); a consistency check at the end stands in for the foreign keys.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { requireBuilt } from './built-api.mjs';
import { progressBar } from './progress-bar.mjs';
import { between, pick, seededRandom } from './seeded-random.mjs';

const DAY = 86_400_000;
const addDays = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** A timestamp on `day` at a working hour, China time, as ISO. */
const at = (random, day) => new Date(Date.parse(`${day}T00:00:00+08:00`) + between(random, 8 * 60, 18 * 60) * 60_000 + between(random, 0, 59_999)).toISOString();

const KINDS = [
  { kind: 'sealed_document', type: 'application/pdf', ext: 'pdf', label: '正式文件' },
  { kind: 'screenshot', type: 'image/png', ext: 'png', label: '截图' },
  { kind: 'news_article', type: 'application/pdf', ext: 'pdf', label: '新闻报道' },
  { kind: 'photo', type: 'image/jpeg', ext: 'jpg', label: '活动照片' },
  { kind: 'other', type: 'application/pdf', ext: 'pdf', label: '其他材料' },
];
const MAGIC = {
  'application/pdf': Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
};
const SHARED_FILES_PER_KIND = 10;

/** Small files of each kind in the store, shared by every evidence row of that kind. */
function writeSharedFiles(evidenceDir, random) {
  const files = new Map();
  for (const kind of KINDS) {
    const list = [];
    for (let n = 0; n < SHARED_FILES_PER_KIND; n++) {
      const body = Buffer.alloc(between(random, 2, 48) * 1024);
      for (let i = 0; i < body.length; i++) body[i] = Math.floor(random() * 256);
      const bytes = Buffer.concat([MAGIC[kind.type], body]);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const dir = join(evidenceDir, 'objects', sha256.slice(0, 2), sha256.slice(2, 4));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, sha256), bytes);
      list.push({ sha256, size: bytes.length, type: kind.type });
    }
    files.set(kind.kind, list);
  }
  return files;
}

/** COPY text format: \N for null, backslash escapes. */
const field = (value) => (value === null || value === undefined ? '\\N' : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

/** A COPY … FROM STDIN on its own connection, fed row by row with backpressure. */
async function copyInto(url, table, columns) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set session_replication_role = replica');
  const stream = client.query(copyStreams.from(`copy ${table} (${columns.join(', ')}) from stdin`));
  let rows = 0;
  return {
    rows: () => rows,
    /** Buffers the row; `drained()` (once per county) waits for the connection to take it. */
    write(values) {
      rows++;
      stream.write(`${values.map(field).join('\t')}\n`);
    },
    drained: () => (stream.writableNeedDrain ? new Promise((resolve) => stream.once('drain', resolve)) : Promise.resolve()),
    async end() {
      await new Promise((resolve, reject) => {
        stream.once('finish', resolve);
        stream.once('error', reject);
        stream.end();
      });
      await client.end();
    },
  };
}

function stateOf(random, maturity) {
  const r = random();
  const approved = 0.62 * maturity;
  if (r < approved) return 'approved';
  if (r < approved + 0.12) return 'submitted';
  if (r < approved + 0.17) return 'returned';
  if (r < approved + 0.17 + (1 - approved - 0.17) * 0.55) return 'in_progress';
  return 'pending';
}

const PATHS = {
  pending: [],
  in_progress: [['start', 'pending', 'in_progress', 'liaison']],
  submitted: [
    ['start', 'pending', 'in_progress', 'liaison'],
    ['submit', 'in_progress', 'submitted', 'liaison'],
  ],
  returned: [
    ['start', 'pending', 'in_progress', 'liaison'],
    ['submit', 'in_progress', 'submitted', 'liaison'],
    ['return', 'submitted', 'returned', 'office'],
  ],
  approved: [
    ['start', 'pending', 'in_progress', 'liaison'],
    ['submit', 'in_progress', 'submitted', 'liaison'],
    ['approve', 'submitted', 'approved', 'office'],
  ],
};
const COMMENTS = {
  return: ['佐证材料不全，请补充盖章版文件', '请补充2022年度相关活动照片', '文件日期不在创建周期内，请更换'],
  approve: [null, null, '材料齐全'],
};

function evidenceCount(random, state) {
  if (state === 'pending') return random() < 0.6 ? 0 : between(random, 1, 2);
  if (state === 'in_progress') return between(random, 2, 6);
  return between(random, 3, 8);
}

/** A self-score input for a rule, drawn by its kind; null when the rule is left unscored. */
function scoreInput(random, params) {
  switch (params.kind) {
    case 'fixed':
      return { achieved: random() < 0.85 };
    case 'range':
      return { points: params.min + Math.round(random() * (params.max - params.min) * 2) / 2 };
    case 'alternative':
      return { option: random() < 0.9 ? pick(random, params.options).label : null };
    case 'tiered':
      return { rank: between(random, 1, 20), of: 20 };
    case 'perItem':
      return { items: between(random, 0, Math.ceil(params.cap / params.each) + 1) };
    case 'conditionalCap':
      return {
        points: params.min + Math.round(random() * (params.max - params.min) * 2) / 2,
        conditionMet: random() < 0.3,
      };
    case 'veto':
      return { triggered: false };
    case 'series':
      return { met: random() < 0.7 };
    default:
      return null;
  }
}

export async function fillBulkState({ url, counties, seed, today, evidenceDir, log }) {
  const { scoreRule } = requireBuilt('@accredit/scoring');
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set session_replication_role = replica');

  // Fresh statistics first: set-up has just written 284k tasks and 34k departments, and the
  // planner should know (the per-county reads below are scoped so that they stay on indexes).
  await client.query('analyze');
  // A rebuild starts from the state set-up leaves (set-up writes none of these rows).
  await client.query('truncate evidence_version, evidence, evidence_file, evidence_event, transition_log, score, reminder_log, reminder_delivery, notification_read, notification');
  await client.query(`update task set state = 'pending', version = 1`);

  // Users: a liaison per department, an office admin and a supervisor per county.
  const [{ password_hash: hash }] = (await client.query(`select password_hash from app_user where username = 'kexie'`)).rows;
  const users = await client.query(
    `insert into app_user (id, username, display_name, password_hash, roles, organisation_id, department_id)
     select gen_random_uuid(), 'liaison.' || o.code || '.' || d.sort_order, d.name || '联络员', $1, '{liaison}'::text[], o.id, d.id
       from department d join organisation o on o.id = d.organisation_id
     union all
     select gen_random_uuid(), 'office.' || o.code, o.short_name || '科协（领导小组办公室）管理员', $1, '{office_admin}', o.id,
            (select d.id from department d where d.organisation_id = o.id and d.name = '区科协')
       from organisation o
     union all
     select gen_random_uuid(), 'supervisor.' || o.code, o.short_name || '督查员', $1, '{supervisor}', o.id, null from organisation o
     on conflict (username) do nothing`,
    [hash],
  );

  const shared = writeSharedFiles(evidenceDir, seededRandom(seed));
  // New states and dates are copied here and written back with one UPDATE at the end.
  await client.query('drop table if exists bench_task_state');
  await client.query('create unlogged table bench_task_state (id uuid primary key, state text, due_on date, version int, updated_at timestamptz)');
  const copies = {
    file: await copyInto(url, 'evidence_file', ['id', 'task_id', 'sha256', 'size', 'media_type', 'original_name', 'name', 'uploaded_by_id', 'uploaded_at']),
    evidence: await copyInto(url, 'evidence', ['id', 'task_id', 'requirement_code', 'current_version', 'created_by_id', 'created_at', 'updated_at', 'revision']),
    version: await copyInto(url, 'evidence_version', ['id', 'evidence_id', 'number', 'file_id', 'kind', 'description', 'refers_to', 'created_by_id', 'created_at']),
    event: await copyInto(url, 'evidence_event', ['id', 'at', 'actor_id', 'actor_username', 'action', 'evidence_id', 'task_id', 'details']),
    log: await copyInto(url, 'transition_log', [
      'id',
      'entity_type',
      'entity_id',
      'definition_key',
      'definition_version',
      'event',
      'from_state',
      'to_state',
      'actor_id',
      'actor_name',
      'actor_roles',
      'comment',
      'effects',
      'at',
    ]),
    score: await copyInto(url, 'score', ['id', 'campaign_id', 'rule_id', 'source', 'input', 'points', 'vetoed', 'explanation', 'comment', 'scored_by_id', 'scored_by_name', 'scored_at']),
    task: await copyInto(url, 'bench_task_state', ['id', 'state', 'due_on', 'version', 'updated_at']),
  };

  const counts = { tasks: 0, evidence: 0, transitions: 0, scores: 0, byState: {} };
  const bar = progressBar('任务状态、佐证材料与自评（SQL）', counties.length);
  let done = 0;
  for (const county of counties) {
    const random = seededRandom((seed * 1_000_003 + Number(county.code)) >>> 0);
    const maturity = Math.pow(random(), 0.8);
    const deadline = addDays(today, between(random, -75, 120));
    const {
      rows: [campaign],
    } = await client.query(
      `select c.id, c.organisation_id, c.task_workflow_key, c.task_workflow_version, c.indicator_system_id,
              (select u.id from app_user u where u.username = 'office.' || o.code) as office_id, 'office.' || o.code as office_name
         from campaign c join organisation o on o.id = c.organisation_id where o.code = $1`,
      [county.code],
    );
    // Each read is scoped to the county's campaign, organisation and indicator system, so that its
    // cost does not grow with the country (joins by id alone hash whole national tables).
    const { rows: tasks } = await client.query('select id, department_id, scoring_rule_id from task where campaign_id = $1 order by position', [campaign.id]);
    const { rows: departments } = await client.query('select id, sort_order from department where organisation_id = $1', [campaign.organisation_id]);
    const username = (department) => `liaison.${county.code}.${department.sort_order}`;
    const { rows: liaisons } = await client.query('select id, username from app_user where username = any($1::text[])', [departments.map(username)]);
    const liaisonByName = new Map(liaisons.map((user) => [user.username, user]));
    const liaisonOf = new Map(departments.map((department) => [department.id, liaisonByName.get(username(department))]));
    const { rows: requirementRows } = await client.query(
      `select s.id, array_agg(r.code order by r.sort_order) as codes
         from indicator i join scoring_rule s on s.indicator_id = i.id join evidence_requirement r on r.indicator_id = i.id
        where i.system_id = $1 group by s.id`,
      [campaign.indicator_system_id],
    );
    const requirementsOf = new Map(requirementRows.map((row) => [row.id, row.codes]));
    for (const task of tasks) {
      const liaison = liaisonOf.get(task.department_id);
      task.liaison_id = liaison.id;
      task.liaison_name = liaison.username;
      task.requirements = requirementsOf.get(task.scoring_rule_id) ?? [];
    }
    const departmentShift = new Map();
    for (const task of tasks) {
      const state = stateOf(random, maturity);
      if (!departmentShift.has(task.department_id)) departmentShift.set(task.department_id, between(random, -14, 14));
      const dueOn = addDays(deadline, departmentShift.get(task.department_id) + (random() < 0.2 ? between(random, -7, 7) : 0));
      // Work happens before the due date (or before today when that is earlier), a few months long.
      const lastDay = dueOn < today ? dueOn : today;
      const workDay = (daysBack) => addDays(lastDay, -daysBack);
      let day = between(random, 40, 150);
      const path = PATHS[state];
      for (const [event, from, to, who] of path) {
        day = Math.max(0, day - between(random, 3, 30));
        const office = who === 'office';
        copies.log.write([
          randomUUID(),
          'task',
          task.id,
          campaign.task_workflow_key,
          campaign.task_workflow_version,
          event,
          from,
          to,
          office ? campaign.office_id : task.liaison_id,
          office ? campaign.office_name : task.liaison_name,
          office ? '{office_admin}' : '{liaison}',
          event === 'return' ? pick(random, COMMENTS.return) : event === 'approve' ? pick(random, COMMENTS.approve) : null,
          '[]',
          at(random, workDay(day)),
        ]);
      }
      counts.transitions += path.length;
      const evidence = evidenceCount(random, state);
      for (let n = 0; n < evidence; n++) {
        const kind = pick(random, KINDS);
        const file = pick(random, shared.get(kind.kind));
        const requirement = task.requirements?.length ? pick(random, task.requirements) : '1-1';
        const when = at(random, workDay(between(random, 1, 150)));
        const fileId = randomUUID();
        const evidenceId = randomUUID();
        const name = `${requirement}-${kind.label}-${n + 1}.${kind.ext}`;
        copies.file.write([fileId, task.id, file.sha256, file.size, file.type, name, name, task.liaison_id, when]);
        copies.evidence.write([evidenceId, task.id, requirement, 1, task.liaison_id, when, when, 1]);
        copies.version.write([randomUUID(), evidenceId, 1, fileId, kind.kind, `${kind.label}（${requirement}）`, workDay(between(random, 30, 400)), task.liaison_id, when]);
        copies.event.write([
          randomUUID(),
          when,
          task.liaison_id,
          task.liaison_name,
          'upload',
          evidenceId,
          task.id,
          JSON.stringify({
            fileId,
            sha256: file.sha256,
            size: file.size,
            mediaType: file.type,
            name,
            requirementCode: requirement,
            kind: kind.kind,
          }),
        ]);
      }
      counts.evidence += evidence;
      copies.task.write([task.id, state, dueOn, 1 + path.length, at(random, workDay(day))]);
      counts.byState[state] = (counts.byState[state] ?? 0) + 1;
    }
    counts.tasks += tasks.length;

    // Self scores of the rules the county has assessed so far (more for a mature county).
    const { rows: rules } = await client.query(`select s.id, s.params from scoring_rule s join indicator i on i.id = s.indicator_id where i.system_id = $1 order by i.sort_order, s.sort_order`, [
      campaign.indicator_system_id,
    ]);
    for (const rule of rules) {
      if (random() > maturity * 0.9) continue;
      const input = scoreInput(random, rule.params);
      const computed = input && scoreRule(rule.params, input);
      if (!computed?.ok) continue;
      copies.score.write([
        randomUUID(),
        campaign.id,
        rule.id,
        'self',
        JSON.stringify(computed.input),
        String(computed.score.points),
        computed.score.vetoed ? 't' : 'f',
        computed.score.explanation,
        '按佐证材料自评',
        campaign.office_id,
        campaign.office_name,
        at(random, addDays(today, -between(random, 1, 60))),
      ]);
      counts.scores++;
    }
    await Promise.all(Object.values(copies).map((copy) => copy.drained()));
    bar.tick(++done);
  }
  for (const copy of Object.values(copies)) await copy.end();
  bar.done();

  const tick = performance.now();
  await client.query(`update task t set state = s.state, due_on = s.due_on, version = s.version, updated_at = s.updated_at from bench_task_state s where s.id = t.id`);
  await client.query('drop table bench_task_state');
  log(`任务状态写回：${((performance.now() - tick) / 1000).toFixed(1)} s`);

  const check = await client.query(`
    select (select count(*) from evidence e left join task t on t.id = e.task_id where t.id is null) as evidence_without_task,
           (select count(*) from evidence_version v left join evidence_file f on f.id = v.file_id where f.id is null) as versions_without_file,
           (select count(*) from task t where not exists (select 1 from evidence e where e.task_id = t.id) and t.state in ('submitted', 'approved', 'returned')) as submitted_without_evidence`);
  const problems = Object.entries(check.rows[0]).filter(([, value]) => Number(value) !== 0);
  if (problems.length) throw new Error(`数据不一致：${JSON.stringify(check.rows[0])}`);
  const analyze = performance.now();
  await client.query('vacuum analyze');
  log(`vacuum analyze：${((performance.now() - analyze) / 1000).toFixed(1)} s`);
  await client.end();
  const seconds = (performance.now() - started) / 1000;
  log(
    `批量数据：用户 +${users.rowCount}，任务 ${counts.tasks}（${Object.entries(counts.byState)
      .map(([state, n]) => `${state} ${n}`)
      .join('，')}），` +
      `佐证材料 ${counts.evidence}（每项任务 ${(counts.evidence / Math.max(1, counts.tasks)).toFixed(2)}，共用 ${KINDS.length * SHARED_FILES_PER_KIND} 个文件），流转记录 ${counts.transitions}，自评 ${counts.scores}，${seconds.toFixed(1)} s`,
  );
  return { ...counts, users: users.rowCount, seconds };
}
