import { Migration } from '@mikro-orm/migrations';

export class Migration20261123183818_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "app_user" ("id" uuid not null, "username" varchar(64) not null, "display_name" varchar(255) not null, "password_hash" varchar(255) not null, "roles" text[] not null, "organisation_id" uuid null, "department_id" uuid null, "disabled" boolean not null default false, "failed_attempts" int not null default 0, "locked_until" timestamptz null, "password_changed_at" timestamptz not null default now(), "last_login_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "app_user_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username")`);
    this.addSql(
      `create table "user_session" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "kind" text check ("kind" in ('cookie', 'bearer')) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" varchar(255) null, constraint "user_session_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash")`);
    this.addSql(`create index "user_session_user_id_revoked_at_index" on "user_session" ("user_id", "revoked_at")`);
    this.addSql(`alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "app_user" add constraint "app_user_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`);
  }
}
