import {
  type FieldValue,
  type FormDefinition,
  type FormValues,
  fromFieldValues,
  toFieldValues,
} from '@accredit/forms';

// The suites write a form's values keyed by field (as the admin's renderer holds them); the API
// takes and gives them as a typed list (FormFieldValue). Converted with the same @accredit/forms
// functions the API and the admin use, from the compiled definition the API sends.

const CELL = 'key text number flag choices date month files { fileId name mediaType }';
/** The selection of one FormFieldValue, a table's rows included (cells are columns: no sign-off, no rows). */
export const FIELD_VALUE = `${CELL} signOff { opinion signer date seal { fileId name mediaType } } rows { ${CELL} }`;

/** Keyed values → the list SaveFormDraftInput.values takes. */
export const typed = (definition: unknown, values: FormValues): FieldValue[] =>
  toFieldValues(definition as FormDefinition, values);

/** FilledForm.values → keyed values. */
export const keyed = (definition: unknown, list: readonly FieldValue[]): FormValues =>
  fromFieldValues(definition as FormDefinition, list).values;
