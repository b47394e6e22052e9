import { Migration } from '@mikro-orm/migrations';

export class Migration20261123185455_evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "evidence_event" ("id" uuid not null, "at" timestamptz not null default now(), "actor_id" uuid not null, "actor_username" varchar(64) not null, "action" text check ("action" in ('upload', 'replace', 'delete', 'restore')) not null, "evidence_id" uuid null, "task_id" uuid not null, "details" jsonb not null, constraint "evidence_event_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "evidence_event_task_id_at_index" on "evidence_event" ("task_id", "at")`);
    this.addSql(`create index "evidence_event_evidence_id_at_index" on "evidence_event" ("evidence_id", "at")`);
    this.addSql(
      `create table "evidence_file" ("id" uuid not null, "task_id" uuid not null, "sha256" varchar(64) not null, "size" bigint not null, "media_type" varchar(127) not null, "original_name" text not null, "name" varchar(255) not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null default now(), constraint "evidence_file_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "evidence_file_sha256_index" on "evidence_file" ("sha256")`);
    this.addSql(`create index "evidence_file_task_id_uploaded_at_index" on "evidence_file" ("task_id", "uploaded_at")`);
    this.addSql(
      `create table "evidence" ("id" uuid not null, "task_id" uuid not null, "requirement_code" varchar(32) not null, "current_version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, "deleted_by_id" uuid null, "revision" int not null default 1, constraint "evidence_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "evidence_requirement_code_task_id_index" on "evidence" ("requirement_code", "task_id")`);
    this.addSql(`create index "evidence_task_id_deleted_at_index" on "evidence" ("task_id", "deleted_at")`);
    this.addSql(
      `create table "evidence_version" ("id" uuid not null, "evidence_id" uuid not null, "number" int not null, "file_id" uuid not null, "kind" text check ("kind" in ('sealed_document', 'screenshot', 'news_article', 'photo', 'other')) not null, "description" text null, "refers_to" date null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "evidence_version_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_file_id_unique" unique ("file_id")`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_evidence_id_number_unique" unique ("evidence_id", "number")`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "evidence" add constraint "evidence_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "evidence" add constraint "evidence_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "evidence" add constraint "evidence_deleted_by_id_foreign" foreign key ("deleted_by_id") references "app_user" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_evidence_id_foreign" foreign key ("evidence_id") references "evidence" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_file_id_foreign" foreign key ("file_id") references "evidence_file" ("id") on update cascade on delete restrict`);
    this.addSql(
      `alter table "evidence_version" add constraint "evidence_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict`,
    );
    // The evidence audit log is append-only, whatever role the application connects with.
    this.addSql(
      `create function "evidence_event_append_only"() returns trigger language plpgsql as $$ begin raise exception 'evidence_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$`,
    );
    this.addSql(`create trigger "evidence_event_no_change" before update or delete on "evidence_event" for each row execute function "evidence_event_append_only"()`);
    this.addSql(`create trigger "evidence_event_no_truncate" before truncate on "evidence_event" for each statement execute function "evidence_event_append_only"()`);
  }
}
