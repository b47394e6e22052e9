import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CampaignFormsDocument,
  CampaignListDocument,
  FormSelectionsDocument,
  ParticipatedCampaignsDocument,
  SelectFormDocument,
  SetFormSelectionCapsDocument,
  UnselectFormDocument,
  type CampaignListQuery,
  type FormSelectionsQuery,
} from '../../../graphql/generated/graphql';
import { answerFor, apiError, filledFormAnswer, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 遴选报送: a province's office chooses its counties' 典型案例 up to the cap (the buttons close at
// the cap; the API's refusal is shown as it comes); the campaign's owner reads only what was
// chosen, exports it, and sets the caps.

setLogVerbosity('error');

afterEach(() => {
  vi.unstubAllGlobals();
});

const county = (id: string, name: string) => ({ id, name: `四川省${name}`, shortName: name });
const entry = (formId: string, name: string, selected: boolean) => ({
  formId,
  organisation: county(`o-${formId}`, name),
  status: 'SUBMITTED' as const,
  submittedAt: '2026-12-04T02:00:00Z',
  selected,
  selectedAt: selected ? '2026-12-05T02:00:00Z' : null,
  selectedByName: selected ? '刘科长' : null,
});

function board(selected: readonly string[], canSelect: boolean): FormSelectionsQuery['formSelections'][number] {
  const entries = [entry('f-1', '川甲县', selected.includes('f-1')), entry('f-2', '川乙县', selected.includes('f-2')), entry('f-3', '川丙县', selected.includes('f-3'))];
  return {
    campaignId: 'batch',
    definitionId: 'def-cases',
    definitionKey: 'county-typical-case',
    definitionName: '示范县年度典型案例',
    per: 'PROVINCE',
    max: 2,
    canSelect,
    groups: [{ group: { id: 'o-510000', name: '四川省', shortName: '四川' }, selectedCount: selected.length, entries }],
  };
}

function answers(state: { selected: string[]; canSelect: boolean; campaigns: CampaignListQuery['campaigns']; caps?: unknown[] }) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'CampaignList':
        return answerFor(CampaignListDocument, { campaigns: state.campaigns });
      case 'ParticipatedCampaigns':
        return answerFor(ParticipatedCampaignsDocument, { campaigns: [] });
      case 'FormSelections':
        return answerFor(FormSelectionsDocument, { formSelections: [board(state.selected, state.canSelect)] });
      case 'SelectForm':
        if (state.selected.length >= 2) return apiError('四川省已遴选 2 份「示范县年度典型案例」，每个省级单位最多 2 份；请先取消一份再遴选', 'CONFLICT');
        state.selected.push((operation.variables['input'] as { formId: string }).formId);
        return answerFor(SelectFormDocument, { selectForm: board(state.selected, state.canSelect) });
      case 'UnselectForm': {
        const { formId } = operation.variables['input'] as { formId: string };
        state.selected = state.selected.filter((id) => id !== formId);
        return answerFor(UnselectFormDocument, { unselectForm: board(state.selected, state.canSelect) });
      }
      case 'CampaignForms':
        return answerFor(CampaignFormsDocument, {
          campaignForms: [filledFormAnswer({ key: 'county-typical-case', version: 1, name: '示范县年度典型案例', roles: {}, sections: [], file: 'typical-cases.yaml' }, { definitionId: 'def-cases' })],
        });
      case 'SetFormSelectionCaps':
        state.caps = (operation.variables['input'] as { selections: unknown[] }).selections;
        return answerFor(SetFormSelectionCapsDocument, { setCampaignForms: [{ id: 'def-cases' }] });
    }
  };
}

async function open(state: Parameters<typeof answers>[0]) {
  const { w, api } = await mountAdminAt('/campaigns/forms/selections?campaign=batch', answers(state));
  await vi.waitFor(() => expect(w.find('[data-test="board-county-typical-case"]').exists()).toBe(true), { timeout: 10_000 });
  return { w, api };
}

