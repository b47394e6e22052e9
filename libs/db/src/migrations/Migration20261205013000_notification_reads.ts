import { Migration } from '@mikro-orm/migrations';

/**
 * Who has read which notice. A notice is addressed to a role or a department, so it is read
 * person by person: one row per reader and notice (none = unread).
 */
export class Migration20261205013000_notification_reads extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification_read" ("user_id" uuid not null, "notification_id" uuid not null, "read_at" timestamptz not null default now(), constraint "notification_read_pkey" primary key ("user_id", "notification_id"))`,
    );
    this.addSql(`create index "notification_read_notification_id_index" on "notification_read" ("notification_id")`);
    this.addSql(
      `alter table "notification_read" add constraint "notification_read_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_read"`);
  }
}
