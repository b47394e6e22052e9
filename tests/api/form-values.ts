import { type FieldValue, type FormDefinition, type FormValues, fromFieldValues, toFieldValues } from '@accredit/forms';

// The suites write a form's values keyed by field (as the admin's renderer holds them); the API
// takes and gives them as a typed list (FormFieldValue). Converted with the same @accredit/forms
// functions the API and the admin use, from the compiled definition the API sends.

const CELL = 'key text number flag choices date month files { fileId name mediaType }';
/** The selection of one FormFieldValue, a table's rows included (cells are columns: no sign-off, no rows). */
export const FIELD_VALUE = `${CELL} signOff { opinion signer date seal { fileId name mediaType } } rows { ${CELL} }`;

/** Keyed values → the list SaveFormDraftInput.values takes. */
export const typed = (definition: unknown, values: FormValues): FieldValue[] => toFieldValues(definition as FormDefinition, values);

/** FilledForm.values → keyed values. */
export const keyed = (definition: unknown, list: readonly FieldValue[]): FormValues => fromFieldValues(definition as FormDefinition, list).values;

/** What a county writes in the 申报表 of either national batch (first-batch-application, second-batch-application). */
export const COUNTY_APPLICATION_COMMON: FormValues = {
  province: '四川省',
  city: '成都市',
  county: '测试县',
  unit: '测试县人民政府',
  address: '四川省成都市测试县政府路1号',
  postcode: '610000',
  head: '王县长',
  email: 'kx@example.cn',
  contact: '李联络',
  contact_phone: '028-12345678',
  staffing: 12,
  chair_in_congress: true,
  leader_briefings: 4,
  per_capita_funding: 2.5,
  policy_documents: '《测试县全民科学素质行动实施方案》',
  facilities: [
    { name: '科技馆', quantity: 1 },
    { name: '科普画廊', quantity: 12 },
  ],
  rural_associations: 8,
  association_federations: 1,
};

/** A county's first-batch 申报表 as the suites fill it (the first batch asks for volunteer teams), in the form's order. */
export const COUNTY_APPLICATION: FormValues = { ...COUNTY_APPLICATION_COMMON, volunteer_teams: 20, registered_volunteers: 1500, online_channels: '微信公众号、抖音号' };
