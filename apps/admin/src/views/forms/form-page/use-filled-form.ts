import { isEmpty, type FormValues, type SignOffValue, type ValueProblem } from '@accredit/forms/browser';
import type { ApolloCache } from '@apollo/client/core';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, shallowRef, watch } from 'vue';
import { apiErrorMessage, asApolloError, hasApiErrorCode } from '../../../composables/api-error-message';
import { downloadWithProgress } from '../../../composables/download-file';
import { errorMessageOf } from '../../../composables/notify';
import { tr } from '../../../plugins/i18n';
import {
  CampaignFormToFillDocument,
  FormWorkflowStagesDocument,
  SaveFormDraftDocument,
  SignOffFormDocument,
  SubmitFormDocument,
  type FilledFormFieldsFragment,
  type FilledFormStateFragment,
} from '../../../graphql/generated/graphql';
import { attachmentRefOf, deleteFormFile, uploadFormFile } from '../form-files';
import { copyKey, fieldValuesOf, problemsOf, valuesOf } from '../forms.model';
import { liveProblems } from '../renderer/form-renderer.model';
import type { FormFileDeleter, FormFileUploader } from '../renderer/renderer-context';
import { useFormDefinition } from './use-form-definition';
import { useFormDraft } from './use-form-draft';

export interface FilledFormTarget {
  campaignId: string;
  /** The organisation whose form it is; the viewer's own when null. */
  organisationId: string | null;
  definitionId: string;
}

/**
 * One filled form: read it, fill it (autosaved drafts, 提交), sign the viewer's own box, see its
 * history and download it. Who may write what is the API's answer (`editableFields`): the filler
 * writes the ordinary fields and saves drafts; a reviewer (province, expert …) only signs their
 * box at their stage; anyone else reads.
 */
