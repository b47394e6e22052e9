import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** Campaigns with the workflow definitions they pinned and their place in a batch. */
export const CAMPAIGN_ROWS = readRelation(
  'campaigns.campaign',
  [
    'id',
    'organisation_id',
    'key',
    'name',
    'indicator_system_id',
    'state',
    'workflow_key',
    'workflow_version',
    'task_phase_key',
    'version',
    'created_at',
    'updated_at',
    'task_workflow_key',
    'task_workflow_version',
    'workflow_definition_id',
    'task_workflow_definition_id',
    'office_department_id',
    'parent_campaign_id',
    'participant_workflow_definition_id',
    'applicant_level',
  ],
  'select id, organisation_id, key, name, indicator_system_id, state, workflow_key, workflow_version, task_phase_key, version, created_at, updated_at, task_workflow_key, task_workflow_version, workflow_definition_id, task_workflow_definition_id, office_department_id, parent_campaign_id, participant_workflow_definition_id, applicant_level from campaign',
);

/** Organisations taking part in a batch, their state and outcome. */
export const CAMPAIGN_PARTICIPANT_ROWS = readRelation(
  'campaigns.campaign-participant',
  ['id', 'campaign_id', 'organisation_id', 'work_campaign_id', 'joined_by', 'state', 'outcome', 'outcome_at', 'created_by', 'version', 'created_at', 'updated_at'],
  'select id, campaign_id, organisation_id, work_campaign_id, joined_by, state, outcome, outcome_at, created_by, version, created_at, updated_at from campaign_participant',
);

/** A campaign's documents and the stored file each holds (null while none). */
export const CAMPAIGN_DOCUMENT_ROWS = readRelation(
  'campaigns.campaign-document',
  ['id', 'campaign_id', 'kind', 'title', 'recorded_by', 'recorded_at', 'file_sha256', 'file_size', 'file_media_type', 'file_name', 'file_uploaded_by', 'file_uploaded_at'],
  'select id, campaign_id, kind, title, recorded_by, recorded_at, file_sha256, file_size, file_media_type, file_name, file_uploaded_by, file_uploaded_at from campaign_document',
);

/** A campaign's phases with their dates. */
export const CAMPAIGN_PHASE_ROWS = readRelation(
  'campaigns.campaign-phase',
  ['id', 'campaign_id', 'parent_id', 'key', 'name', 'description', 'starts_on', 'ends_on', 'sort_order'],
  'select id, campaign_id, parent_id, key, name, description, starts_on, ends_on, sort_order from campaign_phase',
);

/**
 * The content campaign documents keep in the evidence store, in the columns every module's stored
 * files share (`sha256`, `size`): what the backup copies and evidence:verify checks. Not a second
 * view of CAMPAIGN_DOCUMENT_ROWS for reading documents: only the rows holding a file, under the
 * stored-files contract's column names.
 */
export const CAMPAIGN_DOCUMENT_FILE_ROWS = readRelation(
  'campaigns.campaign-document-file',
  ['id', 'campaign_id', 'sha256', 'size'],
  'select id, campaign_id, file_sha256 as sha256, file_size as size from campaign_document where file_sha256 is not null',
);

/** The option a campaign chose in each elective group (选做). */
export const CAMPAIGN_ELECTIVE_CHOICE_ROWS = readRelation(
  'campaigns.elective-choice',
  ['id', 'campaign_id', 'group_id', 'option_id', 'chosen_by_id', 'chosen_by_name', 'chosen_at'],
  'select id, campaign_id, group_id, option_id, chosen_by_id, chosen_by_name, chosen_at from campaign_elective_choice',
);
