import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignListDocument, ParticipantsByRegionDocument, ParticipatedCampaignsDocument, TransitionParticipantsDocument, type ParticipantsByRegionQuery } from '../../../graphql/generated/graphql';
import { OFFICE_ADMIN, answerFor, meAnswer, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 报送情况 in the whole admin against a fake API: the national office sees per province who has
// not filed the yearly report, and reminds all those it may remind after a confirmation that
// states the counts; a county already reminded is not sent again.

setLogVerbosity('error');

const CYCLE = '2026年度示范县工作总结';
const REMIND = { event: 'remind', label: '催报', available: true, needsComment: false, confirm: '确定催报？该县的办公室管理员会收到通知。', to: 'reminded', toLabel: '已催报' };

afterEach(() => {
  vi.unstubAllGlobals();
});

const open = (id: string, shortName: string, state: 'pending' | 'reminded') => ({
  id,
  version: 1,
  state,
  stateLabel: state === 'pending' ? '待报送' : '已催报',
  organisation: { id: `o-${id}`, shortName, name: shortName },
  availableTransitions:
    state === 'pending'
      ? [{ ...REMIND, allowed: true, code: null, reasons: [] }]
      : [{ ...REMIND, available: false, allowed: false, code: 'TRANSITION_NOT_ALLOWED' as const, reasons: ['不能催报：当前状态"已催报"下不可执行此操作'] }],
});

function answers(state: { reminded: string[] }) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'Me':
        return meAnswer({ ...OFFICE_ADMIN, organisationName: '中国科协' });
      case 'MyOrganisation':
        return { data: { myOrganisation: { __typename: 'Organisation', id: 'o-000000', name: '中国科学技术协会', shortName: '全国', levelLabel: '全国', ancestors: [] } } };
      case 'CampaignList':
        return answerFor(CampaignListDocument, { campaigns: [{ id: 'cycle', name: CYCLE, state: 'preparing', totalScore: 100, hasParticipants: true, applicantLevel: null, parentCampaignId: null }] });
      case 'ParticipatedCampaigns':
        return answerFor(ParticipatedCampaignsDocument, { campaigns: [] });
      case 'ParticipantsByRegion': {
        const sichuan: ParticipantsByRegionQuery['participantsByRegion'][number] = {
          region: { id: 'o-510000', name: '四川省', shortName: '四川' },
          total: 3,
          finished: 1,
          open: [open('sc2', '四川示范县2', state.reminded.includes('sc2') ? 'reminded' : 'pending'), open('sc3', '四川示范县3', 'reminded')],
        };
        return answerFor(ParticipantsByRegionDocument, { participantsByRegion: [sichuan, { region: { id: 'o-520000', name: '贵州省', shortName: '贵州' }, total: 2, finished: 2, open: [] }] });
      }
      case 'TransitionParticipants': {
        const ids = (operation.variables['input'] as { participants: { id: string }[] }).participants.map((p) => p.id);
        state.reminded.push(...ids);
        return answerFor(TransitionParticipantsDocument, {
          transitionParticipants: ids.map((id) => ({ participantId: id, ok: true, code: null, message: null, result: { state: 'reminded', stateLabel: '已催报', version: 2 } })),
        });
      }
    }
  };
}

describe('报送情况', { timeout: 30_000 }, () => {
  it('shows per province who has not filed and reminds all it may after stating the counts', async () => {
    const state = { reminded: [] as string[] };
    const { w, api } = await mountAdminAt('/campaigns/filing-status?campaign=cycle', answers(state));
    await vi.waitFor(() => expect(w.find('[data-test="filing-summary"]').text()).toBe('2 个省（区、市）共 5 个单位：已报送 3 个，未报送 2 个'), { timeout: 10_000 });
    expect(w.get('[data-test="regions"]').text()).toContain('四川省');
    expect(w.find('.side-menu__item.is-active').text()).toBe('报送情况');

    // Only the county not yet reminded counts; the one already reminded is said to be left alone.
    expect(w.get('[data-test="bulk-remind"]').text()).toBe('催报全部未报送（1）');
    await w.get('[data-test="bulk-remind"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull(), { timeout: 10_000 });
    const asked = document.querySelector('.el-message-box')!.textContent!;
    expect(asked).toContain('将对 1 个省（区、市）的 1 个未报送单位执行「催报」');
    expect(asked).toContain('另有 1 个未报送单位当前不能执行');
    (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
    await vi.waitFor(
      () =>
        expect(api.calls.find((c) => c.operationName === 'TransitionParticipants')?.variables).toEqual({
          input: { event: 'remind', comment: null, participants: [{ id: 'sc2', expectedVersion: 1 }] },
        }),
      { timeout: 10_000 },
    );

    // Read again: nobody is left to remind, so the button goes.
    await vi.waitFor(() => expect(w.find('[data-test="bulk-remind"]').exists()).toBe(false), { timeout: 10_000 });
    await flushPromises();
    expect(api.calls.filter((c) => c.operationName === 'ParticipantsByRegion').length).toBeGreaterThanOrEqual(2);
  });

  it('shows skeletons, not zero counts, until the figures arrive', async () => {
    const { w, api } = await mountAdminAt('/campaigns/filing-status?campaign=cycle', answers({ reminded: [] }), { hold: ['ParticipantsByRegion'] });
    await vi.waitFor(() => expect(w.find('[data-test="filing-summary-skeleton"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.find('[data-test="filing-summary"]').exists()).toBe(false);
    expect(w.find('[data-test="regions"]').exists()).toBe(false);
    api.release(['ParticipantsByRegion']);
    await vi.waitFor(() => expect(w.find('[data-test="filing-summary"]').text()).toContain('未报送 2 个'), { timeout: 10_000 });
    expect(w.find('[data-test="filing-summary-skeleton"]').exists()).toBe(false);
  });

  it('lists the counties not filed of a province with 催报 for the one that may still be reminded', async () => {
    const { w } = await mountAdminAt('/campaigns/filing-status?campaign=cycle', answers({ reminded: [] }));
    await vi.waitFor(() => expect(w.find('[data-test="regions"] .el-table__expand-icon').exists()).toBe(true), { timeout: 10_000 });
    await w.get('[data-test="regions"] .el-table__expand-icon').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="open-o-510000"]').exists()).toBe(true), { timeout: 10_000 });
    const counties = w.get('[data-test="open-o-510000"]').text();
    expect(counties).toContain('四川示范县2');
    expect(counties).toContain('待报送');
    expect(counties).toContain('已催报');
    expect(w.find('[data-test="fire-sc2-remind"]').exists()).toBe(true);
    expect(w.find('[data-test="fire-sc3-remind"]').exists()).toBe(false);
  });

  it('exports the not-filed list from the API', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-disposition': 'attachment; filename="not-filed.xlsx"' } }));
    vi.stubGlobal('fetch', fetch);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const { w } = await mountAdminAt('/campaigns/filing-status?campaign=cycle', answers({ reminded: [] }));
    await vi.waitFor(() => expect(w.find('[data-test="export-not-filed"]').attributes('disabled')).toBeUndefined(), { timeout: 10_000 });
    await w.get('[data-test="export-not-filed"]').trigger('click');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(fetch.mock.calls[0]![0]).toBe('/api/campaigns/cycle/export/not-filed.xlsx');
    await flushPromises();
  });
});
