import { editableFields, fromFieldValues, toFieldValues, type FieldValue, type FormValues } from '@accredit/forms/browser';
import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CampaignFormDefinitionsDocument,
  CampaignFormToFillDocument,
  CampaignFormsDocument,
  CampaignListDocument,
  ParticipatedCampaignsDocument,
  SaveFormDraftDocument,
} from '../../../graphql/generated/graphql';
import { answerFor, apiError, fieldValuesAnswer, filledFormAnswer, type Answer, type WholeFilledForm } from '../../../testing/fake-api';
import { firstBatchDefinition } from '../../../testing/first-batch-form.fixture';
import { mountAdminAt } from '../../../testing/mount-admin';

// The autosave answers the form's state only (FilledFormState: id, version, values …), not its
// definition. The page reads the definitions once, asks for the form once however often it saves
// and again on live updates without the definitions, and the cache holds what was saved: the list
// shows it, and the form reopened from the cache saves on from the saved version (not from 0,
// which would meet CONFLICT).

setLogVerbosity('error');

const definition = firstBatchDefinition;
const DEF_ID = 'def-first';

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

const form = (values: FormValues, overrides: Partial<WholeFilledForm> = {}): WholeFilledForm =>
  filledFormAnswer(definition, {
    definitionId: DEF_ID,
    editableFields: editableFields(definition, { role: 'applicant', stage: 'applied' }),
    values: fieldValuesAnswer(toFieldValues(definition, values)),
    ...overrides,
  });

/** The county's form on the server: never saved, then whatever the saves made of it. */
function server() {
  let stored = form({});
  const saved: Array<{ expectedVersion: number; values: FieldValue[] }> = [];
  const answer = (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'CampaignList':
        return answerFor(CampaignListDocument, { campaigns: [] });
      case 'ParticipatedCampaigns':
        return answerFor(ParticipatedCampaignsDocument, { campaigns: [{ id: 'batch', name: '第一批全国科普示范县创建', applicantLevel: 'county' }] });
      case 'FormWorkflowStages':
        return apiError('没有访问权限', 'FORBIDDEN');
      case 'CampaignForms':
        return answerFor(CampaignFormsDocument, { campaignForms: [stored] });
      case 'CampaignFormDefinitions':
        return answerFor(CampaignFormDefinitionsDocument, { campaignForms: [stored] });
      case 'CampaignFormToFill':
        return answerFor(CampaignFormToFillDocument, { campaignForms: [stored] });
      case 'SaveFormDraft': {
        const input = operation.variables['input'] as { expectedVersion: number; values: FieldValue[] };
        saved.push(input);
        if (input.expectedVersion !== stored.version) return apiError('表单已被他人修改，请刷新后重试', 'CONFLICT');
        const values = fromFieldValues(definition, input.values).values;
        stored = form(values, { id: 'f-1', version: stored.version + 1, updatedAt: '2026-12-05T06:05:00Z', updatedByName: '陈主任' });
        // The whole form is offered; the fake sends only what the document selects, as the API does.
        return answerFor(SaveFormDraftDocument, { saveFormDraft: stored });
      }
    }
  };
  return { answer, saved };
}

async function openForm(answer: (operation: Operation) => Answer | undefined) {
  const opened = await mountAdminAt(`/campaigns/forms/${DEF_ID}?campaign=batch`, answer);
  await vi.waitFor(() => expect(opened.w.find('[data-test="form-renderer"]').exists()).toBe(true), { timeout: 10_000 });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  return opened;
}

const pause = () => vi.advanceTimersByTimeAsync(1500);
const asked = (calls: Operation[], name: string) => calls.filter((c) => c.operationName === name).length;

