/**
 * CampaignsService.get's rule as SQL, for a reader's own prepared statement (issue 15: the score
 * screens read the campaign with their scores in one statement, no entity). It is the campaign
 * :campaignId when get would return it to an actor whose organisationScope is :organisationId
 * (null: no limit) — the campaign of that organisation, or a participant's work in a campaign it
 * owns — else null. Kept beside get's owner so that the rule cannot drift between the two.
 */
export const OWN_OR_REVIEWED_CAMPAIGN_ID_SQL = `(
    select c.id from campaign c
    left join campaign p on p.id = c.parent_campaign_id
    where c.id = :campaignId::uuid
      and (:organisationId::uuid is null or c.organisation_id = :organisationId or p.organisation_id = :organisationId))`;
