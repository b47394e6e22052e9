import { Migration } from '@mikro-orm/migrations';

/** A password set by someone else (an admin, or generated) must be changed by its user first. */
export class Migration20261205014000_must_change_password extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "must_change_password" boolean not null default false`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "must_change_password"`);
  }
}
