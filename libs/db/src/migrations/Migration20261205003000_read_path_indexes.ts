import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the national read paths (issue 15): the task table sorted by deadline and its
 * overdue filter (campaign, due date, then the table's order), and the directory lists of one
 * organisation in their order (departments by organisation and sort order, paged).
 */
export class Migration20261205003000_read_path_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "task_campaign_id_due_on_position_index" on "task" ("campaign_id", "due_on", "position")`);
    this.addSql(`create index if not exists "department_organisation_id_sort_order_name_index" on "department" ("organisation_id", "sort_order", "name")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "task_campaign_id_due_on_position_index"`);
    this.addSql(`drop index if exists "department_organisation_id_sort_order_name_index"`);
  }
}
