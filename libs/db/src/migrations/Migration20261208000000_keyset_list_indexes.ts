import { Migration } from '@mikro-orm/migrations';

/**
 * An office admin's account list pages by login name (issue 16): without an index that starts
 * with the organisation, a page of one county's accounts read every account of the country
 * (30,008 rows in tests/api/keyset-plans.spec.ts). The country's list pages by the username index.
 */
export class Migration20261208000000_keyset_list_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "app_user_organisation_id_username_index" on "app_user" ("organisation_id", "username")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "app_user_organisation_id_username_index"`);
  }
}
