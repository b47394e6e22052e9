import { sameValue, type FormValues, type ValueProblem } from '@accredit/forms/browser';
import { getCurrentScope, onScopeDispose, reactive, readonly } from 'vue';
import { apiErrorMessage, asApolloError, hasApiErrorCode } from '../../../composables/api-error-message';
import { tr } from '../../../plugins/i18n';
import { browserCopyStore, changedKeys, problemsOf, withFields, type CopyStore } from '../forms.model';

// The values being filled in, saved by themselves ~1.5 s after the last keystroke with the version
// they were read at. Until a save succeeds they are also kept in the browser (localStorage), so a
// closed tab, a lost connection or someone else's save never loses what was typed:
// - CONFLICT (someone saved since): autosave stops; the user reloads the latest values and gets
//   their own changes back as a list of fields to take over (all, one by one, or drop);
// - VALIDATION: the problems are shown under their fields; the next edit saves again;
// - a network failure: tried again on the next edit, or after a while.

export interface SavedForm {
  values: FormValues;
  version: number;
}

export type DraftStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'invalid' | 'failed' | 'conflict';

export interface FormDraftOptions {
  storageKey: string;
  /** Saves the whole values; rejects with the API's error. Absent: nothing is saved by itself (a reviewer signs instead). */
  save?: (values: FormValues, expectedVersion: number) => Promise<SavedForm>;
  delayMs?: number;
  retryMs?: number;
  store?: CopyStore;
  now?: () => Date;
}

export interface FormDraftState {
  values: FormValues;
  /** The version the values are based on (0 before the first save). */
  version: number;
  /** The values as the API last had them. */
  baseValues: FormValues;
  status: DraftStatus;
  savedAt: Date | null;
  message: string;
  problems: ValueProblem[];
  /** After a conflict was resolved by reloading: the user's own values, and the fields they had changed. */
  kept: { values: FormValues; keys: string[] } | null;
  /** Unsaved values found in the browser when the form was opened, and put back. */
  restored: boolean;
}

export function useFormDraft(options: FormDraftOptions) {
  const store = options.store ?? browserCopyStore;
  const delay = options.delayMs ?? 1500;
  const retry = options.retryMs ?? 15_000;
  const now = options.now ?? (() => new Date());
  const state = reactive<FormDraftState>({ values: {}, version: 0, baseValues: {}, status: 'idle', savedAt: null, message: '', problems: [], kept: null, restored: false });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;

  const keepCopy = (): void => store.write(options.storageKey, { values: state.values, baseVersion: state.version, baseValues: state.baseValues, at: now().toISOString() });
  const dropCopy = (): void => store.remove(options.storageKey);
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (ms: number): void => {
    cancel();
    if (options.save) timer = setTimeout(() => void flush(), ms);
  };

  /**
   * The form as the API has it (first load, a reload after a conflict, the answer of 提交 or 签署).
   * Unsaved values kept in the browser are put back when they were based on this version; based on
   * an older one, they are offered field by field (someone else saved meanwhile).
   */
  function load(saved: SavedForm): void {
    cancel();
    const mine = state.status === 'conflict' ? { values: state.values, base: state.baseValues } : null;
    state.values = saved.values;
    state.baseValues = saved.values;
    state.version = saved.version;
    state.problems = [];
    state.message = '';
    state.status = 'idle';
    const copy = mine ? null : store.read(options.storageKey);
    const pending = mine ?? (copy ? { values: copy.values, base: copy.baseValues } : null);
    if (!pending || sameValue(pending.values, saved.values)) {
      if (copy) dropCopy();
      return;
    }
    if (!mine && copy && copy.baseVersion === saved.version) {
      state.values = copy.values;
      state.restored = true;
      state.status = 'dirty';
      schedule(delay);
      return;
    }
    const keys = changedKeys(pending.base, pending.values).filter((key) => !sameValue(pending.values[key], saved.values[key]));
    state.kept = keys.length ? { values: pending.values, keys } : null;
    // The copy stays as it was (based on the older version) until the user takes or drops it.
    if (!state.kept) dropCopy();
  }

  /** The user changed the values: keep them here at once, save them shortly. */
  function edit(values: FormValues): void {
    state.values = values;
    keepCopy();
    if (state.status === 'conflict') return;
    state.status = 'dirty';
    schedule(delay);
  }

  /** Saves now what is not saved yet (before 提交, when leaving); resolves when the values are saved or refused. */
  async function flush(): Promise<void> {
    cancel();
    if (running) await running;
    if (!options.save || state.status === 'conflict' || state.status === 'idle' || state.status === 'saved') return;
    if (sameValue(state.values, state.baseValues) && state.version > 0) {
      state.status = 'saved';
      dropCopy();
      return;
    }
    running = saveOnce(options.save).finally(() => (running = null));
    await running;
  }

  async function saveOnce(save: NonNullable<FormDraftOptions['save']>): Promise<void> {
    const sent = state.values;
    state.status = 'saving';
    try {
      const saved = await save(sent, state.version);
      state.version = saved.version;
      state.baseValues = saved.values;
      state.savedAt = now();
      state.problems = [];
      state.message = '';
      if (state.values === sent) {
        state.status = 'saved';
        dropCopy();
      } else {
        // Typed on while the save was on its way: save again.
        state.status = 'dirty';
        keepCopy();
        schedule(delay);
      }
    } catch (error) {
      const apollo = asApolloError(error);
      if (hasApiErrorCode(apollo, 'CONFLICT')) {
        state.status = 'conflict';
        state.message = tr('forms.page.conflictMessage');
      } else if (hasApiErrorCode(apollo, 'VALIDATION')) {
        state.status = 'invalid';
        state.problems = problemsOf(apollo);
        state.message = apiErrorMessage(apollo);
      } else {
        state.status = 'failed';
        state.message = tr('forms.page.autoSaveFailed', { reason: apollo ? apiErrorMessage(apollo) : tr('forms.page.checkNetwork') });
        schedule(retry);
      }
    }
  }

  /** Takes the user's own values of these fields (all kept ones when none are named) over the latest. */
  function takeKept(keys?: readonly string[]): void {
    if (!state.kept) return;
    const taking = keys ?? state.kept.keys;
    const values = withFields(state.values, state.kept.values, taking);
    const left = state.kept.keys.filter((key) => !taking.includes(key));
    state.kept = left.length ? { values: state.kept.values, keys: left } : null;
    edit(values);
  }

  /** Drops what is left of the user's kept values. */
  function dropKept(): void {
    state.kept = null;
    if (state.status !== 'dirty') dropCopy();
    else keepCopy();
  }

  if (getCurrentScope()) onScopeDispose(cancel);

  return { state: readonly(state) as Readonly<FormDraftState>, load, edit, flush, takeKept, dropKept, cancel };
}

export type FormDraft = ReturnType<typeof useFormDraft>;
