import type { FormDefinition, ValueProblem } from '@accredit/forms';
import type { StoredFormDefinition } from './entities/form-definition.entity';
import type { FilledFormStatus } from './entities/filled-form.entity';

/** A filled form as one viewer sees it: its values and what they may do with it now. */
export interface FilledFormView {
  id: string | null;
  campaignId: string;
  organisationId: string;
  record: StoredFormDefinition;
  definition: FormDefinition;
  values: Record<string, unknown>;
  status: FilledFormStatus;
  version: number;
  stage: string | null;
  stageLabel: string | null;
  viewerRole: string | null;
  editableFields: string[];
  canSubmit: boolean;
  problems: ValueProblem[];
  updatedAt: Date | null;
  updatedByName: string | null;
  submittedAt: Date | null;
}