describe('表单页: the autosave’s answer and the cache', { timeout: 40_000 }, () => {
  it('saves without the definition in the answer, and asks for the form once however often it saves', async () => {
    const api = server();
    const { w, calls } = await openForm(api.answer);
    await w.get('[data-test="field-unit"] input').setValue('江油市人民政府');
    await pause();
    await vi.waitFor(() => expect(api.saved).toHaveLength(1), { timeout: 5_000 });
    await vi.waitFor(() => expect(w.get('[data-test="form-status"]').text()).toBe('草稿'), { timeout: 5_000 });
    await w.get('[data-test="field-staffing"] input').setValue('12');
    await pause();
    await vi.waitFor(() => expect(api.saved).toHaveLength(2), { timeout: 5_000 });
    expect(api.saved[1]!.expectedVersion).toBe(1);
    await vi.waitFor(() => expect(w.get('[data-test="save-status"]').text()).toMatch(/^已自动保存/), { timeout: 5_000 });

    // The page still renders the definition it read (the answers carried none), with the values saved.
    expect(w.get('[data-test="form-title"]').text()).toBe(definition.name);
    expect((w.get('[data-test="field-unit"] input').element as HTMLInputElement).value).toBe('江油市人民政府');
    await flushPromises();
    expect(asked(calls, 'CampaignFormToFill')).toBe(1);
    expect(asked(calls, 'CampaignFormDefinitions')).toBe(1);
  });

  it('asks again for the forms’ state on a live update (or the window’s focus), not for their definitions', async () => {
    const api = server();
    const { w, calls, client } = await openForm(api.answer);
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    await vi.waitFor(() => expect(asked(calls, 'CampaignFormToFill')).toBe(2), { timeout: 5_000 });
    await flushPromises();
    expect(asked(calls, 'CampaignFormDefinitions')).toBe(1);
    // The state's answers carried no definition; the page renders the one it read, and saves.
    expect(w.get('[data-test="form-title"]').text()).toBe(definition.name);
    await w.get('[data-test="field-unit"] input').setValue('江油市人民政府');
    await pause();
    await vi.waitFor(() => expect(api.saved).toHaveLength(1), { timeout: 5_000 });
    expect(api.saved[0]!.expectedVersion).toBe(0);
    await vi.waitFor(() => expect(w.get('[data-test="save-status"]').text()).toMatch(/^已自动保存/), { timeout: 5_000 });
    // A form not saved yet has no id: its state and its definition are kept together in the cache.
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    await flushPromises();
    expect(asked(calls, 'CampaignFormDefinitions')).toBe(1);
    expect(w.find('[data-test="form-renderer"]').exists()).toBe(true);
  });

  it('keeps a first save in the cache: the list shows the draft and the reopened form saves on from its version', async () => {
    const api = server();
    const { w, calls, router, api: fake } = await openForm(api.answer);
    await w.get('[data-test="field-unit"] input').setValue('江油市人民政府');
    await pause();
    await vi.waitFor(() => expect(w.get('[data-test="save-status"]').text()).toMatch(/^已自动保存/), { timeout: 5_000 });

    // The network goes slow: the list and the form show what the cache holds until it answers.
    fake.hold(['CampaignForms', 'CampaignFormToFill']);
    await w.get('[data-test="back-to-forms"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('campaign-forms'), { timeout: 5_000 });
    await vi.waitFor(() => expect(w.find('[data-test="forms-table"] [data-test="form-status"]').exists()).toBe(true), { timeout: 5_000 });
    expect(w.get('[data-test="forms-table"] [data-test="form-status"]').text()).toBe('草稿');

    await w.get('[data-test="open-form-first-batch-application"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="form-renderer"]').exists()).toBe(true), { timeout: 5_000 });
    expect((w.get('[data-test="field-unit"] input').element as HTMLInputElement).value).toBe('江油市人民政府');
    await w.get('[data-test="field-staffing"] input').setValue('12');
    await pause();
    await vi.waitFor(() => expect(api.saved).toHaveLength(2), { timeout: 5_000 });
    expect(api.saved[1]!.expectedVersion).toBe(1);
    await vi.waitFor(() => expect(w.get('[data-test="save-status"]').text()).toMatch(/^已自动保存/), { timeout: 5_000 });
    expect(w.find('[data-test="form-conflict"]').exists()).toBe(false);
    expect(asked(calls, 'SaveFormDraft')).toBe(2);
    // The definition was kept in the cache at the first opening: not asked again.
    expect(asked(calls, 'CampaignFormDefinitions')).toBe(1);
    fake.release();
    await flushPromises();
  });
});
