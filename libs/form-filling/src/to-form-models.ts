import { toFieldValues, toFlatDefinition, type FormDefinition } from '@accredit/forms';
import type { StoredFormDefinition } from './entities/form-definition.entity';
import type { FilledFormEdit } from './entities/filled-form-edit.entity';
import type { FilledFormView } from './filled-form-view';
import type { FormFieldValueModel } from './form-field-value.model';
import { FilledFormModel, FormDefinitionRecordModel, FormEditModel, FormProblemModel } from './form-filling.model';

export function toFormDefinitionModel(record: StoredFormDefinition): FormDefinitionRecordModel {
  return Object.assign(new FormDefinitionRecordModel(), {
    id: record.id,
    key: record.key,
    version: record.version,
    name: record.name,
    description: record.description ?? null,
    // Stored as compiled by @accredit/forms when it was uploaded (form-definitions.service.ts).
    definition: toFlatDefinition(record.compiled as unknown as FormDefinition),
    ownerOrganisationId: record.owner?.id ?? null,
    shareWithDescendants: record.shareWithDescendants,
    createdAt: record.createdAt,
  });
}

export function toFilledFormModel(view: FilledFormView): FilledFormModel {
  return Object.assign(new FilledFormModel(), {
    id: view.id,
    campaignId: view.campaignId,
    organisationId: view.organisationId,
    definitionId: view.record.id,
    // The typed list; the plain field values are the same shape as FormFieldValueModel.
    values: toFieldValues(view.definition, view.values) as FormFieldValueModel[],
    status: view.status,
    version: view.version,
    stage: view.stage,
    stageLabel: view.stageLabel,
    viewerRole: view.viewerRole,
    editableFields: view.editableFields,
    canSubmit: view.canSubmit,
    problems: view.problems.map((problem) => Object.assign(new FormProblemModel(), problem)),
    updatedAt: view.updatedAt,
    updatedByName: view.updatedByName,
    submittedAt: view.submittedAt,
  });
}

export const toFormEditModel = (edit: FilledFormEdit): FormEditModel => Object.assign(new FormEditModel(), { at: edit.at, byName: edit.byName, action: edit.action, fields: edit.fields });
