import { Migration } from '@mikro-orm/migrations';

/**
 * Campaigns with participants. A campaign may be run by other organisations than its owner:
 * each participant (a county in a national batch) works in its own campaign (`work_campaign_id`,
 * whose `parent_campaign_id` is the owner's), so tasks, evidence, choices, scores and documents
 * stay per participant; the participant row carries its application state (the participant
 * workflow) and its outcome. A district's own campaign has one participant: the district itself,
 * working in the campaign itself.
 */
export class Migration20261206010000_campaign_participants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "parent_campaign_id" uuid null, add column "participant_workflow_definition_id" uuid null, add column "applicant_level" varchar(20) null`);
    this.addSql(`alter table "campaign" add constraint "campaign_parent_campaign_id_foreign" foreign key ("parent_campaign_id") references "campaign" ("id") on update cascade on delete restrict`);
    this.addSql(`create index "campaign_parent_campaign_id_index" on "campaign" ("parent_campaign_id")`);
    this.addSql(`create table "campaign_participant" (
      "id" uuid not null,
      "campaign_id" uuid not null,
      "organisation_id" uuid not null,
      "work_campaign_id" uuid null,
      "joined_by" text check ("joined_by" in ('owner', 'invitation', 'application')) not null,
      "state" varchar(255) null,
      "outcome" varchar(255) null,
      "outcome_at" timestamptz null,
      "created_by" uuid null,
      "version" int not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint "campaign_participant_pkey" primary key ("id"))`);
    this.addSql(`alter table "campaign_participant" add constraint "campaign_participant_campaign_id_organisation_id_unique" unique ("campaign_id", "organisation_id")`);
    this.addSql(`alter table "campaign_participant" add constraint "campaign_participant_work_campaign_id_unique" unique ("work_campaign_id")`);
    this.addSql(`create index "campaign_participant_organisation_id_index" on "campaign_participant" ("organisation_id")`);
    this.addSql(`create index "campaign_participant_campaign_id_state_index" on "campaign_participant" ("campaign_id", "state")`);
    this.addSql(
      `alter table "campaign_participant" add constraint "campaign_participant_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "campaign_participant" add constraint "campaign_participant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "campaign_participant" add constraint "campaign_participant_work_campaign_id_foreign" foreign key ("work_campaign_id") references "campaign" ("id") on update cascade on delete restrict`,
    );
    // Every existing campaign is a district's own: the district is its one participant.
    this.addSql(`insert into "campaign_participant" ("id", "campaign_id", "organisation_id", "work_campaign_id", "joined_by", "created_at", "updated_at")
      select gen_random_uuid(), c.id, c.organisation_id, c.id, 'owner', c.created_at, c.created_at from "campaign" c`);
    // A participant's change reaches the screens of the campaign it takes part in (its owner) and
    // of its own work campaign (the participant itself and the offices above it), see live_changes.
    this.addSql(`create or replace function live_changes_campaign_participant() returns trigger language plpgsql as $$
begin
  perform pg_notify('live_changes', json_build_object('kind', 'campaign', 'campaignId', campaign_id)::text)
    from (select distinct unnest(array[r.campaign_id, r.work_campaign_id]) as campaign_id from rows r) changed
   where campaign_id is not null;
  return null;
end $$`);
    for (const op of ['insert', 'update', 'delete'] as const) {
      const referencing = op === 'delete' ? 'old table as rows' : 'new table as rows';
      this.addSql(
        `create trigger live_changes_campaign_participant_${op} after ${op} on "campaign_participant" referencing ${referencing} for each statement execute function live_changes_campaign_participant()`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_participant" cascade`);
    this.addSql(`drop function if exists live_changes_campaign_participant()`);
    this.addSql(`alter table "campaign" drop constraint if exists "campaign_parent_campaign_id_foreign"`);
    this.addSql(`alter table "campaign" drop column "parent_campaign_id", drop column "participant_workflow_definition_id", drop column "applicant_level"`);
  }
}
