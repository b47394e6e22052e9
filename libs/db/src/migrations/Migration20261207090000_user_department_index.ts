import { Migration } from '@mikro-orm/migrations';

/**
 * A department's users by department (issue 15): the reminder scan reads each reminded
 * department's liaison e-mails (identity's liaisonEmails), which without it read every user of
 * the country once per department (34,717 users in the national set).
 */
export class Migration20261207090000_user_department_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "app_user_department_id_index" on "app_user" ("department_id")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "app_user_department_id_index"`);
  }
}
