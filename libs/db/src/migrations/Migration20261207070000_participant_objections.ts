import { Migration } from '@mikro-orm/migrations';

/**
 * Objections (异议) filed against a participant during its publicity (公示), and their answers
 * (issue 12, national batch). Owned by campaign setup; the workflow counts them per state.
 */
export class Migration20261207070000_participant_objections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "participant_objection" ("id" uuid not null, "campaign_id" uuid not null, "participant_id" uuid not null, "content" text not null, "state" text check ("state" in ('open', 'answered')) not null default 'open', "filed_by_id" uuid not null, "filed_by_name" varchar(255) not null, "filed_at" timestamptz not null default now(), "answer" text null, "answered_by_id" uuid null, "answered_by_name" varchar(255) null, "answered_at" timestamptz null, "version" int not null default 1, constraint "participant_objection_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "participant_objection_campaign_id_index" on "participant_objection" ("campaign_id")`);
    this.addSql(`create index "participant_objection_participant_id_state_index" on "participant_objection" ("participant_id", "state")`);
    this.addSql(
      `alter table "participant_objection" add constraint "participant_objection_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "participant_objection" add constraint "participant_objection_participant_id_foreign" foreign key ("participant_id") references "campaign_participant" ("id") on update cascade on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participant_objection" cascade`);
  }
}
