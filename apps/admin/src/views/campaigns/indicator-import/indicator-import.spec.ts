import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CampaignListDocument, DepartmentsDocument, ImportIndicatorTableDocument, PreviewIndicatorTableDocument, type PreviewIndicatorTableMutation } from '../../../graphql/generated/graphql';
import { answerFor, type Answer, onePage } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 指标导入 for a national standard whose responsible units are the participants' departments
// (县科协): the office says so before the preview, and both the preview and the import carry it.

setLogVerbosity('error');

const NAME = '全国科普示范县（市、区）评价标准（节选）';
const PREVIEW: PreviewIndicatorTableMutation['previewIndicatorTable'] = {
  ok: true,
  name: NAME,
  key: 'national-county-standard',
  sheet: null,
  layout: 'numbered',
  totalScore: 20,
  indicatorCount: 2,
  requirementCount: 2,
  ruleCount: 3,
  indicators: [],
  problems: [],
  unknownUnits: [],
};

function answers(operation: Operation): Answer | undefined {
  switch (operation.operationName) {
    case 'CampaignList':
      return answerFor(CampaignListDocument, { campaigns: [] });
    case 'Departments':
      return answerFor(DepartmentsDocument, { departments: onePage([]) });
    case 'PreviewIndicatorTable':
      return answerFor(PreviewIndicatorTableDocument, { previewIndicatorTable: PREVIEW });
    case 'ImportIndicatorTable':
      return answerFor(ImportIndicatorTableDocument, {
        importIndicatorTable: { created: true, systemId: 's-1', key: 'national-county-standard', name: NAME, version: 1, indicatorCount: 2, requirementCount: 2, ruleCount: 3, warnings: [] },
      });
  }
}

describe('指标导入 of a standard for participants', { timeout: 30_000 }, () => {
  it('previews and imports with 责任单位是下级参与单位的部门, and reads the file again when it is changed', async () => {
    const { w: wrapper, api } = await mountAdminAt('/campaigns/indicator-import', answers);
    await flushPromises();
    const w = wrapper;

    await w.get('[data-test="units-of-participants"] input').setValue(true);
    const input = w.get('[data-test="file-input"]');
    const file = new File(['指标,分值\n1.组织领导,10\n'], 'national-county-standard.csv', { type: 'text/csv' });
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
    const previews = () => api.calls.filter((c) => c.operationName === 'PreviewIndicatorTable');
    await vi.waitFor(() => expect(previews()).toHaveLength(1));
    expect(previews()[0]!.variables['input']).toMatchObject({ fileName: 'national-county-standard.csv', unitsOfParticipants: true });

    await vi.waitFor(() => expect((w.get('[data-test="import"]').element as HTMLButtonElement).disabled).toBe(false));
    await w.get('[data-test="import"]').trigger('click');
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'ImportIndicatorTable')).toBe(true));
    expect(api.calls.find((c) => c.operationName === 'ImportIndicatorTable')!.variables['input']).toMatchObject({ key: 'national-county-standard', unitsOfParticipants: true });

    // Unticked: the same file is previewed again, now checked against this organisation's departments.
    await w.get('[data-test="units-of-participants"] input').setValue(false);
    await vi.waitFor(() => expect(previews()).toHaveLength(2));
    expect(previews()[1]!.variables['input']).toMatchObject({ unitsOfParticipants: false });
  });
});
