import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123182453_initial } from './Migration20261123182453_initial';
import { Migration20261123183818_identity } from './Migration20261123183818_identity';
import { Migration20261123184634_workflows } from './Migration20261123184634_workflows';
import { Migration20261123185405_reminders } from './Migration20261123185405_reminders';
import { Migration20261123185455_evidence } from './Migration20261123185455_evidence';
import { Migration20261123191141_scores } from './Migration20261123191141_scores';
import { Migration20261204204310_login_throttle } from './Migration20261204204310_login_throttle';
import { Migration20261204211020_audit } from './Migration20261204211020_audit';
import { Migration20261204214658_organisation_tree } from './Migration20261204214658_organisation_tree';
import { Migration20261204215000_content_intents } from './Migration20261204215000_content_intents';
import { Migration20261204220107_definition_owners } from './Migration20261204220107_definition_owners';
import { Migration20261204222322_department_kinds } from './Migration20261204222322_department_kinds';
import { Migration20261205002000_general_indicator_model } from './Migration20261205002000_general_indicator_model';
import { Migration20261205003000_read_path_indexes } from './Migration20261205003000_read_path_indexes';
import { Migration20261205010000_live_changes } from './Migration20261205010000_live_changes';
import { Migration20261205013000_notification_reads } from './Migration20261205013000_notification_reads';
import { Migration20261205014000_must_change_password } from './Migration20261205014000_must_change_password';
import { Migration20261205020000_campaign_document_files } from './Migration20261205020000_campaign_document_files';
import { Migration20261205020100_campaign_roles } from './Migration20261205020100_campaign_roles';
import { Migration20261206010000_campaign_participants } from './Migration20261206010000_campaign_participants';
import { Migration20261205020000_campaign_designer } from './Migration20261205020000_campaign_designer';

/** Every committed migration, oldest first. Add new ones here (db:migration:create prints the name). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123182453_initial', class: Migration20261123182453_initial },
  { name: 'Migration20261123183818_identity', class: Migration20261123183818_identity },
  { name: 'Migration20261123184634_workflows', class: Migration20261123184634_workflows },
  { name: 'Migration20261123185405_reminders', class: Migration20261123185405_reminders },
  { name: 'Migration20261123185455_evidence', class: Migration20261123185455_evidence },
  { name: 'Migration20261123191141_scores', class: Migration20261123191141_scores },
  { name: 'Migration20261204204310_login_throttle', class: Migration20261204204310_login_throttle },
  { name: 'Migration20261204211020_audit', class: Migration20261204211020_audit },
  { name: 'Migration20261204214658_organisation_tree', class: Migration20261204214658_organisation_tree },
  { name: 'Migration20261204215000_content_intents', class: Migration20261204215000_content_intents },
  { name: 'Migration20261204220107_definition_owners', class: Migration20261204220107_definition_owners },
  { name: 'Migration20261204222322_department_kinds', class: Migration20261204222322_department_kinds },
  { name: 'Migration20261205002000_general_indicator_model', class: Migration20261205002000_general_indicator_model },
  { name: 'Migration20261205003000_read_path_indexes', class: Migration20261205003000_read_path_indexes },
  { name: 'Migration20261205010000_live_changes', class: Migration20261205010000_live_changes },
  { name: 'Migration20261205013000_notification_reads', class: Migration20261205013000_notification_reads },
  { name: 'Migration20261205014000_must_change_password', class: Migration20261205014000_must_change_password },
  { name: 'Migration20261205020000_campaign_designer', class: Migration20261205020000_campaign_designer },
  { name: 'Migration20261205020000_campaign_document_files', class: Migration20261205020000_campaign_document_files },
  { name: 'Migration20261205020100_campaign_roles', class: Migration20261205020100_campaign_roles },
  { name: 'Migration20261206010000_campaign_participants', class: Migration20261206010000_campaign_participants },
];
