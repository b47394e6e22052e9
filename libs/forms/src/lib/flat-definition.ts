import type { AttachmentKind, ColumnField, FieldTie, FieldType, FormDefinition, FormField, FormSection, Presence, SignOffOpinion, TextFormat } from './types';

// A compiled definition as a typed GraphQL graph can carry it: every field one flat record with
// its `type` and the properties of every type, those of other types empty (null); roles as a
// list. The API sends this shape (FormDefinitionRecord.definition); the admin reads it back into
// the FormDefinition the renderer and the checks use. Both ways are lossless.

export interface FlatFieldTie {
  readonly requirement: string | null;
  readonly rule: string | null;
}

export interface FlatField {
  readonly key: string;
  readonly type: FieldType;
  readonly label: string;
  readonly help: string | null;
  readonly required: boolean;
  readonly ties: FlatFieldTie | null;
  /** text */
  readonly maxChars: number | null;
  readonly multiline: boolean | null;
  readonly format: TextFormat | null;
  /** number */
  readonly unit: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly integer: boolean | null;
  /** date */
  readonly precision: 'day' | 'month' | null;
  /** choice */
  readonly options: readonly { readonly key: string; readonly label: string }[] | null;
  readonly multiple: boolean | null;
  /** attachment */
  readonly accept: readonly AttachmentKind[] | null;
  readonly maxCount: number | null;
  /** table */
  readonly columns: readonly FlatColumn[] | null;
  readonly minRows: number | null;
  readonly maxRows: number | null;
  /** signOff */
  readonly role: string | null;
  readonly stages: readonly string[] | null;
  readonly opinion: {
    readonly label: string;
    readonly hint: string | null;
    readonly maxChars: number | null;
  } | null;
  readonly signer: Presence | null;
  readonly seal: Presence | null;
  readonly signatureLabel: string | null;
}

/** A table's column: a field that is never a table, so a reader need not ask for its columns. */
export type FlatColumn = Omit<FlatField, 'columns'>;

export interface FlatSection {
  readonly key: string;
  readonly label: string;
  readonly help: string | null;
  readonly maxChars: number | null;
  readonly fields: readonly FlatField[];
}

export interface FlatDefinition {
  readonly key: string;
  readonly version: number;
  readonly name: string;
  readonly description: string | null;
  readonly workflow: string | null;
  readonly roles: readonly { readonly key: string; readonly label: string }[];
  readonly filledBy: { readonly role: string; readonly stages: readonly string[] } | null;
  readonly sections: readonly FlatSection[];
  readonly file: string;
}

const EMPTY: Omit<FlatField, 'key' | 'type' | 'label' | 'help' | 'required' | 'ties'> = {
  maxChars: null,
  multiline: null,
  format: null,
  unit: null,
  min: null,
  max: null,
  integer: null,
  precision: null,
  options: null,
  multiple: null,
  accept: null,
  maxCount: null,
  columns: null,
  minRows: null,
  maxRows: null,
  role: null,
  stages: null,
  opinion: null,
  signer: null,
  seal: null,
  signatureLabel: null,
};

const or = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function toFlatDefinition(definition: FormDefinition): FlatDefinition {
  return {
    key: definition.key,
    version: definition.version,
    name: definition.name,
    description: or(definition.description),
    workflow: or(definition.workflow),
    roles: Object.entries(definition.roles).map(([key, label]) => ({ key, label })),
    filledBy: definition.filledBy ? { role: definition.filledBy.role, stages: [...definition.filledBy.stages] } : null,
    sections: definition.sections.map((section) => ({
      key: section.key,
      label: section.label,
      help: or(section.help),
      maxChars: or(section.maxChars),
      fields: section.fields.map(toFlatField),
    })),
    file: definition.file,
  };
}

