import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ApplyToCampaignDocument, CampaignListDocument, CampaignParticipantsDocument, CampaignsOpenForApplicationDocument, ParticipatedCampaignsDocument } from '../../../graphql/generated/graphql';
import { answerFor, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 申报 in the whole admin against a fake API: a county's office sees the national batch open to
// it, applies only after confirming, and then follows its application (its own row of the batch).

setLogVerbosity('error');

const BATCH = '2021—2025年度第二批全国科普示范县创建';

function answers(state: { applied: boolean }) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'CampaignList':
        return answerFor(CampaignListDocument, {
          campaigns: state.applied
            ? [{ id: 'work-1', name: `${BATCH}（沙坪坝区）`, state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: 'batch' }]
            : [],
        });
      case 'ParticipatedCampaigns':
        return answerFor(ParticipatedCampaignsDocument, { campaigns: state.applied ? [{ id: 'batch', name: BATCH, applicantLevel: 'county' }] : [] });
      case 'CampaignsOpenForApplication':
        return answerFor(CampaignsOpenForApplicationDocument, {
          campaignsOpenForApplication: state.applied
            ? []
            : [
                {
                  id: 'batch',
                  name: BATCH,
                  applicantLevel: 'county',
                  organisation: { id: 'o-000000', shortName: '全国' },
                  phases: [{ key: 'application', name: '申报推荐', startsOn: '2026-12-01', endsOn: '2027-01-31' }],
                },
              ],
        });
      case 'ApplyToCampaign':
        state.applied = true;
        return answerFor(ApplyToCampaignDocument, {
          applyToCampaign: { id: 'p-1', campaignId: 'batch', state: 'applied', stateLabel: '已申报', version: 1, joinedBy: 'application', workCampaignId: 'work-1' },
        });
      case 'CampaignParticipants':
        return answerFor(CampaignParticipantsDocument, {
          campaignParticipants: [
            {
              id: 'p-1',
              campaignId: 'batch',
              state: 'applied',
              stateLabel: '已申报',
              outcome: null,
              outcomeLabel: null,
              version: 1,
              joinedBy: 'application',
              objectionWindow: null,
              workCampaignId: 'work-1',
              createdAt: '2026-12-05T00:00:00Z',
              organisation: { id: 'o-500106', shortName: '沙坪坝区', name: '重庆市沙坪坝区', level: 'county', ancestors: [] },
              progress: { taskCount: 4, finishedCount: 0 },
              availableTransitions: [
                {
                  event: 'withdraw',
                  label: '撤回申报',
                  allowed: true,
                  available: true,
                  needsComment: false,
                  confirm: '确定撤回本单位的申报？撤回后不能恢复。',
                  to: 'withdrawn',
                  toLabel: '已撤回申报',
                  code: null,
                  reasons: [],
                },
              ],
            },
          ],
        });
    }
  };
}

describe('申报', { timeout: 30_000 }, () => {
  it('applies to an open campaign after confirming, then shows where the application stands', async () => {
    const state = { applied: false };
    const { w, api } = await mountAdminAt('/campaigns/applications', answers(state));
    await vi.waitFor(() => expect(w.find('[data-test="apply-batch"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.get('[data-test="open-campaigns"]').text()).toContain('2026年12月—2027年1月');

    // Cancelling the confirmation applies to nothing.
    await w.get('[data-test="apply-batch"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull(), { timeout: 10_000 });
    expect(document.querySelector('.el-message-box')!.textContent).toContain(BATCH);
    (document.querySelector('.el-message-box__btns .el-button:not(.el-button--primary)') as HTMLElement).click();
    await flushPromises();
    expect(api.calls.some((c) => c.operationName === 'ApplyToCampaign')).toBe(false);

    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).toBeNull(), { timeout: 10_000 });
    await w.get('[data-test="apply-batch"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull(), { timeout: 10_000 });
    (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
    await vi.waitFor(() => expect(api.calls.find((c) => c.operationName === 'ApplyToCampaign')?.variables).toEqual({ input: { campaignId: 'batch' } }), { timeout: 10_000 });

    // The campaign list now holds its work campaign: the card shows its own row of the batch.
    await vi.waitFor(() => expect(w.find('[data-test="application-batch"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.get('[data-test="application-state"]').text()).toBe('已申报');
    expect(w.get('[data-test="application-batch"]').text()).toContain('0 / 4');
    expect(w.find('[data-test="action-withdraw"]').exists()).toBe(true);
    expect(w.find('[data-test="apply-batch"]').exists()).toBe(false);
  });
});
