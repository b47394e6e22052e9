import { Migration } from '@mikro-orm/migrations';

/**
 * Records people read name the user (张三), not the login id (kexie). Writers now store the
 * user's name; rows written before stored the login id, so they take the name of the same user.
 * The transition log is append-only and is named when read instead.
 */
export class Migration20261207000500_actor_names extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "score" alter column "scored_by_name" type varchar(255)`);
    this.addSql(`update "score" s set "scored_by_name" = u."display_name" from "app_user" u where u."id" = s."scored_by_id" and s."scored_by_name" = u."username"`);
    this.addSql(`update "campaign_elective_choice" c set "chosen_by_name" = u."display_name" from "app_user" u where u."id" = c."chosen_by_id" and c."chosen_by_name" = u."username"`);
    this.addSql(`update "campaign_plan_change" p set "actor_name" = u."display_name" from "app_user" u where u."id" = p."actor_id" and p."actor_name" = u."username"`);
  }
}