export function toFlatField(field: FormField): FlatField {
  const base = {
    ...EMPTY,
    key: field.key,
    type: field.type,
    label: field.label,
    help: or(field.help),
    required: field.required,
    ties: flatTie(field.ties),
  };
  switch (field.type) {
    case 'text':
      return {
        ...base,
        maxChars: or(field.maxChars),
        multiline: field.multiline,
        format: or(field.format),
      };
    case 'number':
      return {
        ...base,
        unit: or(field.unit),
        min: or(field.min),
        max: or(field.max),
        integer: field.integer,
      };
    case 'date':
      return { ...base, precision: field.precision };
    case 'yesNo':
      return base;
    case 'choice':
      return {
        ...base,
        options: field.options.map((option) => ({ key: option.key, label: option.label })),
        multiple: field.multiple,
      };
    case 'attachment':
      return { ...base, accept: [...field.accept], maxCount: or(field.maxCount) };
    case 'table':
      return {
        ...base,
        columns: field.columns.map(toFlatField),
        minRows: or(field.minRows),
        maxRows: or(field.maxRows),
      };
    case 'signOff':
      return {
        ...base,
        role: field.role,
        stages: [...field.stages],
        opinion: field.opinion
          ? {
              label: field.opinion.label,
              hint: or(field.opinion.hint),
              maxChars: or(field.opinion.maxChars),
            }
          : null,
        signer: field.signer,
        seal: field.seal,
        signatureLabel: field.signatureLabel,
      };
  }
}

const flatTie = (tie: FieldTie | undefined): FlatFieldTie | null =>
  tie
    ? {
        requirement: 'requirement' in tie ? tie.requirement : null,
        rule: 'rule' in tie ? tie.rule : null,
      }
    : null;

/** Only the properties that are set, as the compiled definition leaves the others out. */
function given<T extends Record<string, unknown>>(record: T): Partial<{ [K in keyof T]: Exclude<T[K], null> }> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined)) as Partial<{ [K in keyof T]: Exclude<T[K], null> }>;
}

export function fromFlatDefinition(flat: FlatDefinition): FormDefinition {
  return {
    key: flat.key,
    version: flat.version,
    name: flat.name,
    ...given({ description: flat.description, workflow: flat.workflow }),
    roles: Object.fromEntries(flat.roles.map((role) => [role.key, role.label])),
    ...(flat.filledBy ? { filledBy: { role: flat.filledBy.role, stages: [...flat.filledBy.stages] } } : {}),
    sections: flat.sections.map((section): FormSection => ({
      key: section.key,
      label: section.label,
      ...given({ help: section.help, maxChars: section.maxChars }),
      fields: section.fields.map(fromFlatField),
    })),
    file: flat.file,
  };
}

export function fromFlatField(flat: FlatField | FlatColumn): FormField {
  const tie = flat.ties?.requirement ? { requirement: flat.ties.requirement } : flat.ties?.rule ? { rule: flat.ties.rule } : undefined;
  const base = {
    key: flat.key,
    label: flat.label,
    required: flat.required,
    ...given({ help: flat.help }),
    ...(tie ? { ties: tie } : {}),
  };
  switch (flat.type) {
    case 'text':
      return {
        ...base,
        type: 'text',
        multiline: flat.multiline ?? false,
        ...given({ maxChars: flat.maxChars, format: flat.format }),
      };
    case 'number':
      return {
        ...base,
        type: 'number',
        integer: flat.integer ?? false,
        ...given({ unit: flat.unit, min: flat.min, max: flat.max }),
      };
    case 'date':
      return { ...base, type: 'date', precision: flat.precision ?? 'day' };
    case 'yesNo':
      return { ...base, type: 'yesNo' };
    case 'choice':
      return {
        ...base,
        type: 'choice',
        options: (flat.options ?? []).map((option) => ({ key: option.key, label: option.label })),
        multiple: flat.multiple ?? false,
      };
    case 'attachment':
      return {
        ...base,
        type: 'attachment',
        accept: [...(flat.accept ?? [])],
        ...given({ maxCount: flat.maxCount }),
      };
    case 'table':
      return {
        ...base,
        type: 'table',
        columns: (('columns' in flat ? flat.columns : null) ?? []).map((column) => fromFlatField(column) as ColumnField),
        ...given({ minRows: flat.minRows, maxRows: flat.maxRows }),
      };
    case 'signOff':
      return {
        ...base,
        type: 'signOff',
        role: flat.role ?? '',
        stages: [...(flat.stages ?? [])],
        ...(flat.opinion ? { opinion: opinionOf(flat.opinion) } : {}),
        signer: flat.signer ?? 'none',
        seal: flat.seal ?? 'none',
        signatureLabel: flat.signatureLabel ?? '',
      };
  }
}

const opinionOf = (opinion: NonNullable<FlatField['opinion']>): SignOffOpinion => ({
  label: opinion.label,
  ...given({ hint: opinion.hint, maxChars: opinion.maxChars }),
});
