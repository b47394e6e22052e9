import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191141_scores extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "score_snapshot" ("id" uuid not null, "campaign_id" uuid not null, "source" text check ("source" in ('self', 'expert')) not null, "total" numeric(7,2) not null, "max_total" numeric(7,2) not null, "vetoed" boolean not null, "scored_rules" int not null, "rules" int not null, "indicators" jsonb not null, "rule_scores" jsonb not null, "taken_at" timestamptz not null default now(), constraint "score_snapshot_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "score_snapshot_campaign_id_taken_at_index" on "score_snapshot" ("campaign_id", "taken_at")`);
    this.addSql(
      `create table "score" ("id" uuid not null, "campaign_id" uuid not null, "rule_id" uuid not null, "source" text check ("source" in ('self', 'expert')) not null, "input" jsonb not null, "points" numeric(7,2) not null, "vetoed" boolean not null, "explanation" text not null, "comment" text not null, "scored_by_id" uuid not null, "scored_by_name" varchar(64) not null, "scored_at" timestamptz not null default now(), "superseded_at" timestamptz null, "replaces" uuid null, constraint "score_pkey" primary key ("id"))`,
    );
    this.addSql(`create unique index "score_current_unique" on "score" ("campaign_id", "rule_id", "source") where "superseded_at" is null`);
    this.addSql(`create index "score_rule_id_source_scored_at_index" on "score" ("rule_id", "source", "scored_at")`);
    this.addSql(`create index "score_campaign_id_source_superseded_at_index" on "score" ("campaign_id", "source", "superseded_at")`);
    this.addSql(`alter table "score_snapshot" add constraint "score_snapshot_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "score" add constraint "score_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "score" add constraint "score_rule_id_foreign" foreign key ("rule_id") references "scoring_rule" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "score" add constraint "score_scored_by_id_foreign" foreign key ("scored_by_id") references "app_user" ("id") on update cascade on delete restrict`);
    // Scores keep their history: a newer score supersedes the current one (superseded_at is set,
    // once); nothing else about a score may change and no score may be deleted. Snapshots never change.
    this.addSql(
      `create function "score_keep_history"() returns trigger language plpgsql as $$ begin if tg_op <> 'UPDATE' then raise exception 'score keeps its history: % refused', tg_op using errcode = 'insufficient_privilege'; end if; if old.superseded_at is not null or new.superseded_at is null or (new.id, new.campaign_id, new.rule_id, new.source, new.input, new.points, new.vetoed, new.explanation, new.comment, new.scored_by_id, new.scored_by_name, new.scored_at, new.replaces) is distinct from (old.id, old.campaign_id, old.rule_id, old.source, old.input, old.points, old.vetoed, old.explanation, old.comment, old.scored_by_id, old.scored_by_name, old.scored_at, old.replaces) then raise exception 'score keeps its history: % refused (only superseded_at may be set, once)', tg_op using errcode = 'insufficient_privilege'; end if; return new; end $$`,
    );
    this.addSql(`create trigger "score_keep_history" before update or delete on "score" for each row execute function "score_keep_history"()`);
    this.addSql(`create trigger "score_no_truncate" before truncate on "score" for each statement execute function "score_keep_history"()`);
    this.addSql(
      `create function "score_snapshot_append_only"() returns trigger language plpgsql as $$ begin raise exception 'score_snapshot is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$`,
    );
    this.addSql(`create trigger "score_snapshot_no_change" before update or delete on "score_snapshot" for each row execute function "score_snapshot_append_only"()`);
    this.addSql(`create trigger "score_snapshot_no_truncate" before truncate on "score_snapshot" for each statement execute function "score_snapshot_append_only"()`);
  }
}
