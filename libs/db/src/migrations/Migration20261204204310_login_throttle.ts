import { Migration } from '@mikro-orm/migrations';

/** Login throttling in PostgreSQL (shared by every replica) replaces the per-user hard lock. */
export class Migration20261204204310_login_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_rate" ("address" text not null, "window_start" timestamptz not null default now(), "attempts" int not null default 0, constraint "login_rate_pkey" primary key ("address"))`,
    );
    this.addSql(
      `create table "login_throttle" ("kind" text not null, "key" text not null, "account" text null, "failures" int not null default 0, "window_start" timestamptz not null default now(), "last_failure_at" timestamptz null, "blocked_until" timestamptz null, "last_success_at" timestamptz null, constraint "login_throttle_pkey" primary key ("kind", "key"))`,
    );
    this.addSql(`create index "login_throttle_account_index" on "login_throttle" ("account")`);
    this.addSql(`alter table "app_user" drop column "failed_attempts", drop column "locked_until"`);
  }
}
