export * from './entities/form-definition.entity';
export * from './entities/campaign-form.entity';
export * from './entities/filled-form.entity';
export * from './entities/filled-form-edit.entity';
export * from './entities/form-file.entity';
export * from './form-roles';
export * from './form-stage';
export * from './form-definitions.service';
export * from './campaign-forms.service';
export * from './form-filling.module';
export * from './submitted-form-facts';

import { CampaignForm } from './entities/campaign-form.entity';
import { FilledFormEdit } from './entities/filled-form-edit.entity';
import { FilledForm } from './entities/filled-form.entity';
import { StoredFormDefinition } from './entities/form-definition.entity';
import { FormFile } from './entities/form-file.entity';
export const FORM_FILLING_ENTITIES = [StoredFormDefinition, CampaignForm, FilledForm, FilledFormEdit, FormFile];
