import { Migration } from '@mikro-orm/migrations';

export class Migration20261123184634_workflows extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification" ("id" uuid not null, "organisation_id" uuid not null, "recipient_role" varchar(255) null, "recipient_department_id" uuid null, "title" varchar(255) not null, "body" text not null, "entity_type" varchar(255) not null, "entity_id" uuid not null, "created_at" timestamptz not null default now(), constraint "notification_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "notification_organisation_id_created_at_index" on "notification" ("organisation_id", "created_at")`);
    this.addSql(
      `create table "campaign_document" ("id" uuid not null, "campaign_id" uuid not null, "kind" varchar(255) not null, "title" varchar(255) not null, "recorded_by" uuid not null, "recorded_at" timestamptz not null default now(), constraint "campaign_document_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "campaign_document_campaign_id_kind_index" on "campaign_document" ("campaign_id", "kind")`);
    this.addSql(
      `create table "transition_log" ("id" uuid not null, "entity_type" varchar(255) not null, "entity_id" uuid not null, "definition_key" varchar(255) not null, "definition_version" int not null, "event" varchar(255) not null, "from_state" varchar(255) not null, "to_state" varchar(255) not null, "actor_id" uuid not null, "actor_name" varchar(255) not null, "actor_roles" text[] not null, "comment" text null, "effects" jsonb not null, "at" timestamptz not null default now(), constraint "transition_log_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "transition_log_entity_type_entity_id_at_index" on "transition_log" ("entity_type", "entity_id", "at")`);
    this.addSql(
      `create table "workflow_definition" ("id" uuid not null, "key" varchar(255) not null, "version" int not null, "entity_type" varchar(255) not null, "name" varchar(255) not null, "checksum" varchar(64) not null, "source" text not null, "file_name" varchar(255) not null, "uploaded_by" uuid null, "created_at" timestamptz not null default now(), constraint "workflow_definition_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "workflow_definition" add constraint "workflow_definition_key_version_unique" unique ("key", "version")`);
    this.addSql(
      `alter table "notification" add constraint "notification_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_department_id_foreign" foreign key ("recipient_department_id") references "department" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`alter table "campaign_document" add constraint "campaign_document_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`);
    // Campaigns created before workflows were versioned ran version 1 of both workflows.
    this.addSql(`alter table "campaign" add column "task_workflow_key" varchar(255) not null default 'task', add column "task_workflow_version" int not null default 1`);
    this.addSql(`alter table "campaign" alter column "task_workflow_version" drop default`);
    this.addSql(`update "campaign" set "workflow_version" = 1 where "workflow_version" is null`);
    this.addSql(`alter table "campaign" alter column "workflow_version" set not null`);
    // The transition log is a record of what happened: the database itself refuses to change it.
    this.addSql(`create function transition_log_append_only() returns trigger language plpgsql as $$ begin raise exception 'transition_log is append-only'; end $$`);
    this.addSql(`create trigger transition_log_append_only before update or delete on "transition_log" for each row execute function transition_log_append_only()`);
  }
}
