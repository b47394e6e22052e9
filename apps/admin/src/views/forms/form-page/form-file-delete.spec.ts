import { editableFields, parseFormDefinition, toFieldValues, type FieldValue, type FormDefinition } from '@accredit/forms/browser';
import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CampaignFormDefinitionsDocument, CampaignFormToFillDocument, CampaignListDocument, ParticipatedCampaignsDocument, SaveFormDraftDocument } from '../../../graphql/generated/graphql';
import { answerFor, apiError, fieldValuesAnswer, filledFormAnswer, type Answer, type WholeFilledForm } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// Deleting an attachment of a draft (issue 14): asked first; the file leaves the form, the form is
// saved without it, and only then DELETE /api/forms/files/:id (the API refuses a file a saved form
// holds). The API's refusal — another form still holds the file — is shown in its own words.

setLogVerbosity('error');

const source = Object.values(import.meta.glob('../../../../../../forms/first-batch-report.yaml', { query: '?raw', import: 'default', eager: true }))[0] as string;
const parsed = parseFormDefinition(source, 'forms/first-batch-report.yaml');
if (!parsed.ok) throw new Error('first-batch-report.yaml does not parse');
const definition: FormDefinition = parsed.definition;
const applicant = editableFields(definition, { role: 'applicant', stage: 'applied' });
const DEF_ID = 'def-report';
const MINUTES = { fileId: '7d1c2a9e-0000-4000-8000-000000000001', name: '会议纪要.pdf', mediaType: 'application/pdf' };
const PHOTO = { fileId: '7d1c2a9e-0000-4000-8000-000000000002', name: '活动照片.jpg', mediaType: 'image/jpeg' };

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
});

const form = (overrides: Partial<WholeFilledForm> = {}): WholeFilledForm => filledFormAnswer(definition, { definitionId: DEF_ID, editableFields: applicant, ...overrides });

/** The API: the saved draft holds both files; saves answer with the next version. */
function answers(order: string[], saveRefusal: Answer | null) {
  let saved = form({
    id: 'f-1',
    version: 3,
    values: fieldValuesAnswer(toFieldValues(definition, { basic_situation: '江油市基本情况', materials: [MINUTES, PHOTO] })),
    updatedAt: '2026-12-05T06:00:00Z',
    updatedByName: '王晓梅',
  });
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'CampaignList':
        return answerFor(CampaignListDocument, {
          campaigns: [{ id: 'work-1', name: '第一批全国科普示范县创建（江油市）', state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: 'batch' }],
        });
      case 'ParticipatedCampaigns':
        return answerFor(ParticipatedCampaignsDocument, { campaigns: [{ id: 'batch', name: '第一批全国科普示范县创建', applicantLevel: 'county' }] });
      case 'CampaignFormDefinitions':
        return answerFor(CampaignFormDefinitionsDocument, { campaignForms: [saved] });
      case 'CampaignFormToFill':
        return answerFor(CampaignFormToFillDocument, { campaignForms: [saved] });
      case 'SaveFormDraft': {
        order.push('save');
        if (saveRefusal) return saveRefusal;
        const input = operation.variables['input'] as { values: FieldValue[]; expectedVersion: number };
        saved = form({ ...saved, version: input.expectedVersion + 1, values: fieldValuesAnswer(input.values) });
        return answerFor(SaveFormDraftDocument, { saveFormDraft: saved });
      }
      case 'FormWorkflowStages':
        return apiError('没有访问权限', 'FORBIDDEN');
    }
  };
}

