import { Migration } from '@mikro-orm/migrations';

export class Migration20261204211020_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" bigint not null, "at" timestamptz(3) not null, "actor_id" uuid null, "actor_username" varchar(255) null, "actor_name" varchar(255) null, "organisation_id" uuid null, "action" text check ("action" in ('login', 'login_failed', 'logout', 'password_change', 'transition', 'evidence_upload', 'evidence_replace', 'evidence_delete', 'evidence_restore', 'score', 'indicator_import', 'campaign_setup', 'campaign_replan', 'user_create', 'user_change', 'workflow_upload')) not null, "entity_type" varchar(40) null, "entity_id" varchar(255) null, "details" jsonb not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "audit_event" add constraint "audit_event_prev_hash_unique" unique ("prev_hash")`);
    this.addSql(`create index "audit_event_actor_id_id_index" on "audit_event" ("actor_id", "id")`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id")`);
    this.addSql(`create index "audit_event_organisation_id_id_index" on "audit_event" ("organisation_id", "id")`);
    // The audit log is a record of what happened: the database itself refuses to change it. A
    // superuser can still disable triggers; run the API under an ordinary role (docs/reliability.md).
    this.addSql(
      `create function "audit_event_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$`,
    );
    this.addSql(`create trigger "audit_event_no_change" before update or delete on "audit_event" for each row execute function "audit_event_append_only"()`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_append_only"()`);
    this.addSql(`revoke update, delete, truncate on "audit_event" from public`);
  }
}
