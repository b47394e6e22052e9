import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** The option a campaign chose in each elective group. */
export const CAMPAIGN_ELECTIVE_CHOICE_ROWS = readRelation(
  'campaign-setup.elective-choice',
  ['id', 'campaign_id', 'group_id', 'option_id', 'chosen_by_id', 'chosen_by_name', 'chosen_at'],
  'select id, campaign_id, group_id, option_id, chosen_by_id, chosen_by_name, chosen_at from campaign_elective_choice',
);