/** The HTTP side: DELETE /api/forms/files/:id answered with `reply`; what was asked, in order. */
function fakeFetch(order: string[], reply: { status: number; body: unknown }) {
  const deletes: Array<{ url: string; method: string; headers: Record<string, string> }> = [];
  const impl = vi.fn(async (url: string, init?: RequestInit) => {
    if (!url.startsWith('/api/forms/files/')) throw new TypeError(`unexpected fetch ${url}`);
    order.push('delete');
    deletes.push({ url, method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string> });
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', impl);
  return deletes;
}

async function openForm(order: string[], saveRefusal: Answer | null = null) {
  const { w, api } = await mountAdminAt(`/campaigns/forms/${DEF_ID}?campaign=batch`, answers(order, saveRefusal));
  await vi.waitFor(() => expect(w.findAll('[data-test="field-materials"] [data-test="attachment"]')).toHaveLength(2), { timeout: 10_000 });
  return { w, api };
}

const messageBox = () => document.querySelector<HTMLElement>('.el-message-box');
const messages = () => [...document.querySelectorAll('.el-message')].map((m) => m.textContent ?? '');

async function confirmDelete(): Promise<void> {
  await vi.waitFor(() => expect(messageBox()).not.toBeNull(), { timeout: 5_000 });
  [...messageBox()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === '删除')!.click();
}

describe('删除表单附件', { timeout: 40_000 }, () => {
  it('asks, takes the file out, saves the draft without it, then deletes the stored file', async () => {
    const order: string[] = [];
    const deletes = fakeFetch(order, { status: 200, body: { deleted: true } });
    const { w, api } = await openForm(order);
    const box = () => w.get('[data-test="field-materials"]');

    await box().get('[data-test="remove-file-0"]').trigger('click');
    await vi.waitFor(() => expect(messageBox()?.textContent).toContain('从表单中移除“会议纪要.pdf”并删除该文件？'), { timeout: 5_000 });
    // Nothing happens before the answer.
    expect(box().findAll('[data-test="attachment"]')).toHaveLength(2);
    expect(order).toEqual([]);
    await confirmDelete();

    await vi.waitFor(() => expect(messages().some((m) => m.includes('已删除“会议纪要.pdf”'))).toBe(true), { timeout: 5_000 });
    expect(
      box()
        .findAll('[data-test="attachment"]')
        .map((a) => a.text()),
    ).toEqual([expect.stringContaining('活动照片.jpg')]);
    // Saved first (the API deletes only a file no saved form holds), with the other file kept.
    expect(order).toEqual(['save', 'delete']);
    const save = api.calls.find((c) => c.operationName === 'SaveFormDraft')!;
    expect(save.variables['input']).toMatchObject({ expectedVersion: 3, values: toFieldValues(definition, { basic_situation: '江油市基本情况', materials: [PHOTO] }) });
    expect(deletes).toEqual([{ url: `/api/forms/files/${MINUTES.fileId}`, method: 'DELETE', headers: expect.objectContaining({ 'x-accredit-upload': '1' }) }]);
    await flushPromises();
  });

  it('keeps everything when the user answers 保留', async () => {
    const order: string[] = [];
    fakeFetch(order, { status: 200, body: { deleted: true } });
    const { w } = await openForm(order);
    await w.get('[data-test="field-materials"] [data-test="remove-file-1"]').trigger('click');
    await vi.waitFor(() => expect(messageBox()).not.toBeNull(), { timeout: 5_000 });
    [...messageBox()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === '保留')!.click();
    await vi.waitFor(() => expect(messageBox()?.closest('.el-overlay')?.getAttribute('style') ?? 'display: none').toContain('display: none'), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.findAll('[data-test="field-materials"] [data-test="attachment"]')).toHaveLength(2);
    expect(order).toEqual([]);
  });

  it('shows the API’s refusal when another form still holds the file', async () => {
    const order: string[] = [];
    const refusal = '文件“活动照片.jpg”在已提交的「2021-2025年度第一批全国科普示范县（市、区）申报表」的「相关证明材料」中，不能删除';
    fakeFetch(order, { status: 409, body: { errors: [{ message: refusal, extensions: { code: 'CONFLICT' } }] } });
    const { w } = await openForm(order);
    await w.get('[data-test="field-materials"] [data-test="remove-file-1"]').trigger('click');
    await confirmDelete();
    await vi.waitFor(() => expect(messages().some((m) => m.includes(refusal))).toBe(true), { timeout: 5_000 });
    expect(messages().find((m) => m.includes(refusal))).toBe(`“活动照片.jpg”已从表单中移除，但文件没有删除：${refusal}`);
    expect(order).toEqual(['save', 'delete']);
    await flushPromises();
  });

  it('deletes nothing while the draft could not be saved, and says why', async () => {
    const order: string[] = [];
    const deletes = fakeFetch(order, { status: 200, body: { deleted: true } });
    const refusal = apiError('「申报单位基本情况」不能超过 2000 字', 'VALIDATION');
    const { w } = await openForm(order, refusal);
    await w.get('[data-test="field-materials"] [data-test="remove-file-0"]').trigger('click');
    await confirmDelete();
    await vi.waitFor(() => expect(messages().some((m) => m.includes('但文件没有删除'))).toBe(true), { timeout: 5_000 });
    expect(messages().find((m) => m.includes('但文件没有删除'))).toBe('“会议纪要.pdf”已从表单中移除，但文件没有删除：表单还未保存（「申报单位基本情况」不能超过 2000 字）');
    expect(order).toEqual(['save']);
    expect(deletes).toEqual([]);
    await flushPromises();
  });
});
