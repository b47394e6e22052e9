import { Migration } from '@mikro-orm/migrations';

/**
 * The department that does a campaign's own work (本单位) is kept on the campaign, so that tasks
 * created after set-up (an elective option chosen) go to it as the set-up's did. Campaigns set
 * up before take the department their organisation-owned rules' tasks already went to.
 */
export class Migration20261205031000_campaign_office_department extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "office_department_id" uuid null`);
    this.addSql(
      `alter table "campaign" add constraint "campaign_office_department_id_foreign" foreign key ("office_department_id") references "department" ("id") on update cascade on delete set null`,
    );
    this.addSql(`update "campaign" c set "office_department_id" = (
      select t."department_id" from "task" t join "scoring_rule" r on r."id" = t."scoring_rule_id"
      where t."campaign_id" = c."id" and not exists (select 1 from "responsible_unit" u where u."rule_id" = r."id")
      order by t."position" limit 1)`);
  }
}
