import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CampaignListDocument, FileObjectionDocument, ParticipatedCampaignsDocument, PublicisedParticipantsDocument, type PublicisedParticipantsQuery } from '../../../graphql/generated/graphql';
import { LIAISON, answerFor, meAnswer, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import { groupByCampaign, searchPublicised } from './publicity.model';

// 公示中 in the whole admin against a fake API: a liaison of a district (who sees no participant
// on 参与单位) finds every batch's units in publicity in the menu, files an objection against one
// whose publicity runs (the text required), and gets none offered where the dates are over.

setLogVerbosity('error');

type Row = PublicisedParticipantsQuery['publicisedParticipants'][number];
const running = { label: '公示期', startsOn: '2026-12-01', endsOn: '2026-12-10', open: true };
const over = { label: '公示期', startsOn: '2026-11-01', endsOn: '2026-11-10', open: false };
const unit = (participantId: string, shortName: string, province: string, campaign: [string, string], phase = running): Row => ({
  participantId,
  campaignId: campaign[0],
  campaignName: campaign[1],
  organisationName: `${province}${shortName}`,
  organisationShortName: shortName,
  organisationCode: `51${participantId}`,
  province,
  status: '公示中',
  phase,
});
const FIRST: [string, string] = ['batch-1', '第一批全国科普示范县'];
const SECOND: [string, string] = ['batch-2', '第二批全国科普示范县'];
const ROWS: Row[] = [unit('p1', '江油市', '四川省', FIRST), unit('p2', '凯里市', '贵州省', FIRST), unit('p3', '绵竹市', '四川省', SECOND, over)];

function answers(operation: Operation): Answer | undefined {
  switch (operation.operationName) {
    case 'Me':
      return meAnswer(LIAISON);
    case 'CampaignList':
      return answerFor(CampaignListDocument, { campaigns: [] });
    case 'ParticipatedCampaigns':
      return answerFor(ParticipatedCampaignsDocument, { campaigns: [] });
    case 'PublicisedParticipants':
      return answerFor(PublicisedParticipantsDocument, { publicisedParticipants: ROWS });
    case 'FileObjection':
      return answerFor(FileObjectionDocument, {
        fileObjection: {
          id: 'ob-1',
          participantId: 'p1',
          campaignId: 'batch-1',
          content: '场馆闭馆',
          state: 'open',
          filedAt: '2026-12-05T00:00:00Z',
          filedByName: null,
          answer: null,
          answeredByName: null,
          answeredAt: null,
        },
      });
  }
}

describe('公示中', { timeout: 30_000 }, () => {
  it('shows a liaison every batch’s publicised units and files an objection while the publicity runs', async () => {
    const { w, admin, api } = await mountAdminAt('/my-tasks', answers);
    await vi.waitFor(() => expect(w.find('[data-test="menu-campaign-publicity"]').exists()).toBe(true), { timeout: 10_000 });
    await admin.router.push('/campaigns/publicity');
    await vi.waitFor(() => expect(w.findAll('.publicity-row')).toHaveLength(3), { timeout: 10_000 });

    const first = w.get('[data-test="publicity-campaign-第一批全国科普示范县"]');
    expect(first.text()).toContain('2 个单位在公示');
    // The public page of the batch (the app's own address for it: hash history in the browser).
    expect(first.get('[data-test="publicity-public-link"]').attributes('href')).toBe(admin.router.resolve({ name: 'public-publicity', params: { campaignId: 'batch-1' } }).href);
    expect(admin.router.resolve({ name: 'public-publicity', params: { campaignId: 'batch-1' } }).path).toBe('/public/campaigns/batch-1/publicity');
    // The second batch's publicity is over: nothing to file there.
    expect(w.find('[data-test="publicity-file-绵竹市"]').exists()).toBe(false);
    expect(w.get('[data-test="publicity-closed-绵竹市"]').text()).toBe('不在公示期内');

    await w.get('[data-test="publicity-file-江油市"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box textarea')).not.toBeNull(), { timeout: 10_000 });
    expect(document.querySelector('.el-message-box')!.textContent).toContain('对江油市提出异议');
    // Empty is refused in the dialog, before the API.
    (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
    await vi.waitFor(() => expect(document.querySelector('.el-message-box__errormsg')?.textContent).toContain('请填写异议内容'), { timeout: 10_000 });
    const input = document.querySelector('.el-message-box textarea') as HTMLTextAreaElement;
    input.value = '场馆闭馆';
    input.dispatchEvent(new Event('input'));
    await flushPromises();
    (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'FileObjection')).toBe(true), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'FileObjection')!.variables['input']).toEqual({ participantId: 'p1', content: '场馆闭馆' });
    await vi.waitFor(() => expect(document.querySelector('.el-message--success')?.textContent).toContain('已提出异议'), { timeout: 10_000 });

    // A search narrows to a unit or a province.
    // Element Plus puts the attribute on the input itself.
    await w.get('input[data-test="publicity-search"]').setValue('贵州');
    await vi.waitFor(() => expect(w.findAll('.publicity-row')).toHaveLength(1), { timeout: 10_000 });
    expect(w.get('.publicity-row').text()).toContain('凯里市');
  });
});

describe('publicity.model', () => {
  it('groups by campaign in the API’s order and searches units, codes and provinces', () => {
    expect(groupByCampaign(ROWS).map((g) => [g.campaignName, g.rows.map((r) => r.organisationShortName), g.phase.open])).toEqual([
      ['第一批全国科普示范县', ['江油市', '凯里市'], true],
      ['第二批全国科普示范县', ['绵竹市'], false],
    ]);
    expect(searchPublicised(ROWS, ' 四川 ').map((r) => r.participantId)).toEqual(['p1', 'p3']);
    expect(searchPublicised(ROWS, '51p2').map((r) => r.participantId)).toEqual(['p2']);
    expect(searchPublicised(ROWS, '')).toHaveLength(3);
  });
});
