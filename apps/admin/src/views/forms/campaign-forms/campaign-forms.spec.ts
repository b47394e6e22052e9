import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CampaignFormsDocument,
  CampaignListDocument,
  FormDefinitionsDocument,
  ParticipatedCampaignsDocument,
  SetCampaignFormsDocument,
  UploadFormDefinitionDocument,
  type CampaignListQuery,
} from '../../../graphql/generated/graphql';
import { forgetBrowserCheck } from './use-form-setup';
import { answerFor, definitionAnswer, filledFormAnswer, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 申报材料 in the whole admin: a county finds the national batch through its own work campaign and
// sees each form's status and last change; the batch's owner also exports every county's copy.

setLogVerbosity('error');

const application = { key: 'first-batch-application', version: 1, name: '2021-2025年度第一批全国科普示范县（市、区）申报表', roles: {}, sections: [], file: 'x' };
const report = { key: 'first-batch-report', version: 1, name: '2021-2025年度第一批全国科普示范县（市、区）申报报告', roles: {}, sections: [], file: 'y' };
const rows = [
  filledFormAnswer(application, { id: 'f-1', version: 3, status: 'SUBMITTED', updatedAt: '2026-12-04T02:00:00Z', updatedByName: '王晓梅', editableFields: [] }),
  filledFormAnswer(report, { editableFields: ['summary'] }),
];

afterEach(() => {
  vi.unstubAllGlobals();
});

const uploaded: string[] = [];
const NEW_FORM = `key: county-contacts
version: 1
name: 县级科协联络人登记表
sections:
  - key: people
    label: 联络人
    fields:
      - { key: unit, type: text, label: 单位名称, required: true, maxChars: 30 }
      - key: contacts
        type: table
        label: 联络人
        maxRows: 3
        columns:
          - { key: name, type: text, label: 姓名, required: true, maxChars: 10 }
          - { key: phone, type: text, label: 电话, format: phone }
`;

function answers(campaigns: CampaignListQuery['campaigns']) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'ParticipatedCampaigns':
        // The batch a county takes part in, by its own name (none for the batch's owner).
        return answerFor(ParticipatedCampaignsDocument, {
          campaigns: campaigns.some((c) => c.parentCampaignId === 'batch') ? [{ id: 'batch', name: '第一批全国科普示范县创建', applicantLevel: 'county' }] : [],
        });
      case 'FormDefinitions':
        return answerFor(FormDefinitionsDocument, {
          formDefinitions: [
            { id: 'def-first-batch-application', key: 'first-batch-application', version: 1, name: application.name, description: null, ownerOrganisation: null },
            { id: 'def-first-batch-report', key: 'first-batch-report', version: 1, name: report.name, description: null, ownerOrganisation: null },
            ...uploaded.map((id) => ({ id, key: 'county-contacts', version: 1, name: '县级科协联络人登记表', description: null, ownerOrganisation: { id: 'o-0', shortName: '全国' } })),
          ],
        });
      case 'UploadFormDefinition':
        uploaded.push('def-contacts');
        return answerFor(UploadFormDefinitionDocument, {
          uploadFormDefinition: {
            id: 'def-contacts',
            key: 'county-contacts',
            version: 1,
            name: '县级科协联络人登记表',
            description: null,
            definition: definitionAnswer({ key: 'county-contacts', version: 1, name: '县级科协联络人登记表', roles: {}, sections: [], file: 'contacts.yaml' }),
            ownerOrganisation: { id: 'o-0', shortName: '全国' },
          },
        });
      case 'SetCampaignForms':
        return answerFor(SetCampaignFormsDocument, { setCampaignForms: [] });
      case 'CampaignList':
        return answerFor(CampaignListDocument, { campaigns });
      case 'CampaignForms':
        return answerFor(CampaignFormsDocument, { campaignForms: rows });
    }
  };
}

async function open(campaigns: CampaignListQuery['campaigns'], path = '/campaigns/forms') {
  const { w, admin, api } = await mountAdminAt(path, answers(campaigns));
  await vi.waitFor(() => expect(w.findAll('.form-row')).toHaveLength(2), { timeout: 10_000 });
  return { w, api, router: admin.router };
}