export function useFilledForm(target: FilledFormTarget) {
  const variables = () => ({ campaignId: target.campaignId, organisationId: target.organisationId });
  // The forms' state, asked again on live updates and after a CONFLICT; no definitions in it.
  const query = useQuery(CampaignFormToFillDocument, variables, () => ({ fetchPolicy: 'cache-and-network' as const }));
  const read = useFormDefinition(() => query.result.value?.campaignForms.find((f) => f.definition.id === target.definitionId)?.definition.id, variables);
  /** The latest the API said of this form: the query's answer or a mutation's, whichever is newer. */
  const current = shallowRef<FilledFormFieldsFragment | null>(null);
  const definition = read.definition;
  const notFound = computed(() => !query.loading.value && !!query.result.value && !query.result.value.campaignForms.some((f) => f.definition.id === target.definitionId));

  const editable = computed(() => current.value?.editableFields ?? []);
  const signOffKeys = computed(() => new Set(definition.value?.sections.flatMap((s) => s.fields.filter((f) => f.type === 'signOff').map((f) => f.key)) ?? []));
  /** fill: writes the form (and its own signature box); sign: only their box; read: nothing. */
  const mode = computed<'fill' | 'sign' | 'read'>(() => {
    if (editable.value.some((key) => !signOffKeys.value.has(key))) return 'fill';
    return editable.value.length ? 'sign' : 'read';
  });

  const save = useMutation(SaveFormDraftDocument);
  const submitting = useMutation(SubmitFormDocument);
  const signing = useMutation(SignOffFormDocument);

  const draft = useFormDraft({
    storageKey: copyKey(target.campaignId, target.organisationId, target.definitionId),
    get save() {
      if (mode.value !== 'fill') return undefined;
      const def = definition.value;
      if (!def) return undefined;
      return async (values: FormValues, expectedVersion: number) => {
        const input = { campaignId: target.campaignId, organisationId: target.organisationId, definitionId: target.definitionId, values: fieldValuesOf(def, values), expectedVersion };
        const result = await save.mutate({ input }, { update: (cache, answer) => keepInCache(cache, answer.data?.saveFormDraft) });
        const form = result?.data?.saveFormDraft;
        if (!form) throw new Error(tr('forms.page.saveIncomplete'));
        adopt(form, false);
        return { values: valuesOf(def, form.values), version: form.version };
      };
    },
  });

  /**
   * Takes a newer answer of the API as the current form; `load` puts its values into the page. A
   * save's answer is the form's state only (FilledFormState): it is laid over the form read, whose
   * campaign, organisation and definition a save does not change.
   */
  function adopt(form: FilledFormFieldsFragment | FilledFormStateFragment, load: boolean): void {
    const before = current.value;
    if (before && before.id !== null && form.version < before.version) return;
    const next: FilledFormFieldsFragment | null = 'definition' in form ? form : before && { ...before, ...form };
    if (!next) return;
    current.value = next;
    if (load) draft.load({ values: valuesOf(definition.value, next.values), version: next.version });
  }

  /**
   * A save's answer written into the page's cached list as well: a form saved for the first time
   * had no id there (so the cache could not match it), and reopening it would show version 0 and
   * meet CONFLICT on the next save. Forms with an id the cache updates by itself; this is the same.
   */
  function keepInCache(cache: ApolloCache<unknown>, saved: FilledFormStateFragment | undefined): void {
    if (!saved) return;
    cache.updateQuery({ query: CampaignFormToFillDocument, variables: variables() }, (data) =>
      data ? { campaignForms: data.campaignForms.map((form) => (form.definition.id === target.definitionId ? { ...form, ...saved } : form)) } : data,
    );
  }

  watch(
    () => [query.result.value?.campaignForms.find((f) => f.definition.id === target.definitionId) ?? null, definition.value] as const,
    ([form, def]) => {
      // The values are read with the definition: nothing is taken before both are here.
      if (!form || !def) return;
      // First answer, or someone else's newer save seen on a refetch (the API's live updates ask
      // the open queries again). Taken as it is only while nothing typed here is unsaved: otherwise
      // the next save meets CONFLICT, which keeps the typing and offers it back field by field.
      // Our own save updates the cache too; its answer is taken by the save itself.
      if (current.value === null) return adopt(form, true);
      const quiet = draft.state.status === 'idle' || draft.state.status === 'saved';
      if (quiet && form.version > Math.max(draft.state.version, current.value.version)) adopt(form, true);
    },
    { immediate: true },
  );

  // Who signs which box when: the labels of the workflow's states (the current one at least).
  const stages = useQuery(
    FormWorkflowStagesDocument,
    () => ({ key: definition.value?.workflow ?? '' }),
    () => ({ enabled: !!definition.value?.workflow, errorPolicy: 'ignore' as const }),
  );
  const stageLabels = computed<Record<string, string>>(() => {
    const labels: Record<string, string> = {};
    for (const node of stages.result.value?.workflowDefinition.graph.nodes ?? []) labels[node.id] = node.label;
    if (current.value?.stage && current.value.stageLabel) labels[current.value.stage] = current.value.stageLabel;
    return labels;
  });

  /** After a refused 提交: the API's problems, and the page checks as 提交 does from then on. */
  const submitProblems = ref<ValueProblem[]>([]);
  const complete = ref(false);
  const busy = computed(() => submitting.loading.value || signing.loading.value);

  async function reloadLatest(): Promise<void> {
    const answer = await query.refetch()?.catch((error: unknown) => {
      ElMessage.error(errorMessageOf(error));
      return null;
    });
    const form = answer?.data?.campaignForms.find((f) => f.definition.id === target.definitionId);
    if (form) {
      current.value = form;
      draft.load({ values: valuesOf(definition.value, form.values), version: form.version });
    }
  }

  /** 提交: saves what is not saved yet, then submits; refused → each problem under its field. */
  async function submit(): Promise<ValueProblem[]> {
    await draft.flush();
    const status = draft.state.status;
    if (status === 'conflict' || status === 'failed' || status === 'invalid') {
      ElMessage.warning(status === 'invalid' ? tr('forms.page.fixFirst') : draft.state.message);
      return draft.state.problems;
    }
    const id = current.value?.id;
    if (!id) {
      ElMessage.warning(tr('forms.page.emptyForm'));
      return [];
    }
    try {
      const result = await submitting.mutate({ input: { formId: id, expectedVersion: draft.state.version } });
      const form = result?.data?.submitForm;
      if (form) adopt(form, true);
      submitProblems.value = [];
      complete.value = false;
      ElMessage.success(tr('forms.page.submitted'));
      return [];
    } catch (error) {
      const apollo = asApolloError(error);
      if (hasApiErrorCode(apollo, 'VALIDATION')) {
        complete.value = true;
        submitProblems.value = problemsOf(apollo);
        if (!submitProblems.value.length) ElMessage.error(apiErrorMessage(apollo));
        return submitProblems.value;
      }
      ElMessage.error(hasApiErrorCode(apollo, 'CONFLICT') ? tr('forms.page.reloadThenSubmit', { message: errorMessageOf(error) }) : errorMessageOf(error));
      if (hasApiErrorCode(apollo, 'CONFLICT')) await reloadLatest();
      return [];
    }
  }

  /** A reviewer signs their box with what they wrote in it; checked here first as the API will. */
  async function signOff(field: string): Promise<ValueProblem[]> {
    const def = definition.value;
    const id = current.value?.id;
    if (!def || !id) return [];
    const own = liveProblems(def, draft.state.values, { complete: true, role: current.value?.viewerRole, stage: current.value?.stage, stageLabels: stageLabels.value }).filter(
      (p) => p.path === field || p.path.startsWith(`${field}.`),
    );
    if (own.length) {
      submitProblems.value = own;
      complete.value = true;
      return own;
    }
    const box = (draft.state.values[field] ?? {}) as SignOffValue;
    try {
      const result = await signing.mutate({
        input: {
          formId: id,
          field,
          opinion: box.opinion ?? null,
          signer: box.signer ?? null,
          date: box.date ?? null,
          seal: box.seal && !isEmpty(box.seal) ? { fileId: box.seal.fileId, name: box.seal.name, mediaType: box.seal.mediaType } : null,
          expectedVersion: draft.state.version,
        },
      });
      const form = result?.data?.signOffForm;
      if (form) adopt(form, true);
      submitProblems.value = [];
      complete.value = false;
      ElMessage.success(tr('forms.page.signed'));
      return [];
    } catch (error) {
      const apollo = asApolloError(error);
      if (hasApiErrorCode(apollo, 'VALIDATION')) {
        submitProblems.value = problemsOf(apollo);
        complete.value = true;
        if (!submitProblems.value.length) ElMessage.error(apiErrorMessage(apollo));
        return submitProblems.value;
      }
      ElMessage.error(errorMessageOf(error));
      if (hasApiErrorCode(apollo, 'CONFLICT')) await reloadLatest();
      return [];
    }
  }

  const uploadFile: FormFileUploader = async (file, onProgress) =>
    attachmentRefOf(await uploadFormFile({ campaignId: target.campaignId, organisationId: current.value?.organisation.id ?? target.organisationId }, file, onProgress));

  // Removed from the values already: saved first, as the API deletes only a file no saved form
  // holds. A save that did not go through (a problem to fix, someone else's save) leaves the file.
  const deleteFile: FormFileDeleter = async (fileId) => {
    await draft.flush();
    if (draft.state.status !== 'saved' && draft.state.status !== 'idle') throw new Error(tr('forms.field.notSaved', { reason: draft.state.message || tr('forms.field.retryLater') }));
    await deleteFormFile(fileId);
  };

  const downloading = ref(false);
  async function downloadDocx(): Promise<void> {
    const id = current.value?.id;
    if (!id) return;
    downloading.value = true;
    try {
      await draft.flush();
      await downloadWithProgress(`/api/forms/${encodeURIComponent(id)}/export.docx`, `${current.value?.definition.name ?? tr('forms.untitled')}.docx`, () => undefined);
    } catch (error) {
      ElMessage.error(errorMessageOf(error));
    } finally {
      downloading.value = false;
    }
  }

  const failed = computed(() => query.error.value ?? read.error.value);
  const errorMessage = computed(() => (failed.value ? apiErrorMessage(failed.value) : null));

  return {
    query,
    current,
    definition,
    notFound,
    mode,
    editable,
    signOffKeys,
    draft,
    stageLabels,
    submitProblems,
    complete,
    busy,
    downloading,
    errorMessage,
    reloadLatest,
    submit,
    signOff,
    uploadFile,
    deleteFile,
    downloadDocx,
  };
}
