// Forms as data: YAML form definitions (forms/) → validated, compiled definitions; checks of the
// values a filled form holds; who may write which box. No framework imports; storage, rendering
// and export belong to the caller.
export * from './lib/types';
export { parseFormDefinition, formatDefinitionError } from './lib/parser';
export type { ParseOptions } from './lib/parser';
export { loadFormFile, loadFormDirectory } from './lib/loader';
export type { LoadOptions } from './lib/loader';
export { validateFormValues, isEmpty } from './lib/values';
export { editableFields, isEditable, allFields } from './lib/editable';
export { countChars } from './lib/chars';
export { attachmentKindOf, ATTACHMENT_KIND_LABELS } from './lib/attachment-kinds';
export { fieldTies } from './lib/ties';
export type { TiedField } from './lib/ties';
export { DEFINITION_SCHEMA } from './lib/schema';
