import { countChars, validateFormValues, type AttachmentKind, type FormDefinition, type FormSection, type FormValues, type ValueProblem } from '@accredit/forms/browser';
import { tr, trDate } from '../../../plugins/i18n';

// The renderer's pure parts: which problems belong under which box, the 字数 shown beside a text,
// immutable updates of the values, and how a stored value reads when it cannot be changed.

export interface CheckContext {
  /** Check as the 提交 will (required fields too); otherwise as a draft: only what is written. */
  complete?: boolean;
  role?: string | null;
  stage?: string | null;
  stageLabels?: Readonly<Record<string, string>>;
}

/**
 * The problems of the values as they stand, with the library the API uses. Fields the viewer may
 * not write are disabled, so their stored content is not held against them (`previous` is the
 * same values: nothing "changed" that was not theirs).
 */
export function liveProblems(definition: FormDefinition, values: FormValues, context: CheckContext = {}): ValueProblem[] {
  return validateFormValues(definition, values, {
    draft: !context.complete,
    role: context.role ?? undefined,
    stage: context.stage ?? undefined,
    stageLabels: context.stageLabels,
    previous: values,
  });
}

/** Problems of both lists, each once (the API's answer repeats what the browser found). */
export function mergeProblems(...lists: ReadonlyArray<readonly ValueProblem[]>): ValueProblem[] {
  const seen = new Set<string>();
  const out: ValueProblem[] = [];
  for (const problem of lists.flat()) {
    const id = `${problem.path}\u0000${problem.code}\u0000${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(problem);
  }
  return out;
}

/** The problems about exactly this box (`unit`, `facilities[1].name`, `province_opinion.signer`). */
export function problemsAt(problems: readonly ValueProblem[], path: string): ValueProblem[] {
  return problems.filter((p) => p.path === path);
}

/** The problems of a list of files: the list itself and each file in it (`materials[2]`). */
export function problemsOfFiles(problems: readonly ValueProblem[], path: string): ValueProblem[] {
  return problems.filter((p) => p.path === path || (p.path.startsWith(`${path}[`) && /^\[\d+\]$/.test(p.path.slice(path.length))));
}

/** The top-level field key a problem path starts with: `facilities[1].name` → `facilities`. */
export function topKeyOf(path: string): string {
  return path.split(/[.[]/, 1)[0] ?? path;
}

/** 已写 123 / 500 字 (or 已写 123 字 when there is no limit). */
export function charCountText(count: number, max?: number): string {
  return max === undefined ? tr('forms.field.chars', { n: count }) : tr('forms.field.charsOf', { n: count, max });
}

export function textCount(value: unknown): number {
  return typeof value === 'string' ? countChars(value) : 0;
}

/** All text fields of a section together, as its 全文不超过 N 字 limit counts them. */
export function sectionCharCount(section: FormSection, values: FormValues): number {
  return section.fields.reduce((sum, field) => sum + (field.type === 'text' ? textCount(values[field.key]) : 0), 0);
}

/** A copy of `values` with `key` set; an emptied value is dropped, as a never-written one. */
export function withValue<T extends Readonly<Record<string, unknown>>>(values: T, key: string, value: unknown): T {
  const next: Record<string, unknown> = { ...values };
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next as T;
}

/**
 * What a number box holds: a number when the text is one, else the text itself so that the check
 * says 应填写数字 under it (nothing typed is silently dropped); empty → nothing.
 */
export function numberFromInput(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/，/g, ',');
  if (trimmed === '') return undefined;
  const plain = trimmed.replace(/,/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : trimmed;
}

/** '2025-01-16' → 2025年1月16日 (Jan 16, 2025); '1985-06' → 1985年6月 (June 1985); anything else as it is. */
export function formatFormDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  // Noon UTC read in UTC: the calendar day written, whatever the browser's time zone.
  return trDate(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1), 12), d ? 'day' : 'month');
}

/** What a file picker offers for the kinds an attachment field accepts (empty: everything the storage takes). */
const ACCEPT_BY_KIND: Readonly<Record<AttachmentKind, string>> = {
  image: 'image/*,.jpg,.jpeg,.png,.webp,.heic',
  pdf: '.pdf,application/pdf',
  document: '.doc,.docx,.wps,.ofd',
  spreadsheet: '.xls,.xlsx,.et',
  presentation: '.ppt,.pptx,.dps',
  video: 'video/*,.mp4',
};

export function acceptAttribute(kinds: readonly AttachmentKind[]): string {
  const list = kinds.length > 0 ? kinds : (Object.keys(ACCEPT_BY_KIND) as AttachmentKind[]);
  return list.map((kind) => ACCEPT_BY_KIND[kind]).join(',');
}

/** Where a stored form file is read (only by those who may read the form). */
export function formFileUrl(fileId: string): string {
  return `/api/forms/files/${encodeURIComponent(fileId)}`;
}
