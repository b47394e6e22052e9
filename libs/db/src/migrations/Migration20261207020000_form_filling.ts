import { Migration } from '@mikro-orm/migrations';

/**
 * Forms as data (issue 12): stored form definitions (owned like workflow definitions; the shipped
 * forms/ are the platform's), the forms a campaign asks for, each organisation's filled copy with
 * its optimistic version, the history of its edits, and the files forms point at (bytes in the
 * evidence storage). The audit log learns the form actions.
 */
export class Migration20261207020000_form_filling extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "form_file" ("id" uuid not null, "campaign_id" uuid not null, "organisation_id" uuid not null, "sha256" varchar(64) not null, "size" bigint not null, "media_type" varchar(255) not null, "name" varchar(255) not null, "uploaded_by" uuid not null, "uploaded_at" timestamptz not null default now(), constraint "form_file_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "form_file_campaign_id_organisation_id_index" on "form_file" ("campaign_id", "organisation_id")`);
    this.addSql(
      `create table "form_definition" ("id" uuid not null, "key" varchar(255) not null, "version" int not null, "name" varchar(255) not null, "description" text null, "source" text not null, "compiled" jsonb not null, "sha256" varchar(64) not null, "file_name" varchar(255) not null, "owner_id" uuid null, "share_with_descendants" boolean not null default false, "uploaded_by" uuid null, "created_at" timestamptz not null default now(), constraint "form_definition_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "form_definition_owner_id_index" on "form_definition" ("owner_id")`);
    this.addSql(`create unique index "form_definition_owner_key_version_unique" on "form_definition" (coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid), "key", "version")`);
    this.addSql(
      `create table "filled_form" ("id" uuid not null, "campaign_id" uuid not null, "organisation_id" uuid not null, "definition_id" uuid not null, "values" jsonb not null, "status" text check ("status" in ('draft', 'submitted')) not null default 'draft', "version" int not null default 1, "updated_by" uuid null, "updated_by_name" varchar(255) null, "updated_at" timestamptz not null default now(), "submitted_by" uuid null, "submitted_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "filled_form_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "filled_form_organisation_id_index" on "filled_form" ("organisation_id")`);
    this.addSql(`create index "filled_form_campaign_id_definition_id_index" on "filled_form" ("campaign_id", "definition_id")`);
    this.addSql(`alter table "filled_form" add constraint "filled_form_campaign_id_organisation_id_definition_id_unique" unique ("campaign_id", "organisation_id", "definition_id")`);
    this.addSql(
      `create table "filled_form_edit" ("id" uuid not null, "form_id" uuid not null, "at" timestamptz not null default now(), "by_id" uuid null, "by_name" varchar(255) not null, "action" text check ("action" in ('save', 'submit', 'sign_off', 'reopen')) not null, "fields" text[] not null, "previous" jsonb not null, "version" int not null, constraint "filled_form_edit_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "filled_form_edit_form_id_at_index" on "filled_form_edit" ("form_id", "at")`);
    this.addSql(
      `create table "campaign_form" ("id" uuid not null, "campaign_id" uuid not null, "definition_id" uuid not null, "sort_order" int not null, constraint "campaign_form_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "campaign_form_definition_id_index" on "campaign_form" ("definition_id")`);
    this.addSql(`alter table "campaign_form" add constraint "campaign_form_campaign_id_definition_id_unique" unique ("campaign_id", "definition_id")`);
    this.addSql(`alter table "form_file" add constraint "form_file_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "form_file" add constraint "form_file_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "form_definition" add constraint "form_definition_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "filled_form" add constraint "filled_form_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "filled_form" add constraint "filled_form_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "filled_form" add constraint "filled_form_definition_id_foreign" foreign key ("definition_id") references "form_definition" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "filled_form_edit" add constraint "filled_form_edit_form_id_foreign" foreign key ("form_id") references "filled_form" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "campaign_form" add constraint "campaign_form_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`);
    this.addSql(
      `alter table "campaign_form" add constraint "campaign_form_definition_id_foreign" foreign key ("definition_id") references "form_definition" ("id") on update cascade on delete restrict`,
    );
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check"`);
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_action_check" check("action" in ('login', 'login_failed', 'logout', 'password_change', 'transition', 'evidence_upload', 'evidence_replace', 'evidence_delete', 'evidence_restore', 'score', 'indicator_import', 'campaign_setup', 'campaign_replan', 'user_create', 'user_change', 'workflow_upload', 'organisation_create', 'organisation_change', 'directory_change', 'campaign_document_file', 'campaign_role_change', 'form_definition_upload', 'campaign_forms_change', 'form_submit', 'form_sign_off', 'form_reopen'))`,
    );
  }

  override async down(): Promise<void> {
    for (const table of ['filled_form_edit', 'filled_form', 'campaign_form', 'form_file', 'form_definition']) this.addSql(`drop table if exists "${table}" cascade`);
  }
}
