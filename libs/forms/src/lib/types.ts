// Public types: a form definition as loaded from YAML, the values a filled form holds, and the
// problems found in either. Everything is plain JSON, safe to cache, store or send to a browser.

import type { DefinitionParseResult, DefinitionsLoadResult, LocatedError } from '@accredit/yaml-definitions';

export type { PathSegment } from '@accredit/yaml-definitions';

/** A field that stands for evidence of a requirement, or feeds a scoring rule, of the indicator system. */
export type FieldTie = { readonly requirement: string } | { readonly rule: string };

/** How much of a signature part a sign-off box asks for. */
export type Presence = 'required' | 'optional' | 'none';

/** Kinds of file an attachment field accepts (the evidence storage decides the real type from the bytes). */
export type AttachmentKind = 'image' | 'pdf' | 'document' | 'spreadsheet' | 'presentation' | 'video';

/** Formats a one-line text may be held to. */
export type TextFormat = 'postcode' | 'phone' | 'email';

interface FieldBase {
  readonly key: string;
  readonly label: string;
  readonly help?: string;
  readonly required: boolean;
  readonly ties?: FieldTie;
}

export interface TextField extends FieldBase {
  readonly type: 'text';
  /** Counted by `countChars`, the way Word counts 字数. */
  readonly maxChars?: number;
  readonly multiline: boolean;
  readonly format?: TextFormat;
}

export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly integer: boolean;
}

export interface DateField extends FieldBase {
  readonly type: 'date';
  /** `day`: YYYY-MM-DD; `month`: YYYY-MM (出生年月). */
  readonly precision: 'day' | 'month';
}

export interface YesNoField extends FieldBase {
  readonly type: 'yesNo';
}

export interface ChoiceOption {
  readonly key: string;
  readonly label: string;
}

export interface ChoiceField extends FieldBase {
  readonly type: 'choice';
  readonly options: readonly ChoiceOption[];
  readonly multiple: boolean;
}

export interface AttachmentField extends FieldBase {
  readonly type: 'attachment';
  /** Empty: any kind the evidence storage takes. */
  readonly accept: readonly AttachmentKind[];
  readonly maxCount?: number;
}

export type ColumnField = TextField | NumberField | DateField | YesNoField | ChoiceField | AttachmentField;

export interface TableField extends FieldBase {
  readonly type: 'table';
  readonly columns: readonly ColumnField[];
  readonly minRows?: number;
  readonly maxRows?: number;
}

export interface SignOffOpinion {
  readonly label: string;
  /** The printed instruction inside the box, e.g. （评价申报单位的示范性及综合科普能力…）. */
  readonly hint?: string;
  readonly maxChars?: number;
}

/** A box signed by one role at given workflow stages: an opinion, who signed, when, and a seal or signature image. */
export interface SignOffField extends FieldBase {
  readonly type: 'signOff';
  readonly role: string;
  /** Workflow state keys (of the definition's `workflow`) during which the box may be written. */
  readonly stages: readonly string[];
  /** Absent: the box is a bare signature (申报单位签字（盖章）). */
  readonly opinion?: SignOffOpinion;
  readonly signer: Presence;
  readonly seal: Presence;
  /** As printed in the box: 签字（盖章）, 盖章, 签字. */
  readonly signatureLabel: string;
}

export type FormField = ColumnField | TableField | SignOffField;

/** Every field type, in the order the documentation lists them. */
export const FIELD_TYPES = ['text', 'number', 'date', 'yesNo', 'choice', 'attachment', 'table', 'signOff'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FormSection {
  readonly key: string;
  readonly label: string;
  readonly help?: string;
  /** A limit on all text fields of the section together (全文不超过3000字). */
  readonly maxChars?: number;
  readonly fields: readonly FormField[];
}

export interface FilledBy {
  readonly role: string;
  /** Empty: any stage. */
  readonly stages: readonly string[];
}

export interface FormDefinition {
  readonly key: string;
  readonly version: number;
  readonly name: string;
  readonly description?: string;
  /** Key of the workflow whose states the `stage` entries name. */
  readonly workflow?: string;
  /** Role key → Chinese label (申报单位, 省级科协…); the caller maps its actors onto these. */
  readonly roles: Readonly<Record<string, string>>;
  /** Who writes the ordinary fields, and when; absent: anyone who may open the form. */
  readonly filledBy?: FilledBy;
  readonly sections: readonly FormSection[];
  readonly file: string;
}

export const DEFINITION_ERROR_CODES = [
  'YAML_SYNTAX',
  'SCHEMA_VIOLATION',
  'DUPLICATE_FIELD_KEY',
  'DUPLICATE_SECTION_KEY',
  'DUPLICATE_OPTION',
  'INVALID_RANGE',
  'UNKNOWN_ROLE',
  'UNKNOWN_STAGE',
  'DUPLICATE_DEFINITION',
  'FILE_UNREADABLE',
] as const;
export type DefinitionErrorCode = (typeof DEFINITION_ERROR_CODES)[number];

/** A problem of a form definition at file:line:column; `path` e.g. `sections[0].fields[3].maxChars`. */
export type DefinitionError = LocatedError<DefinitionErrorCode>;

export type ParseResult = DefinitionParseResult<FormDefinition, DefinitionErrorCode>;

export type DirectoryLoadResult = DefinitionsLoadResult<FormDefinition, DefinitionErrorCode>;

// ——— values ———

/** A file kept by the evidence storage, referred to from a form. */
export interface AttachmentRef {
  readonly fileId: string;
  readonly name: string;
  readonly mediaType: string;
}

export interface SignOffValue {
  readonly opinion?: string;
  readonly signer?: string;
  /** YYYY-MM-DD */
  readonly date?: string;
  readonly seal?: AttachmentRef;
}

/** Field key → value: string (text, date, single choice), number, boolean (yesNo), string[] (multiple choice),
 *  AttachmentRef[] (attachment), row objects (table), SignOffValue (signOff). */
export type FormValues = Readonly<Record<string, unknown>>;

export const VALUE_PROBLEM_CODES = [
  'REQUIRED',
  'WRONG_TYPE',
  'TOO_LONG',
  'SECTION_TOO_LONG',
  'BAD_FORMAT',
  'NOT_INTEGER',
  'BELOW_MIN',
  'ABOVE_MAX',
  'INVALID_DATE',
  'UNKNOWN_OPTION',
  'TOO_FEW_ROWS',
  'TOO_MANY_ROWS',
  'TOO_MANY_FILES',
  'FILE_KIND_NOT_ACCEPTED',
  'UNKNOWN_FIELD',
  'NOT_EDITABLE',
] as const;
export type ValueProblemCode = (typeof VALUE_PROBLEM_CODES)[number];

export interface ValueProblem {
  /** `unit`, `facilities[1].name`, `province_opinion.signer`; a section limit uses the section key. */
  readonly path: string;
  readonly code: ValueProblemCode;
  /** Chinese, says what to do: 「工作总结」合计最多 3000 字，现有 3012 字，请删减 12 字 */
  readonly message: string;
}

/** Who is looking at the form, and in which workflow state. Absent parts are not checked. */
export interface FillContext {
  readonly role?: string;
  readonly stage?: string;
}

export interface ValidateOptions extends FillContext {
  /** The values before this edit: only fields that changed are held to who may write them. */
  readonly previous?: FormValues;
  /** A draft may leave required fields empty; everything written is still checked. */
  readonly draft?: boolean;
  /** Workflow state key → label, for messages (the workflow engine's `stateLabels`). */
  readonly stageLabels?: Readonly<Record<string, string>>;
}
