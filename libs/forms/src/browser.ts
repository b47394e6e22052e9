// Everything of @accredit/forms that runs in a browser (no file system): parsing a definition from
// text, checking values as the user types, who may write which box, the character count.
export * from './lib/types';
export { parseFormDefinition, formatDefinitionError } from './lib/parser';
export type { ParseOptions } from './lib/parser';
export { validateFormValues, isEmpty, sameValue, changedFields } from './lib/values';
export { editableFields, isEditable, allFields } from './lib/editable';
export { countChars } from './lib/chars';
export { attachmentKindOf, ATTACHMENT_KIND_LABELS, SEAL_IMAGE_TYPES } from './lib/attachment-kinds';
export { fieldTies } from './lib/ties';
export type { TiedField } from './lib/ties';
export { DEFINITION_SCHEMA } from './lib/schema';
export { toFieldValues, toFieldValue, fromFieldValues, FIELD_VALUE_MEMBERS, memberOf } from './lib/field-values';
export type { FieldValue, FieldValueMember, FromFieldValuesResult, SignOffFieldValue } from './lib/field-values';
export { toFlatDefinition, toFlatField, fromFlatDefinition, fromFlatField } from './lib/flat-definition';
export type { FlatColumn, FlatDefinition, FlatField, FlatFieldTie, FlatSection } from './lib/flat-definition';
