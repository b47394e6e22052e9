import { Migration } from '@mikro-orm/migrations';

/**
 * Roles declared by a workflow are assigned per campaign (campaign_role_assignment); each user
 * carries a copy of theirs (app_user.campaign_roles) so a request knows them without a query.
 */
export class Migration20261205020100_campaign_roles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "campaign_roles" jsonb not null default '[]'`);
    this.addSql(
      `create table "campaign_role_assignment" ("id" uuid not null, "campaign_id" uuid not null, "user_id" uuid not null, "role" varchar(255) not null, "views" text[] not null, "assigned_by" uuid not null, "assigned_at" timestamptz not null default now(), constraint "campaign_role_assignment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "campaign_role_assignment_user_id_index" on "campaign_role_assignment" ("user_id")`);
    this.addSql(`alter table "campaign_role_assignment" add constraint "campaign_role_assignment_campaign_id_user_id_role_unique" unique ("campaign_id", "user_id", "role")`);
    this.addSql(
      `alter table "campaign_role_assignment" add constraint "campaign_role_assignment_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade`,
    );
  }
}
