import { Migration } from '@mikro-orm/migrations';

/** The platform's default kinds, as the closed list had them (libs/organisations/src/department-kind.ts). */
const DEFAULT_KINDS: ReadonlyArray<readonly [key: string, label: string]> = [
  ['party', '党委部门'],
  ['government', '政府部门'],
  ['people-organisation', '人民团体'],
  ['town', '镇'],
  ['street', '街道'],
  ['university', '高校'],
  ['school', '学校'],
  ['collective', '社会组织（集体）'],
];

/**
 * Department kinds become data: the eight kinds are the platform's (organisation null) and hold
 * for every organisation, which may add its own. Departments keep naming a kind by its key; the
 * closed check on department.kind goes.
 */
export class Migration20261204222322_department_kinds extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "department_kind" ("id" uuid not null, "organisation_id" uuid null, "key" varchar(40) not null, "label" varchar(50) not null, "sort_order" int not null default 0, "created_at" timestamptz not null default now(), constraint "department_kind_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "department_kind_organisation_id_index" on "department_kind" ("organisation_id")`);
    this.addSql(`create unique index "department_kind_owner_key_unique" on "department_kind" (coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid), "key")`);
    this.addSql(
      `alter table "department_kind" add constraint "department_kind_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    const values = DEFAULT_KINDS.map(([key, label], index) => `(gen_random_uuid(), '${key}', '${label}', ${index + 1})`).join(', ');
    this.addSql(`insert into "department_kind" ("id", "key", "label", "sort_order") values ${values}`);
    this.addSql(`alter table "department" drop constraint if exists "department_kind_check"`);
  }
}
