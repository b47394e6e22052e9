import { Migration } from '@mikro-orm/migrations';

/** The journal of content announced by uploads before storing it (ContentIntents in libs/evidence). */
export class Migration20261204215000_content_intents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "evidence_content_intent" ("id" bigserial primary key, "sha256" varchar(64) not null, "created_at" timestamptz not null default now())`);
    this.addSql(`create index "evidence_content_intent_sha256_index" on "evidence_content_intent" ("sha256")`);
    this.addSql(`create index "evidence_content_intent_created_at_index" on "evidence_content_intent" ("created_at")`);
  }
}
