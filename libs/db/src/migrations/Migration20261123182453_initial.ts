import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182453_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "indicator_system" ("id" uuid not null, "key" varchar(255) not null, "version" int not null, "name" varchar(255) not null, "kind" text check ("kind" in ('template', 'snapshot')) not null, "campaign_key" varchar(255) not null default '', "derived_from_id" uuid null, "source" text null, "total_score" numeric(7,2) null, "checksum" varchar(64) not null, "created_at" timestamptz not null default now(), constraint "indicator_system_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "indicator_system" add constraint "indicator_system_key_version_kind_campaign_key_unique" unique ("key", "version", "kind", "campaign_key")`);
    this.addSql(
      `create table "indicator" ("id" uuid not null, "system_id" uuid not null, "parent_id" uuid null, "code" varchar(255) not null, "title" text not null, "max_score" numeric(7,2) null, "level" smallint not null default 1, "sort_order" int not null, constraint "indicator_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "indicator_system_id_parent_id_sort_order_index" on "indicator" ("system_id", "parent_id", "sort_order")`);
    this.addSql(`alter table "indicator" add constraint "indicator_system_id_code_unique" unique ("system_id", "code")`);
    this.addSql(
      `create table "evidence_requirement" ("id" uuid not null, "indicator_id" uuid not null, "code" varchar(255) not null, "text" text not null, "sort_order" int not null, constraint "evidence_requirement_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "evidence_requirement_indicator_id_sort_order_index" on "evidence_requirement" ("indicator_id", "sort_order")`);
    this.addSql(`alter table "evidence_requirement" add constraint "evidence_requirement_indicator_id_code_unique" unique ("indicator_id", "code")`);
    this.addSql(
      `create table "organisation" ("id" uuid not null, "code" varchar(12) not null, "name" varchar(255) not null, "short_name" varchar(255) not null, "created_at" timestamptz not null default now(), constraint "organisation_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_code_unique" unique ("code")`);
    this.addSql(
      `create table "department_group" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(255) not null, "description" text null, "source" text null, "sort_order" int not null default 0, constraint "department_group_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "department_group" add constraint "department_group_organisation_id_name_unique" unique ("organisation_id", "name")`);
    this.addSql(
      `create table "department" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(255) not null, "full_name" varchar(255) null, "kind" text check ("kind" in ('party', 'government', 'people-organisation', 'town', 'street', 'university', 'school', 'collective')) not null, "tags" text[] not null default '{}', "sort_order" int not null default 0, "created_at" timestamptz not null default now(), constraint "department_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "department" add constraint "department_organisation_id_name_unique" unique ("organisation_id", "name")`);
    this.addSql(
      `create table "department_group_member" ("group_id" uuid not null, "department_id" uuid not null, constraint "department_group_member_pkey" primary key ("group_id", "department_id"))`,
    );
    this.addSql(
      `create table "campaign" ("id" uuid not null, "organisation_id" uuid not null, "key" varchar(255) not null, "name" varchar(255) not null, "indicator_system_id" uuid not null, "state" varchar(255) not null, "workflow_key" varchar(255) not null default 'campaign', "workflow_version" int null, "task_phase_key" varchar(255) not null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "campaign_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "campaign" add constraint "campaign_organisation_id_key_unique" unique ("organisation_id", "key")`);
    this.addSql(
      `create table "campaign_phase" ("id" uuid not null, "campaign_id" uuid not null, "parent_id" uuid null, "key" varchar(255) not null, "name" varchar(255) not null, "description" text null, "starts_on" date null, "ends_on" date null, "sort_order" int not null, constraint "campaign_phase_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "campaign_phase_campaign_id_sort_order_index" on "campaign_phase" ("campaign_id", "sort_order")`);
    this.addSql(`alter table "campaign_phase" add constraint "campaign_phase_campaign_id_key_unique" unique ("campaign_id", "key")`);
    this.addSql(
      `create table "scoring_rule" ("id" uuid not null, "indicator_id" uuid not null, "code" varchar(255) not null, "text" text not null, "points" numeric(7,2) not null, "kind" varchar(255) not null, "params" jsonb not null, "note" text null, "sort_order" int not null, "created_at" timestamptz not null default now(), constraint "scoring_rule_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "scoring_rule_indicator_id_sort_order_index" on "scoring_rule" ("indicator_id", "sort_order")`);
    this.addSql(`alter table "scoring_rule" add constraint "scoring_rule_indicator_id_code_unique" unique ("indicator_id", "code")`);
    this.addSql(
      `create table "responsible_unit" ("id" uuid not null, "rule_id" uuid not null, "name" varchar(255) not null, "role" text check ("role" in ('lead', 'support')) not null, "is_group" boolean not null, "inherited" boolean not null, "department_id" uuid null, "group_id" uuid null, "sort_order" int not null, constraint "responsible_unit_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "responsible_unit_rule_id_sort_order_index" on "responsible_unit" ("rule_id", "sort_order")`);
    this.addSql(
      `create table "task" ("id" uuid not null, "campaign_id" uuid not null, "scoring_rule_id" uuid not null, "department_id" uuid not null, "role" text check ("role" in ('lead', 'support')) not null, "position" int not null, "due_on" date not null, "state" varchar(255) not null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "task_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "task_campaign_id_state_index" on "task" ("campaign_id", "state")`);
    this.addSql(`create index "task_campaign_id_department_id_position_index" on "task" ("campaign_id", "department_id", "position")`);
    this.addSql(`alter table "task" add constraint "task_campaign_id_position_unique" unique ("campaign_id", "position")`);
    this.addSql(`alter table "task" add constraint "task_campaign_id_scoring_rule_id_department_id_unique" unique ("campaign_id", "scoring_rule_id", "department_id")`);
    this.addSql(
      `alter table "indicator_system" add constraint "indicator_system_derived_from_id_foreign" foreign key ("derived_from_id") references "indicator_system" ("id") on update cascade on delete set null`,
    );
    this.addSql(`alter table "indicator" add constraint "indicator_system_id_foreign" foreign key ("system_id") references "indicator_system" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "indicator" add constraint "indicator_parent_id_foreign" foreign key ("parent_id") references "indicator" ("id") on update cascade on delete cascade`);
    this.addSql(
      `alter table "evidence_requirement" add constraint "evidence_requirement_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "department_group" add constraint "department_group_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`alter table "department" add constraint "department_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`);
    this.addSql(
      `alter table "department_group_member" add constraint "department_group_member_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "department_group_member" add constraint "department_group_member_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`alter table "campaign" add constraint "campaign_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict`);
    this.addSql(
      `alter table "campaign" add constraint "campaign_indicator_system_id_foreign" foreign key ("indicator_system_id") references "indicator_system" ("id") on update cascade on delete restrict`,
    );
    this.addSql(`alter table "campaign_phase" add constraint "campaign_phase_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "campaign_phase" add constraint "campaign_phase_parent_id_foreign" foreign key ("parent_id") references "campaign_phase" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "scoring_rule" add constraint "scoring_rule_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "responsible_unit" add constraint "responsible_unit_rule_id_foreign" foreign key ("rule_id") references "scoring_rule" ("id") on update cascade on delete cascade`);
    this.addSql(
      `alter table "responsible_unit" add constraint "responsible_unit_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete restrict`,
    );
    this.addSql(`alter table "responsible_unit" add constraint "responsible_unit_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "task" add constraint "task_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "task" add constraint "task_scoring_rule_id_foreign" foreign key ("scoring_rule_id") references "scoring_rule" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "task" add constraint "task_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete restrict`);
  }
}
