import { allFields } from './editable';
import type { AttachmentRef, FormDefinition, FormField, FormValues, SignOffValue, ValueProblem } from './types';

// A form's values as a typed list instead of one JSON object: one entry per filled field with its
// key and exactly one member, named after what the field holds. The API and the admin exchange
// this shape; the stored values, the checks and the renderer keep the keyed object (FormValues).

/** One field's value: `key` and exactly one member set, the one of the field's type. */
export interface FieldValue {
  readonly key: string;
  /** A text field. */
  readonly text?: string | null;
  /** A number field. */
  readonly number?: number | null;
  /** A yes/no field. */
  readonly flag?: boolean | null;
  /** A choice field: the chosen options' keys (one for a single choice). */
  readonly choices?: string[] | null;
  /** A date field of a day: YYYY-MM-DD. */
  readonly date?: string | null;
  /** A date field of a month (出生年月): YYYY-MM. */
  readonly month?: string | null;
  /** An attachment field. */
  readonly files?: AttachmentRef[] | null;
  /** A table: each row is the list of its filled cells. */
  readonly rows?: FieldValue[][] | null;
  /** A sign-off box. */
  readonly signOff?: SignOffFieldValue | null;
}

/** A sign-off box's parts; GraphQL gives the absent ones as null. */
export interface SignOffFieldValue {
  readonly opinion?: string | null;
  readonly signer?: string | null;
  readonly date?: string | null;
  readonly seal?: AttachmentRef | null;
}

export const FIELD_VALUE_MEMBERS = ['text', 'number', 'flag', 'choices', 'date', 'month', 'files', 'rows', 'signOff'] as const;
export type FieldValueMember = (typeof FIELD_VALUE_MEMBERS)[number];

const MEMBER_OF_TYPE: Readonly<Record<Exclude<FormField['type'], 'date'>, FieldValueMember>> = {
  text: 'text',
  number: 'number',
  yesNo: 'flag',
  choice: 'choices',
  attachment: 'files',
  table: 'rows',
  signOff: 'signOff',
};

/** The member that holds a field's value: by its type, and for a date by its precision. */
export function memberOf(field: FormField): FieldValueMember {
  if (field.type === 'date') return field.precision === 'month' ? 'month' : 'date';
  return MEMBER_OF_TYPE[field.type];
}

type FieldsByKey = ReadonlyMap<string, FormField>;

/**
 * The keyed values as the typed list, in the definition's order; empty values are left out.
 * A stored value that does not fit its field's type (or a key the definition no longer has) is
 * left out too: the list only carries what the form can show.
 */
export function toFieldValues(definition: FormDefinition, values: FormValues): FieldValue[] {
  return listOf(allFields(definition), values);
}

function listOf(fields: readonly FormField[], values: FormValues): FieldValue[] {
  const list: FieldValue[] = [];
  for (const field of fields) {
    const entry = toFieldValue(field, values[field.key]);
    if (entry) list.push(entry);
  }
  return list;
}

/** One field's stored value as a list entry; null when empty or not of the field's type. */
export function toFieldValue(field: FormField, value: unknown): FieldValue | null {
  if (value === undefined || value === null) return null;
  const key = field.key;
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? { key, text: value } : null;
    case 'date':
      if (typeof value !== 'string') return null;
      return field.precision === 'month' ? { key, month: value } : { key, date: value };
    case 'number':
      return typeof value === 'number' ? { key, number: value } : null;
    case 'yesNo':
      return typeof value === 'boolean' ? { key, flag: value } : null;
    case 'choice':
      if (typeof value === 'string') return { key, choices: [value] };
      return isStringList(value) ? { key, choices: [...value] } : null;
    case 'attachment':
      return Array.isArray(value) ? { key, files: value as AttachmentRef[] } : null;
    case 'signOff':
      return isRecord(value) ? { key, signOff: value as SignOffValue } : null;
    case 'table':
      return Array.isArray(value) ? { key, rows: value.map((row) => (isRecord(row) ? listOf(field.columns, row) : [])) } : null;
  }
}

export interface FromFieldValuesResult {
  readonly values: Record<string, unknown>;
  /** A key given twice, or an entry with no member or more than one set (WRONG_TYPE). */
  readonly problems: ValueProblem[];
}

/**
 * The typed list as keyed values. An entry must set exactly one member; a member that is not the
 * field's is passed on as it is, so that the value checks report it as the wrong type. A single
 * choice is kept as its one key (a list of several stays a list, and is refused by the checks).
 */
export function fromFieldValues(definition: FormDefinition, list: readonly FieldValue[]): FromFieldValuesResult {
  const problems: ValueProblem[] = [];
  const values = keyedOf(new Map(allFields(definition).map((field) => [field.key, field])), list, '', problems);
  return { values, problems };
}

function keyedOf(fields: FieldsByKey, list: readonly FieldValue[], prefix: string, problems: ValueProblem[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const entry of list) {
    const path = `${prefix}${entry.key}`;
    const field = fields.get(entry.key);
    const label = field ? `「${field.label}」` : `「${entry.key}」`;
    if (entry.key in values) {
      problems.push({ path, code: 'WRONG_TYPE', message: `${label}给出了两次，请只保留一项` });
      continue;
    }
    const set = FIELD_VALUE_MEMBERS.filter((member) => entry[member] !== undefined && entry[member] !== null);
    const [member] = set;
    if (set.length !== 1 || member === undefined) {
      const expected = field ? `（本栏为 ${memberOf(field)}）` : '';
      const found = set.length === 0 ? '一项也没有给出' : `给出了 ${set.join('、')} ${set.length} 项`;
      problems.push({
        path,
        code: 'WRONG_TYPE',
        message: `${label}的值须恰好给出一项${expected}，现在${found}；不填的栏目请不要列出`,
      });
      continue;
    }
    values[entry.key] = plainOf(field, member, entry, path, problems);
  }
  return values;
}

function plainOf(field: FormField | undefined, member: FieldValueMember, entry: FieldValue, path: string, problems: ValueProblem[]): unknown {
  switch (member) {
    case 'choices': {
      const choices = [...(entry.choices ?? [])];
      return field?.type === 'choice' && !field.multiple && choices.length === 1 ? choices[0] : choices;
    }
    case 'files':
      return (entry.files ?? []).map(fileRef);
    case 'signOff': {
      // Only the box's own parts: a client's extra keys (GraphQL's __typename) are not stored.
      const { opinion, signer, date, seal } = entry.signOff ?? {};
      return withoutEmpty({ opinion, signer, date, seal: seal ? fileRef(seal) : null });
    }
    case 'rows': {
      const columns: FieldsByKey = new Map(field?.type === 'table' ? field.columns.map((column) => [column.key, column]) : []);
      return (entry.rows ?? []).map((row, index) => keyedOf(columns, row, `${path}[${index}].`, problems));
    }
    default:
      return entry[member];
  }
}

const fileRef = (file: AttachmentRef): AttachmentRef => ({
  fileId: file.fileId,
  name: file.name,
  mediaType: file.mediaType,
});

/** A sign-off box keeps only the parts given (GraphQL sends the others as null). */
function withoutEmpty(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, part]) => part !== undefined && part !== null));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
