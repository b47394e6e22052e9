import { Migration } from '@mikro-orm/migrations';

/** Every audit action as of this migration (libs/audit/src/audit-action.ts). */
const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'password_change',
  'transition',
  'evidence_upload',
  'evidence_replace',
  'evidence_delete',
  'evidence_restore',
  'score',
  'indicator_import',
  'campaign_setup',
  'campaign_replan',
  'user_create',
  'user_change',
  'workflow_upload',
  'organisation_create',
  'organisation_change',
  'directory_change',
  'campaign_document_file',
  'campaign_role_change',
];

/**
 * A campaign document may carry one file, stored in the evidence store under its sha256; the
 * audit log learns the new actions (a document's file, campaign role assignments).
 */
export class Migration20261205020000_campaign_document_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign_document"
      add column "file_sha256" varchar(64) null,
      add column "file_size" bigint null,
      add column "file_media_type" varchar(127) null,
      add column "file_name" varchar(255) null,
      add column "file_uploaded_by" uuid null,
      add column "file_uploaded_at" timestamptz null`);
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check"`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in (${AUDIT_ACTIONS.map((action) => `'${action}'`).join(', ')}))`);
  }
}