const rowOf = (w: VueWrapper, name: string) => w.findAll('.el-table__row').find((row) => row.text().includes(name))!;

describe('遴选报送', { timeout: 30_000 }, () => {
  it('lets a province choose up to its cap, then closes the remaining choices', async () => {
    const state = { selected: ['f-1'], canSelect: true, campaigns: [] };
    const { w, api } = await open(state);
    expect(w.get('[data-test="group-count"]').text()).toBe('已遴选 1 / 2');
    expect(w.findAll('.el-table__row')).toHaveLength(3);
    expect(rowOf(w, '川甲县').get('[data-test="selected-by"]').text()).toMatch(/^刘科长 于 2026年12月5日 \d\d:\d\d 遴选$/);

    const reads = api.calls.filter((c) => c.operationName === 'FormSelections').length;
    await w.get('[data-test="toggle-川乙县"]').trigger('click');
    await vi.waitFor(() => expect(w.get('[data-test="group-count"]').text()).toBe('已遴选 2 / 2'), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'SelectForm')!.variables).toEqual({ input: { formId: 'f-2' } });
    // The board came with the answer: the boards are not read again.
    expect(api.calls.filter((c) => c.operationName === 'FormSelections')).toHaveLength(reads);
    expect(w.get('[data-test="toggle-川丙县"]').attributes('disabled')).toBeDefined();
    // A chosen one can still be withdrawn.
    expect(w.get('[data-test="toggle-川甲县"]').attributes('disabled')).toBeUndefined();
    expect(w.get('[data-test="toggle-川甲县"]').text()).toBe('取消遴选');
    expect(w.find('[data-test="selection-caps"]').exists()).toBe(false);

    // Withdrawing one opens the choices again, from the board the answer carries.
    await w.get('[data-test="toggle-川甲县"]').trigger('click');
    await vi.waitFor(() => expect(w.get('[data-test="group-count"]').text()).toBe('已遴选 1 / 2'), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'UnselectForm')!.variables).toEqual({ input: { formId: 'f-1' } });
    expect(w.get('[data-test="toggle-川丙县"]').attributes('disabled')).toBeUndefined();
    expect(api.calls.filter((c) => c.operationName === 'FormSelections')).toHaveLength(reads);
    await flushPromises();
  });

  it('shows the owner only what was chosen, exports it, and saves the caps', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-disposition': "attachment; filename*=UTF-8''cases.xlsx" } }));
    vi.stubGlobal('fetch', fetch);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const state: Parameters<typeof answers>[0] = {
      selected: ['f-1', 'f-3'],
      canSelect: false,
      campaigns: [{ id: 'batch', name: '2025年度全国科普示范县工作总结', state: 'running', totalScore: 100, hasParticipants: true, applicantLevel: 'county', parentCampaignId: null }],
    };
    const { w } = await open(state);
    await vi.waitFor(() => expect(w.findAll('.el-table__row').length).toBe(2), { timeout: 10_000 });
    expect(w.text()).not.toContain('川乙县');
    expect(w.find('[data-test="toggle-川甲县"]').exists()).toBe(false);

    await w.get('[data-test="export-selected-county-typical-case"]').trigger('click');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled(), { timeout: 10_000 });
    expect(fetch.mock.calls[0]![0]).toBe('/api/campaigns/batch/forms/county-typical-case/export.xlsx?selected=true');

    await vi.waitFor(() => expect(w.find('[data-test="selection-caps"]').exists()).toBe(true), { timeout: 10_000 });
    await w.get('[data-test="selection-caps"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-test="selection-caps-table"] .el-table__row')).toHaveLength(1), { timeout: 10_000 });
    (document.querySelector('[data-test="selection-caps-save"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(state.caps).toEqual([{ definitionId: 'def-cases', per: 'PROVINCE', max: 2 }]), { timeout: 10_000 });
    await flushPromises();
  });
});
