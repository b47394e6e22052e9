import { Migration } from '@mikro-orm/migrations';

/**
 * A participant's change is announced as its own kind too, naming the campaign it takes part in
 * and the organisations on the changed participants' paths (≤ 40 ids; more means "many"): the
 * owner hears it through the campaign (its subtree), and an office above the participant (its
 * province, its city) through the path — the campaign itself lies above that office, so the
 * `campaign` messages of 20261206010000 (kept) reach it only for the work campaign. Another
 * province is named by neither and hears nothing.
 */
const FUNCTION = `create or replace function live_changes_campaign_participant() returns trigger language plpgsql as $$
begin
  perform pg_notify('live_changes', json_build_object('kind', 'campaign', 'campaignId', campaign_id)::text)
    from (select distinct unnest(array[r.campaign_id, r.work_campaign_id]) as campaign_id from rows r) changed
   where campaign_id is not null;
  perform pg_notify('live_changes', json_build_object(
      'kind', 'participant',
      'campaignId', campaign_id,
      'participantIds', case when cardinality(participants) <= 40 then participants end,
      'organisationIds', case when cardinality(organisations) <= 40 then organisations end)::text)
    from (
      select r.campaign_id,
             array_agg(distinct r.id) as participants,
             array_agg(distinct on_path.id) as organisations
        from rows r
        join organisation o on o.id = r.organisation_id
        cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')) as on_path(id)
       group by r.campaign_id) changed;
  return null;
end $$`;

const PREVIOUS = `create or replace function live_changes_campaign_participant() returns trigger language plpgsql as $$
begin
  perform pg_notify('live_changes', json_build_object('kind', 'campaign', 'campaignId', campaign_id)::text)
    from (select distinct unnest(array[r.campaign_id, r.work_campaign_id]) as campaign_id from rows r) changed
   where campaign_id is not null;
  return null;
end $$`;

export class Migration20261207010000_live_participant_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(FUNCTION);
  }

  override async down(): Promise<void> {
    this.addSql(PREVIOUS);
  }
}
