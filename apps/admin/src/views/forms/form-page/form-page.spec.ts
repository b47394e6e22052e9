import { allFields, editableFields, fromFieldValues, toFieldValues, type FieldValue, type FormValues } from '@accredit/forms/browser';
import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CampaignFormDefinitionsDocument,
  CampaignFormToFillDocument,
  CampaignListDocument,
  ParticipatedCampaignsDocument,
  SaveFormDraftDocument,
  SignOffFormDocument,
} from '../../../graphql/generated/graphql';
import { answerFor, apiError, fieldValuesAnswer, filledFormAnswer, type Answer, type FakeApi, type WholeFilledForm } from '../../../testing/fake-api';
import { firstBatchDefinition } from '../../../testing/first-batch-form.fixture';
import { mountAdminAt, type Answers } from '../../../testing/mount-admin';
import { copyKey } from '../forms.model';

// The form page in the whole admin against a fake API: a county fills the first-batch 申报表;
// drafts save themselves once typing pauses, with the version read; someone else's save in between
// (CONFLICT) keeps what was typed and gives it back field by field after the latest is loaded; a
// refused 提交 lists the problems and jumps to the field.

setLogVerbosity('error');

const definition = firstBatchDefinition;
const applicant = editableFields(definition, { role: 'applicant', stage: 'applied' });
const DEF_ID = 'def-first';

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

/** How long the page waits after the last keystroke before it saves (use-form-draft.ts). */
const AUTOSAVE_DELAY_MS = 1500;
/** Typing pauses: the page's clock runs past its autosave delay at once (fake timers, see openForm). */
const pause = (ms = AUTOSAVE_DELAY_MS) => vi.advanceTimersByTimeAsync(ms);

// Values are written keyed, as the renderer holds them, and sent as the API's typed list.
type FormOverrides = Omit<Partial<WholeFilledForm>, 'values'> & { values?: FormValues };
const form = ({ values = {}, ...overrides }: FormOverrides = {}): WholeFilledForm =>
  filledFormAnswer(definition, { definitionId: DEF_ID, editableFields: applicant, values: fieldValuesAnswer(toFieldValues(definition, values)), ...overrides });
/** The keyed values of what a save sent. */
const sent = (input: { values: FieldValue[] }): FormValues => fromFieldValues(definition, input.values).values;

function answers(handlers: Partial<Record<string, (operation: Operation) => Answer>>) {
  return (operation: Operation): Answer | undefined => {
    const handler = handlers[operation.operationName];
    if (handler) return handler(operation);
    switch (operation.operationName) {
      // The definitions, read once: the same whatever the form's state.
      case 'CampaignFormDefinitions':
        return answerFor(CampaignFormDefinitionsDocument, { campaignForms: [form()] });
      case 'CampaignList':
        return answerFor(CampaignListDocument, {
          campaigns: [{ id: 'work-1', name: '第一批全国科普示范县创建（江油市）', state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: 'batch' }],
        });
      case 'ParticipatedCampaigns':
        return answerFor(ParticipatedCampaignsDocument, { campaigns: [{ id: 'batch', name: '第一批全国科普示范县创建', applicantLevel: 'county' }] });
      case 'FormWorkflowStages':
        return apiError('没有访问权限', 'FORBIDDEN');
    }
  };
}

async function openForm(answers: Answers) {
  const opened = await mountAdminAt(`/campaigns/forms/${DEF_ID}?campaign=batch`, answers);
  const w = opened.w;
  await vi.waitFor(() => expect(w.find('[data-test="form-renderer"]').exists()).toBe(true), { timeout: 10_000 });
  // Loaded with the real clock (lazy page, first answers). From here the timers are fake, so a spec
  // says when typing pauses instead of sleeping through the autosave delay; they still follow the
  // real clock, so the fake API's answers (a timeout of 0) arrive as they did.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  return opened;
}

const saves = (api: FakeApi) => api.calls.filter((c) => c.operationName === 'SaveFormDraft');

