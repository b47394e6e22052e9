import { CAMPAIGN_ENTITIES } from '@accredit/campaigns';
import { IDENTITY_ENTITIES } from '@accredit/identity';
import { NOTIFICATION_ENTITIES } from '@accredit/notifications';
import { WORKFLOW_ENTITIES } from '@accredit/workflow-runtime';
import { REMINDER_ENTITIES } from '@accredit/reminders';
import { INDICATOR_SYSTEM_ENTITIES } from '@accredit/indicator-systems';
import { ORGANISATION_ENTITIES } from '@accredit/organisations';
import { TASK_ENTITIES } from '@accredit/tasks';
import { EVIDENCE_ENTITIES } from '@accredit/evidence';
import { SCORE_ENTITIES } from '@accredit/scores';
import { AUDIT_ENTITIES } from '@accredit/audit';
import { CAMPAIGN_SETUP_ENTITIES } from '@accredit/campaign-setup';
import { FORM_FILLING_ENTITIES } from '@accredit/form-filling';

/** Every entity of every feature module: for the ORM, migrations and the CLI. */
export const ENTITIES = [
  ...ORGANISATION_ENTITIES,
  ...INDICATOR_SYSTEM_ENTITIES,
  ...CAMPAIGN_ENTITIES,
  ...TASK_ENTITIES,
  ...EVIDENCE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...WORKFLOW_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...REMINDER_ENTITIES,
  ...SCORE_ENTITIES,
  ...AUDIT_ENTITIES,
  ...CAMPAIGN_SETUP_ENTITIES,
  ...FORM_FILLING_ENTITIES,
];
