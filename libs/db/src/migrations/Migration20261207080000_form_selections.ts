import { Migration } from '@mikro-orm/migrations';

/**
 * Selections of filled forms (issue 12: a province chooses ≤ 5 典型案例 and ≤ 3 宣讲团人选): the cap
 * on the campaign's form (per which level, how many) and one row per chosen form. The audit log
 * learns selecting and withdrawing, and deleting a form's file.
 */
export class Migration20261207080000_form_selections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign_form" add column "selection_per" varchar(20) null, add column "selection_max" int null`);
    this.addSql(
      `create table "form_selection" ("id" uuid not null, "campaign_id" uuid not null, "definition_id" uuid not null, "form_id" uuid not null, "group_id" uuid not null, "selected_by" uuid not null, "selected_by_name" varchar(255) not null, "selected_at" timestamptz not null default now(), constraint "form_selection_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "form_selection" add constraint "form_selection_form_id_unique" unique ("form_id")`);
    this.addSql(`create index "form_selection_campaign_id_definition_id_group_id_index" on "form_selection" ("campaign_id", "definition_id", "group_id")`);
    this.addSql(`alter table "form_selection" add constraint "form_selection_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "form_selection" add constraint "form_selection_definition_id_foreign" foreign key ("definition_id") references "form_definition" ("id") on update cascade`);
    this.addSql(`alter table "form_selection" add constraint "form_selection_form_id_foreign" foreign key ("form_id") references "filled_form" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "form_selection" add constraint "form_selection_group_id_foreign" foreign key ("group_id") references "organisation" ("id") on update cascade`);
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check"`);
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_action_check" check("action" in ('login', 'login_failed', 'logout', 'password_change', 'transition', 'evidence_upload', 'evidence_replace', 'evidence_delete', 'evidence_restore', 'score', 'indicator_import', 'campaign_setup', 'campaign_replan', 'user_create', 'user_change', 'workflow_upload', 'organisation_create', 'organisation_change', 'directory_change', 'campaign_document_file', 'campaign_role_change', 'form_definition_upload', 'campaign_forms_change', 'form_submit', 'form_sign_off', 'form_reopen', 'form_select', 'form_unselect', 'form_file_delete'))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "form_selection" cascade`);
    this.addSql(`alter table "campaign_form" drop column "selection_per", drop column "selection_max"`);
  }
}