describe('表单页', { timeout: 40_000 }, () => {
  it('saves a draft once typing pauses, with the version it was read at, and says when', async () => {
    let version = 0;
    const { w, api } = await openForm(
      answers({
        CampaignFormToFill: () => answerFor(CampaignFormToFillDocument, { campaignForms: [form()] }),
        SaveFormDraft: (op) => {
          version += 1;
          const input = op.variables['input'] as { values: FieldValue[] };
          return answerFor(SaveFormDraftDocument, { saveFormDraft: form({ id: 'f-1', version, values: sent(input), updatedAt: '2026-12-05T06:05:00Z', updatedByName: '王晓梅' }) });
        },
      }),
    );
    expect(w.get('[data-test="form-title"]').text()).toBe(definition.name);
    expect(w.get('[data-test="form-status"]').text()).toBe('未填写');
    // Every field of the definition is there; the county writes its own fields, not the province's box.
    for (const field of allFields(definition)) expect(w.find(`[data-test="field-${field.key}"]`).exists()).toBe(true);
    expect(w.get('[data-test="sign-off-province_opinion"]').attributes('data-editable')).toBe('false');

    const unit = w.get('[data-test="field-unit"] input');
    await unit.setValue('江');
    await unit.setValue('江油');
    await unit.setValue('江油市人民政府');
    expect(w.get('[data-test="save-status"]').text()).toContain('稍后自动保存');
    // Kept in the browser at once, before any save.
    expect(localStorage.getItem(copyKey('batch', null, DEF_ID))).toContain('江油市人民政府');
    await pause();
    await vi.waitFor(() => expect(saves(api)).toHaveLength(1), { timeout: 5_000 });
    expect(saves(api)[0]!.variables['input']).toEqual({ campaignId: 'batch', organisationId: null, definitionId: DEF_ID, values: [{ key: 'unit', text: '江油市人民政府' }], expectedVersion: 0 });
    await vi.waitFor(() => expect(w.get('[data-test="save-status"]').text()).toMatch(/^已自动保存 \d\d:\d\d$/), { timeout: 5_000 });
    expect(w.get('[data-test="form-status"]').text()).toBe('草稿');
    expect(localStorage.getItem(copyKey('batch', null, DEF_ID))).toBeNull();

    await w.get('[data-test="field-staffing"] input').setValue('12');
    await pause();
    await vi.waitFor(() => expect(saves(api)).toHaveLength(2), { timeout: 5_000 });
    expect(saves(api)[1]!.variables['input']).toMatchObject({ values: toFieldValues(definition, { unit: '江油市人民政府', staffing: 12 }), expectedVersion: 1 });
    await flushPromises();
  });

  it('on CONFLICT keeps what was typed, loads the latest on request and gives the user’s fields back', async () => {
    let latest = form({ id: 'f-1', version: 3, values: { unit: '江油市人民政府', head: '李强' }, updatedAt: '2026-12-05T06:00:00Z', updatedByName: '王晓梅' });
    let conflict = true;
    const { w, api } = await openForm(
      answers({
        CampaignFormToFill: () => answerFor(CampaignFormToFillDocument, { campaignForms: [latest] }),
        SaveFormDraft: (op) => {
          const input = op.variables['input'] as { values: FieldValue[]; expectedVersion: number };
          if (conflict) return apiError('表单已被他人修改，请刷新后重试', 'CONFLICT');
          return answerFor(SaveFormDraftDocument, { saveFormDraft: form({ id: 'f-1', version: input.expectedVersion + 1, values: sent(input) }) });
        },
      }),
    );
    await w.get('[data-test="field-address"] input').setValue('江油市诗仙路 1 号');
    await pause();
    await vi.waitFor(() => expect(w.find('[data-test="form-conflict"]').exists()).toBe(true), { timeout: 5_000 });
    expect(saves(api)[0]!.variables['input']).toMatchObject({ expectedVersion: 3 });
    expect(w.get('[data-test="form-conflict"]').text()).toContain('其他人修改并保存了这份表单');
    // Nothing typed is lost: on the page and in the browser; typing on saves nothing more.
    await w.get('[data-test="field-contact"] input').setValue('赵敏');
    expect((w.get('[data-test="field-address"] input').element as HTMLInputElement).value).toBe('江油市诗仙路 1 号');
    expect(localStorage.getItem(copyKey('batch', null, DEF_ID))).toContain('江油市诗仙路 1 号');
    await pause(AUTOSAVE_DELAY_MS + 300);
    expect(saves(api)).toHaveLength(1);

    // Someone else changed 负责人 and the address meanwhile.
    latest = form({ id: 'f-1', version: 4, values: { unit: '江油市人民政府', head: '张伟', address: '江油市中坝镇' }, updatedAt: '2026-12-05T06:10:00Z', updatedByName: '刘洋' });
    conflict = false;
    await w.get('[data-test="reload-latest"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="kept-changes"]').exists()).toBe(true), { timeout: 5_000 });
    expect(w.find('[data-test="form-conflict"]').exists()).toBe(false);
    expect((w.get('[data-test="field-head"] input').element as HTMLInputElement).value).toBe('张伟');
    expect((w.get('[data-test="field-address"] input').element as HTMLInputElement).value).toBe('江油市中坝镇');
    const kept = w.get('[data-test="kept-changes"]').text();
    expect(kept).toContain('「通信地址」');
    expect(kept).toContain('「联系人」');
    expect(kept).not.toContain('「负责人」');

    await w.get('[data-test="take-address"]').trigger('click');
    expect((w.get('[data-test="field-address"] input').element as HTMLInputElement).value).toBe('江油市诗仙路 1 号');
    await pause();
    await vi.waitFor(() => expect(saves(api)).toHaveLength(2), { timeout: 5_000 });
    expect(saves(api)[1]!.variables['input']).toMatchObject({ values: toFieldValues(definition, { unit: '江油市人民政府', head: '张伟', address: '江油市诗仙路 1 号' }), expectedVersion: 4 });
    // 联系人 is still offered until taken or dropped.
    expect(w.get('[data-test="kept-changes"]').text()).toContain('「联系人」');
    await w.get('[data-test="drop-kept"]').trigger('click');
    expect(w.find('[data-test="kept-changes"]').exists()).toBe(false);
    await flushPromises();
  });

  it('a refused 提交 lists each problem and jumps to its field', async () => {
    const saved = form({ id: 'f-1', version: 2, values: { unit: '江油市人民政府' }, canSubmit: true, updatedAt: '2026-12-05T06:00:00Z', updatedByName: '王晓梅' });
    const { w, api } = await openForm(
      answers({
        CampaignFormToFill: () => answerFor(CampaignFormToFillDocument, { campaignForms: [saved] }),
        SubmitForm: () =>
          ({
            data: null,
            errors: [
              {
                message: '表单还有 2 处需要修改',
                extensions: {
                  code: 'VALIDATION',
                  details: {
                    problems: [
                      { path: 'facilities', code: 'REQUIRED', message: '「科普基础设施情况」为必填项，请填写' },
                      { path: 'postcode', code: 'REQUIRED', message: '「邮编」为必填项，请填写' },
                    ],
                  },
                },
              },
            ],
          }) as unknown as Answer,
      }),
    );
    await w.get('[data-test="submit-form"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="submit-problems"]').exists()).toBe(true), { timeout: 5_000 });
    expect(api.calls.find((c) => c.operationName === 'SubmitForm')!.variables).toEqual({ input: { formId: 'f-1', expectedVersion: 2 } });
    const links = w.findAll('[data-test="problem-link"]');
    expect(links.map((l) => l.text())).toEqual(['「科普基础设施情况」为必填项，请填写', '「邮编」为必填项，请填写']);
    expect(w.get('[data-test="field-postcode"] [data-test="field-problem"]').text()).toBe('「邮编」为必填项，请填写');

    await links[1]!.trigger('click');
    await vi.waitFor(() => expect(document.activeElement).toBe(w.get('[data-test="field-postcode"] input').element), { timeout: 5_000 });
    // Filled in: the problem goes from the field and from the list.
    await w.get('[data-test="field-postcode"] input').setValue('621700');
    expect(w.find('[data-test="field-postcode"] [data-test="field-problem"]').exists()).toBe(false);
    expect(w.findAll('[data-test="problem-link"]').map((l) => l.text())).toEqual(['「科普基础设施情况」为必填项，请填写']);
    await flushPromises();
  });

  it('a reviewer reads the county’s fields and signs only their own box', async () => {
    const submitted = form({
      id: 'f-1',
      version: 5,
      status: 'SUBMITTED',
      viewerRole: 'province',
      editableFields: ['province_opinion'],
      values: { unit: '江油市人民政府', staffing: 12, chair_in_congress: true },
      submittedAt: '2026-12-04T02:00:00Z',
      updatedAt: '2026-12-04T02:00:00Z',
      updatedByName: '王晓梅',
    });
    const { w, api } = await openForm(
      answers({
        CampaignFormToFill: () => answerFor(CampaignFormToFillDocument, { campaignForms: [submitted] }),
        SignOffForm: (op) => {
          const input = op.variables['input'] as { opinion: string; signer: string; date: string };
          return answerFor(SignOffFormDocument, {
            signOffForm: {
              ...submitted,
              version: 6,
              values: [...submitted.values, ...fieldValuesAnswer([{ key: 'province_opinion', signOff: { opinion: input.opinion, signer: input.signer, date: input.date } }])],
              updatedByName: '周静',
            },
          });
        },
      }),
    );
    expect(w.get('[data-test="form-status"]').text()).toBe('已提交');
    expect(w.find('[data-test="submit-form"]').exists()).toBe(false);
    expect(w.find('[data-test="field-unit"] input').exists()).toBe(false);
    expect(w.get('[data-test="value-unit"]').text()).toBe('江油市人民政府');
    expect(w.get('[data-test="value-staffing"]').text()).toBe('12 人');
    expect(w.get('[data-test="sign-off-expert_opinion"]').attributes('data-editable')).toBe('false');

    const box = w.get('[data-test="sign-off-province_opinion"]');
    expect(box.attributes('data-editable')).toBe('true');
    // Signing an empty box: what is missing is said under it, nothing is sent.
    await w.get('[data-test="sign-province_opinion"]').trigger('click');
    await vi.waitFor(() => expect(w.get('[data-test="field-province_opinion"]').text()).toContain('「省科协意见」为必填项，请填写'), { timeout: 5_000 });
    await box.get('textarea[data-test="sign-off-opinion"]').setValue('该县科普工作基础扎实，同意推荐。');
    await w.get('[data-test="sign-province_opinion"]').trigger('click');
    await vi.waitFor(() => expect(box.get('[data-test="field-problem"]').text()).toBe('「省科协意见」请填写签字人'), { timeout: 5_000 });
    expect(api.calls.some((c) => c.operationName === 'SignOffForm')).toBe(false);

    await box.get('input[data-test="sign-off-signer"]').setValue('周静');
    await w.get('[data-test="sign-province_opinion"]').trigger('click');
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'SignOffForm')).toBe(true), { timeout: 5_000 });
    const input = api.calls.find((c) => c.operationName === 'SignOffForm')!.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({ formId: 'f-1', field: 'province_opinion', opinion: '该县科普工作基础扎实，同意推荐。', signer: '周静', seal: null, expectedVersion: 5 });
    expect(input['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await pause(AUTOSAVE_DELAY_MS + 300);
    // A reviewer's typing is never saved as the county's draft.
    expect(saves(api)).toHaveLength(0);
    expect(localStorage.getItem(copyKey('batch', null, DEF_ID))).toBeNull();
    await flushPromises();
  });

  it('shows someone else’s save at once while nothing typed is unsaved, and keeps unsaved typing for the CONFLICT', async () => {
    let latest = form({ id: 'f-1', version: 3, values: { unit: '江油市人民政府' }, updatedAt: '2026-12-05T06:00:00Z', updatedByName: '王晓梅' });
    const { w, api, client } = await openForm(
      answers({
        CampaignFormToFill: () => answerFor(CampaignFormToFillDocument, { campaignForms: [latest] }),
        SaveFormDraft: () => apiError('表单已被他人修改，请刷新后重试', 'CONFLICT'),
      }),
    );
    const value = (key: string): string => (w.get(`[data-test="field-${key}"] input`).element as HTMLInputElement).value;
    // Another office saves; the live update asks the open queries again.
    latest = form({ id: 'f-1', version: 4, values: { unit: '江油市人民政府', head: '张伟' }, updatedAt: '2026-12-05T06:10:00Z', updatedByName: '刘洋' });
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    await vi.waitFor(() => expect(value('head')).toBe('张伟'), { timeout: 5_000 });

    // Typing here, unsaved: the next answer does not replace it.
    await w.get('[data-test="field-contact"] input').setValue('赵敏');
    latest = form({ id: 'f-1', version: 5, values: { unit: '江油市人民政府', head: '李强' } });
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    await flushPromises();
    expect(value('contact')).toBe('赵敏');
    expect(value('head')).toBe('张伟');
    // The save, based on version 4, meets the newer one: the conflict keeps the typing.
    await pause();
    await vi.waitFor(() => expect(w.find('[data-test="form-conflict"]').exists()).toBe(true), { timeout: 5_000 });
    expect(saves(api)[0]!.variables['input']).toMatchObject({ expectedVersion: 4, values: expect.arrayContaining([{ key: 'contact', text: '赵敏' }]) });
    expect(value('contact')).toBe('赵敏');
    await flushPromises();
  });
});
