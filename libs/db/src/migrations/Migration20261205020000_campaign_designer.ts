import { Migration } from '@mikro-orm/migrations';

/**
 * The campaign designer: the re-plan log (campaign_plan_change), elective choices per campaign
 * (campaign_elective_choice) and evidence carried over from an earlier cycle (evidence.carried_from_id).
 * indicator.elective is the general indicator model's column (选做 groups); `if not exists` because
 * that model's own migration adds it too.
 */
export class Migration20261205020000_campaign_designer extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "indicator" add column if not exists "elective" jsonb null`);
    this.addSql(
      `create table "campaign_plan_change" ("id" uuid not null, "campaign_id" uuid not null, "batch_id" uuid not null, "at" timestamptz not null default now(), "actor_id" uuid null, "actor_name" varchar(255) not null, "reason" text not null, "subject_type" text check ("subject_type" in ('phase', 'task')) not null, "subject_id" uuid not null, "subject_label" text not null, "field" varchar(16) not null, "old_value" date null, "new_value" date null, constraint "campaign_plan_change_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "campaign_plan_change_campaign_id_at_index" on "campaign_plan_change" ("campaign_id", "at")`);
    this.addSql(
      `create table "campaign_elective_choice" ("id" uuid not null, "campaign_id" uuid not null, "group_id" uuid not null, "option_id" uuid not null, "chosen_by_id" uuid null, "chosen_by_name" varchar(255) not null, "chosen_at" timestamptz not null default now(), constraint "campaign_elective_choice_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "campaign_elective_choice_campaign_id_group_id_index" on "campaign_elective_choice" ("campaign_id", "group_id")`);
    this.addSql(`alter table "campaign_elective_choice" add constraint "campaign_elective_choice_campaign_id_option_id_unique" unique ("campaign_id", "option_id")`);
    this.addSql(
      `alter table "campaign_plan_change" add constraint "campaign_plan_change_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "campaign_elective_choice" add constraint "campaign_elective_choice_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "campaign_elective_choice" add constraint "campaign_elective_choice_group_id_foreign" foreign key ("group_id") references "indicator" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "campaign_elective_choice" add constraint "campaign_elective_choice_option_id_foreign" foreign key ("option_id") references "indicator" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`alter table "evidence" add column "carried_from_id" uuid null`);
    this.addSql(`alter table "evidence" add constraint "evidence_carried_from_id_foreign" foreign key ("carried_from_id") references "evidence" ("id") on update cascade on delete set null`);
  }
}
