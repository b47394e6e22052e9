import { Migration } from '@mikro-orm/migrations';

const NO_OWNER = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * Workflow definitions and indicator-system templates belong to an organisation, or (owner
 * null) to the platform — everything stored so far is the platform's. Key and version are now
 * unique per owner, so campaigns pin the definition record they started with by id.
 */
export class Migration20261204220107_definition_owners extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "workflow_definition" add column "owner_id" uuid null, add column "share_with_descendants" boolean not null default false`);
    this.addSql(
      `alter table "workflow_definition" add constraint "workflow_definition_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete restrict`,
    );
    this.addSql(`create index "workflow_definition_owner_id_index" on "workflow_definition" ("owner_id")`);
    this.addSql(`alter table "workflow_definition" drop constraint "workflow_definition_key_version_unique"`);
    this.addSql(`create unique index "workflow_definition_owner_key_version_unique" on "workflow_definition" (coalesce("owner_id", ${NO_OWNER}), "key", "version")`);

    this.addSql(`alter table "campaign" add column "workflow_definition_id" uuid null, add column "task_workflow_definition_id" uuid null`);
    this.addSql(`update "campaign" c set
        "workflow_definition_id" = (select d.id from "workflow_definition" d where d.key = c.workflow_key and d.version = c.workflow_version),
        "task_workflow_definition_id" = (select d.id from "workflow_definition" d where d.key = c.task_workflow_key and d.version = c.task_workflow_version)`);
    this.addSql(`alter table "campaign" alter column "workflow_definition_id" set not null, alter column "task_workflow_definition_id" set not null`);

    this.addSql(`alter table "indicator_system" add column "owner_id" uuid null, add column "share_with_descendants" boolean not null default false`);
    this.addSql(`alter table "indicator_system" add constraint "indicator_system_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete restrict`);
    this.addSql(`create index "indicator_system_owner_id_index" on "indicator_system" ("owner_id")`);
    this.addSql(`alter table "indicator_system" drop constraint "indicator_system_key_version_kind_campaign_key_unique"`);
    this.addSql(
      `create unique index "indicator_system_owner_key_version_kind_campaign_key_unique" on "indicator_system" (coalesce("owner_id", ${NO_OWNER}), "key", "version", "kind", "campaign_key")`,
    );
  }
}
