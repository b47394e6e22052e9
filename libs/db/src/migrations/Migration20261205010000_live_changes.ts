import { Migration } from '@mikro-orm/migrations';

/**
 * Every committed change to what the screens show is announced on the `live_changes` channel
 * (NOTIFY is delivered at commit, so a rolled-back write announces nothing): one message per
 * statement and campaign, naming the campaign, the departments and — for small changes — the
 * tasks. Triggers, not calls in each service, so that no write path (API, commands, seeds,
 * another instance) can forget it. The API's live-updates module forwards them to browsers.
 */
const CHANNEL = 'live_changes';

/** For each table: the rows' campaign, department and task columns (an expression over `r`, the transition table, joined as needed). */
const SOURCES: ReadonlyArray<{ table: string; kind: string; from: string; campaign: string; department: string; task: string }> = [
  { table: 'task', kind: 'task', from: 'rows r', campaign: 'r.campaign_id', department: 'r.department_id', task: 'r.id' },
  { table: 'evidence', kind: 'evidence', from: 'rows r join task t on t.id = r.task_id', campaign: 't.campaign_id', department: 't.department_id', task: 't.id' },
  { table: 'campaign', kind: 'campaign', from: 'rows r', campaign: 'r.id', department: 'null::uuid', task: 'null::uuid' },
  { table: 'campaign_phase', kind: 'campaign', from: 'rows r', campaign: 'r.campaign_id', department: 'null::uuid', task: 'null::uuid' },
  { table: 'campaign_document', kind: 'campaign', from: 'rows r', campaign: 'r.campaign_id', department: 'null::uuid', task: 'null::uuid' },
  { table: 'score', kind: 'score', from: 'rows r', campaign: 'r.campaign_id', department: 'null::uuid', task: 'null::uuid' },
];

const OPERATIONS = [
  { op: 'insert', referencing: 'new table as rows' },
  { op: 'update', referencing: 'new table as rows' },
  { op: 'delete', referencing: 'old table as rows' },
] as const;

// At most this many ids travel in one message (NOTIFY payloads stop at 8000 bytes); more means "many".
const LIST_LIMIT = 40;

function notifyFunction(source: (typeof SOURCES)[number]): string {
  return `create or replace function live_changes_${source.table}() returns trigger language plpgsql as $$
begin
  perform pg_notify('${CHANNEL}', json_build_object(
      'kind', '${source.kind}',
      'campaignId', campaign_id,
      'departmentIds', case when cardinality(departments) <= ${LIST_LIMIT} then departments end,
      'taskIds', case when cardinality(tasks) <= ${LIST_LIMIT} then tasks end)::text)
    from (
      select ${source.campaign} as campaign_id,
             coalesce(array_agg(distinct ${source.department}) filter (where ${source.department} is not null), '{}') as departments,
             coalesce(array_agg(distinct ${source.task}) filter (where ${source.task} is not null), '{}') as tasks
        from ${source.from}
       group by 1) changed
   where campaign_id is not null;
  return null;
end $$`;
}

/** Notifications address an organisation, optionally one department and one role. */
const NOTIFICATION_FUNCTION = `create or replace function live_changes_notification() returns trigger language plpgsql as $$
begin
  perform pg_notify('${CHANNEL}', json_build_object('kind', 'notification', 'organisationId', organisation_id, 'departmentId', recipient_department_id, 'role', recipient_role)::text)
    from (select distinct r.organisation_id, r.recipient_department_id, r.recipient_role from rows r) addressed;
  return null;
end $$`;

export class Migration20261205010000_live_changes extends Migration {
  override async up(): Promise<void> {
    for (const source of SOURCES) this.addSql(notifyFunction(source));
    this.addSql(NOTIFICATION_FUNCTION);
    for (const table of [...SOURCES.map((source) => source.table), 'notification']) {
      for (const { op, referencing } of OPERATIONS) {
        // A notification is only ever added.
        if (table === 'notification' && op !== 'insert') continue;
        this.addSql(`create trigger live_changes_${table}_${op} after ${op} on "${table}" referencing ${referencing} for each statement execute function live_changes_${table}()`);
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of [...SOURCES.map((source) => source.table), 'notification']) {
      for (const { op } of OPERATIONS) this.addSql(`drop trigger if exists live_changes_${table}_${op} on "${table}"`);
      this.addSql(`drop function if exists live_changes_${table}()`);
    }
  }
}
