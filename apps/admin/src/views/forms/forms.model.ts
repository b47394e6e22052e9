import type { FieldValue, FlatDefinition, FormDefinition, FormValues, ValueProblem } from '@accredit/forms/browser';
import { isEmpty, allFields, fromFieldValues, fromFlatDefinition, toFieldValues } from '@accredit/forms/browser';
import type { ApolloError } from '@apollo/client/core';
import type { FormDefinitionFieldsFragment } from '../../graphql/generated/graphql';
import { tr, type MessageKey } from '../../plugins/i18n';

// The forms pages' pure parts: labels of statuses and history actions, which fields differ
// between two versions of the values, the problems a refused save or 提交 carries, and the copy
// of unsaved values kept in the browser so that nothing typed is lost (a conflict, a closed tab).

export type FilledStatus = 'DRAFT' | 'SUBMITTED';
export type EditAction = 'SAVE' | 'SUBMIT' | 'SIGN_OFF' | 'REOPEN';

/** 未填写 until the first save; then 草稿 or 已提交. */
export function statusLabel(status: FilledStatus, saved: boolean): string {
  if (!saved) return tr('forms.state.empty');
  return tr(status === 'SUBMITTED' ? 'forms.state.submitted' : 'forms.state.draft');
}

export function statusTagType(status: FilledStatus, saved: boolean): 'info' | 'warning' | 'success' {
  if (!saved) return 'info';
  return status === 'SUBMITTED' ? 'success' : 'warning';
}

/** Keys of the labels of a form's history entries. */
export const ACTION_LABELS: Readonly<Record<EditAction, MessageKey>> = {
  SAVE: 'forms.action.SAVE',
  SUBMIT: 'forms.action.SUBMIT',
  SIGN_OFF: 'forms.action.SIGN_OFF',
  REOPEN: 'forms.action.REOPEN',
};

/**
 * The compiled definition, rebuilt from the typed graph the API sends (FormDefinitionFields):
 * the one place the admin reads a definition. The generated type is checked against the
 * library's FlatDefinition here, so a property the fragment leaves out fails the type check.
 */
export function definitionOf(answer: FormDefinitionFieldsFragment | null | undefined): FormDefinition | null {
  if (!answer) return null;
  const flat: FlatDefinition = answer;
  return fromFlatDefinition(flat);
}

/**
 * The API's typed list (FormFieldValue) as the renderer's keyed values. The API sent what it
 * stored, so nothing is refused here; without a definition there is nothing to show.
 */
export function valuesOf(definition: FormDefinition | null, list: readonly FieldValue[]): FormValues {
  return definition ? fromFieldValues(definition, list).values : {};
}

/** The renderer's keyed values as the typed list the API takes (FormFieldValueInput); empty fields are left out. */
export function fieldValuesOf(definition: FormDefinition, values: FormValues): FieldValue[] {
  return toFieldValues(definition, values);
}

/** Field keys → their printed labels, for the history (「申报单位」「科普基础设施情况」). */
export function fieldLabels(definition: FormDefinition | null, keys: readonly string[]): string[] {
  const labels = new Map(definition ? allFields(definition).map((f) => [f.key, f.label] as const) : []);
  return keys.map((key) => labels.get(key) ?? key);
}

/** Top-level keys whose values differ (an emptied field counts as changed): as the API decides it. */
export { changedFields as changedKeys } from '@accredit/forms/browser';

/** `values` with the given fields taken from `from` (a field empty there is removed). */
export function withFields(values: FormValues, from: FormValues, keys: readonly string[]): FormValues {
  const next: Record<string, unknown> = { ...values };
  for (const key of keys) {
    if (isEmpty(from[key])) delete next[key];
    else next[key] = from[key];
  }
  return next;
}

/** The problems the API listed with a VALIDATION refusal (`extensions.details.problems`). */
export function problemsOf(error: Pick<ApolloError, 'graphQLErrors'> | null | undefined): ValueProblem[] {
  const out: ValueProblem[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    const details = (e.extensions?.['details'] ?? null) as { problems?: unknown } | null;
    const problems = Array.isArray(details?.problems) ? details.problems : [];
    for (const p of problems as Array<Partial<ValueProblem>>) {
      if (typeof p?.path === 'string' && typeof p.message === 'string') out.push({ path: p.path, code: (p.code ?? 'REQUIRED') as ValueProblem['code'], message: p.message });
    }
  }
  return out;
}

/** 14:05, for 已自动保存 14:05. */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

// ——— the copy kept in the browser ———

/** Values not yet saved, with the version (and values) they were based on. */
export interface LocalCopy {
  values: FormValues;
  baseVersion: number;
  baseValues: FormValues;
  at: string;
}

export interface CopyStore {
  read(key: string): LocalCopy | null;
  write(key: string, copy: LocalCopy): void;
  remove(key: string): void;
}

/** One copy per form and organisation in localStorage; a full or blocked storage only loses the copy. */
export const browserCopyStore: CopyStore = {
  read(key) {
    try {
      const text = globalThis.localStorage?.getItem(key);
      if (!text) return null;
      const copy = JSON.parse(text) as LocalCopy;
      return copy && typeof copy === 'object' && typeof copy.baseVersion === 'number' ? copy : null;
    } catch {
      return null;
    }
  },
  write(key, copy) {
    try {
      globalThis.localStorage?.setItem(key, JSON.stringify(copy));
    } catch {
      // Storage full or refused (private mode): the autosave still runs.
    }
  },
  remove(key) {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // nothing kept
    }
  },
};

export function copyKey(campaignId: string, organisationId: string | null, definitionId: string): string {
  return `accredit.form-draft:${campaignId}:${organisationId ?? 'own'}:${definitionId}`;
}
