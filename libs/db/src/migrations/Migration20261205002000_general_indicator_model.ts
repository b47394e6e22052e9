import { Migration } from '@mikro-orm/migrations';

/**
 * The general indicator model stored: weights, scoring modes (weights / verdicts) and elective
 * groups on indicators; the system's own mode and verdict scale; rules of the organisation's own
 * (「本单位」); who stored a template version.
 */
export class Migration20261205002000_general_indicator_model extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "indicator_system" add column "scoring_mode" varchar(20) null, add column "verdicts" jsonb null, add column "created_by" varchar(100) null`);
    this.addSql(`alter table "indicator" add column "weight" numeric(9,4) null, add column "scoring_mode" varchar(20) null, add column "elective" jsonb null`);
    this.addSql(`alter table "scoring_rule" add column "organisation_owned" boolean not null default false`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scoring_rule" drop column "organisation_owned"`);
    this.addSql(`alter table "indicator" drop column "weight", drop column "scoring_mode", drop column "elective"`);
    this.addSql(`alter table "indicator_system" drop column "scoring_mode", drop column "verdicts", drop column "created_by"`);
  }
}