describe('申报材料', { timeout: 30_000 }, () => {
  it('lists the forms the batch asks of the county, with status and last change, and opens one', async () => {
    const { w, api, router } = await open([
      { id: 'work-1', name: '第一批全国科普示范县创建（江油市）', state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: 'batch' },
    ]);
    expect(api.calls.find((c) => c.operationName === 'CampaignForms')!.variables).toEqual({ campaignId: 'batch', organisationId: null });
    expect(w.get('[data-test="forms-campaign-name"]').text()).toBe('第一批全国科普示范县创建');
    expect(w.get('[data-test="forms-organisation"]').text()).toContain('四川省江油市的申报材料');
    const [first, second] = w.findAll('.form-row');
    expect(first!.get('[data-test="form-status"]').text()).toBe('已提交');
    expect(first!.get('[data-test="form-updated"]').text()).toMatch(/^王晓梅 2026年12月4日 \d\d:\d\d$/);
    expect(first!.text()).toContain('查看');
    expect(second!.get('[data-test="form-status"]').text()).toBe('未填写');
    expect(second!.text()).toContain('尚未保存');
    expect(second!.text()).toContain('填写');
    // Not the batch's owner: no export of every county.
    expect(w.find('[data-test="xlsx-first-batch-application"]').exists()).toBe(false);

    await w.get('[data-test="open-form-first-batch-report"]').trigger('click');
    // The page loads lazily, as in the browser.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('campaign-form'), { timeout: 10_000 });
    expect(router.currentRoute.value.params['definitionId']).toBe('def-first-batch-report');
    expect(router.currentRoute.value.query).toEqual({ campaign: 'batch' });
    await flushPromises();
  });

  it('reads in English: statuses, actions and counts in English, names and titles as they are', async () => {
    localStorage.setItem('accredit.locale', 'en');
    try {
      const { w } = await open([{ id: 'work-1', name: 'First batch (Jiangyou)', state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: 'batch' }]);
      expect(w.get('[data-test="forms-organisation"]').text()).toMatch(/^Application forms of .+ · 2 in all$/);
      const [first, second] = w.findAll('.form-row');
      expect(first!.get('[data-test="form-status"]').text()).toBe('Submitted');
      expect(first!.get('[data-test="form-updated"]').text()).toMatch(/ Dec 4, 2026, \d\d:\d\d$/);
      expect(first!.text()).toContain('View');
      expect(first!.text()).toContain('Download Word');
      expect(second!.get('[data-test="form-status"]').text()).toBe('Not started');
      expect(second!.text()).toContain('Not saved yet');
      expect(second!.text()).toContain('Fill in');
      expect(w.get('.page-head').text()).toContain('Forms');
    } finally {
      localStorage.clear();
    }
  });

  it('the batch’s owner opens a participant’s forms and exports every organisation’s copy as Excel', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-disposition': "attachment; filename*=UTF-8''%E7%94%B3%E6%8A%A5%E8%A1%A8.xlsx" } }));
    vi.stubGlobal('fetch', fetch);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const { w, api } = await open(
      [{ id: 'batch', name: '第一批全国科普示范县创建', state: 'running', totalScore: 100, hasParticipants: true, applicantLevel: 'county', parentCampaignId: null }],
      '/campaigns/forms?campaign=batch&organisation=o-510781',
    );
    expect(api.calls.find((c) => c.operationName === 'CampaignForms')!.variables).toEqual({ campaignId: 'batch', organisationId: 'o-510781' });
    await w.get('[data-test="xlsx-first-batch-application"]').trigger('click');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(fetch.mock.calls[0]![0]).toBe('/api/campaigns/batch/forms/first-batch-application/export.xlsx');
    await w.get('[data-test="docx-first-batch-application"]').trigger('click');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(fetch.mock.calls[1]![0]).toBe('/api/forms/f-1/export.docx');
    await flushPromises();
  });

  it('the owner chooses the forms and adds a new one written as YAML, checked and previewed before it is uploaded', async () => {
    // The page's policy allows the browser to check definitions (no Content-Security-Policy here),
    // asked anew as on a page load.
    forgetBrowserCheck();
    vi.stubGlobal('fetch', async () => new Response(null, { status: 200 }));
    const { w, api } = await open(
      [{ id: 'batch', name: '第一批全国科普示范县创建', state: 'running', totalScore: 100, hasParticipants: true, applicantLevel: 'county', parentCampaignId: null }],
      '/campaigns/forms?campaign=batch',
    );
    await w.get('[data-test="form-setup"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-test^="choose-"]')).toHaveLength(2), { timeout: 10_000 });
    const dialog = (): Element => document.querySelector('[data-test="form-setup-dialog"]')!;
    const pick = async (name: string, text: string): Promise<void> => {
      const input = dialog().querySelector('[data-test="definition-file"]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
      input.dispatchEvent(new Event('change'));
      await flushPromises();
    };

    // A mistake is found here, with its line, before anything is sent.
    await pick('contacts.yaml', NEW_FORM.replace('maxChars: 30', 'maxChars: 0'));
    await vi.waitFor(() => expect(dialog().querySelector('[data-test="definition-errors"]')).not.toBeNull());
    expect(dialog().querySelector('[data-test="definition-errors"]')!.textContent).toContain('第 8 行');
    expect(api.calls.some((c) => c.operationName === 'UploadFormDefinition')).toBe(false);

    await pick('contacts.yaml', NEW_FORM);
    await vi.waitFor(() => expect(dialog().querySelector('[data-test="definition-preview"]')).not.toBeNull());
    const preview = dialog().querySelector('[data-test="definition-preview"]')!;
    expect(preview.textContent).toContain('县级科协联络人登记表');
    expect(preview.querySelector('[data-test="field-contacts"]')).not.toBeNull();
    (dialog().querySelector('[data-test="upload-definition"]') as HTMLElement).click();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-test^="choose-"]')).toHaveLength(3), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'UploadFormDefinition')!.variables['input']).toEqual({ fileName: 'contacts.yaml', source: NEW_FORM, shareWithDescendants: false });

    (dialog().querySelector('[data-test="save-form-setup"]') as HTMLElement).click();
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'SetCampaignForms')).toBe(true), { timeout: 10_000 });
    // The forms the campaign had, plus the new one, in the list's order.
    expect(api.calls.find((c) => c.operationName === 'SetCampaignForms')!.variables).toEqual({
      input: { campaignId: 'batch', definitionIds: ['def-first-batch-application', 'def-first-batch-report', 'def-contacts'] },
    });
    await flushPromises();
  });
});
