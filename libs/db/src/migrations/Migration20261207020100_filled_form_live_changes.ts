import { Migration } from '@mikro-orm/migrations';

/**
 * A saved, submitted, signed or returned form reaches the open screens of the campaign it belongs
 * to (its owner) and of the filling organisation's own work campaign (the organisation itself and
 * the offices above it), the way a participant's change does (20261206010000): the browser asks
 * the API again, through its access rules.
 */
export class Migration20261207020100_filled_form_live_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function live_changes_filled_form() returns trigger language plpgsql as $$
begin
  perform pg_notify('live_changes', json_build_object('kind', 'campaign', 'campaignId', campaign_id)::text)
    from (select distinct unnest(array[r.campaign_id, p.work_campaign_id]) as campaign_id
            from rows r left join campaign_participant p on p.campaign_id = r.campaign_id and p.organisation_id = r.organisation_id) changed
   where campaign_id is not null;
  return null;
end $$`);
    for (const op of ['insert', 'update'] as const) {
      this.addSql(`create trigger live_changes_filled_form_${op} after ${op} on "filled_form" referencing new table as rows for each statement execute function live_changes_filled_form()`);
    }
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update'] as const) this.addSql(`drop trigger if exists live_changes_filled_form_${op} on "filled_form"`);
    this.addSql(`drop function if exists live_changes_filled_form()`);
  }
}
