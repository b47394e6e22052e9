import { Migration } from '@mikro-orm/migrations';

export class Migration20261123185405_reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "reminder_delivery" ("id" uuid not null, "channel" text check ("channel" in ('email', 'webhook')) not null, "department_id" uuid not null, "day" date not null, "recipients" text[] not null, "subject" varchar(255) not null, "body" text not null, "attempts" int not null default 0, "last_error" text null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "reminder_delivery_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "reminder_delivery_delivered_at_index" on "reminder_delivery" ("delivered_at")`);
    this.addSql(`alter table "reminder_delivery" add constraint "reminder_delivery_channel_department_id_day_unique" unique ("channel", "department_id", "day")`);
    this.addSql(
      `create table "reminder_log" ("id" uuid not null, "task_id" uuid not null, "department_id" uuid not null, "day" date not null, "status" text check ("status" in ('overdue', 'due-soon')) not null, "created_at" timestamptz not null default now(), constraint "reminder_log_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "reminder_log" add constraint "reminder_log_task_id_day_unique" unique ("task_id", "day")`);
    this.addSql(
      `alter table "reminder_delivery" add constraint "reminder_delivery_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`alter table "reminder_log" add constraint "reminder_log_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "reminder_log" add constraint "reminder_log_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "app_user" add column "email" varchar(255) null`);
  }
}
