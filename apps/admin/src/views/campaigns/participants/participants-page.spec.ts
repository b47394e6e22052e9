import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  CampaignListDocument,
  CampaignParticipantsDocument,
  CampaignSummaryDocument,
  ParticipantQuotasDocument,
  ParticipatedCampaignsDocument,
  TransitionDocument,
  type CampaignParticipantsQuery,
  type ParticipantQuotasQuery,
} from '../../../graphql/generated/graphql';
import { OFFICE_ADMIN, answerFor, meAnswer, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import { workflowAction } from '../../../testing/workflow-action.fixture';

// 参与单位 in the whole admin against a fake API: a province's office sees its counties; an
// allowed 推荐 asks the definition's confirmation and fires with the version the row was read at;
// a refused one stays disabled with the API's reason shown up front; the quota figures (已推荐 /
// 名额, the API's) stand above the rows, red once full, and are read again after a transition.

setLogVerbosity('error');

type Row = CampaignParticipantsQuery['campaignParticipants'][number];
const nation = { id: 'o-0', shortName: '全国', level: 'national' as const };
const sichuan = { id: 'o-51', shortName: '四川', level: 'province' as const };
const QUOTA = '不能推荐：四川省名额已满：最多 1 个，已有 1 个处于"已推荐"状态';

function participant(id: string, shortName: string, version: number, recommend: { allowed: boolean; reasons: string[] }): Row {
  return {
    id,
    campaignId: 'batch',
    state: 'applied',
    stateLabel: '已申报',
    outcome: null,
    outcomeLabel: null,
    version,
    joinedBy: 'application',
    objectionWindow: null,
    workCampaignId: `work-${id}`,
    createdAt: '2026-12-01T00:00:00Z',
    organisation: { id: `o-${id}`, shortName, name: `四川省${shortName}`, level: 'county', ancestors: [nation, sichuan] },
    progress: { taskCount: 4, finishedCount: 1 },
    availableTransitions: [
      workflowAction('recommend', '推荐', { allowed: recommend.allowed, confirm: '确定推荐该单位？推荐后占用本省名额。', to: 'recommended', toLabel: '已推荐', reasons: recommend.reasons }),
      workflowAction('name', '命名', { allowed: false, available: false, to: 'named', toLabel: '已命名', reasons: ['当前状态「已申报」下不能命名'] }),
      workflowAction('withdraw', '撤回申报', { allowed: false, to: 'withdrawn', toLabel: '已撤回申报', code: 'FORBIDDEN', reasons: ['只有参与单位本身可以执行此操作'] }),
    ],
  };
}

const EXPERT = { ...OFFICE_ADMIN, id: 'u-expert', username: 'nat-expert', displayName: '评审专家', roles: ['expert'] };

type Quota = ParticipantQuotasQuery['participantQuotas'][number];
const quota = (region: string | null, taken: number, allowed: number, already = 0): Quota => ({ event: 'recommend', eventLabel: '推荐', region, taken, already, cap: allowed + already, allowed });

function answers(rows: () => Row[], as: { user?: typeof OFFICE_ADMIN; ownBatch?: boolean; quotas?: () => Quota[] } = {}) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'ParticipantQuotas':
        return answerFor(ParticipantQuotasDocument, { participantQuotas: as.quotas?.() ?? [] });
      case 'Me':
        return meAnswer(as.user ?? OFFICE_ADMIN);
      case 'CampaignSummary':
        return answerFor(CampaignSummaryDocument, {
          campaign: { id: 'work-p1', name: '第二批全国科普示范县创建（江油市）', state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: 'batch' },
        });
      case 'CampaignList':
        // A province's own list holds none of its counties' work in the national batch; the owner's holds the batch.
        return answerFor(CampaignListDocument, {
          campaigns: as.ownBatch
            ? [{ id: 'batch', name: '第二批全国科普示范县创建', state: 'preparing', totalScore: 100, hasParticipants: true, applicantLevel: 'county', parentCampaignId: null }]
            : [],
        });
      case 'ParticipatedCampaigns':
        // The batch its counties take part in, by its own name.
        return answerFor(ParticipatedCampaignsDocument, { campaigns: [{ id: 'batch', name: '第二批全国科普示范县创建', applicantLevel: 'county' }] });
      case 'CampaignParticipants':
        return answerFor(CampaignParticipantsDocument, { campaignParticipants: rows() });
      case 'Transition':
        return answerFor(TransitionDocument, {
          transition: {
            entityType: 'participant',
            id: 'p1',
            state: 'recommended',
            stateLabel: '已推荐',
            version: 2,
            entry: {
              id: 'l-1',
              event: 'recommend',
              eventLabel: '推荐',
              from: 'applied',
              fromLabel: '已申报',
              to: 'recommended',
              toLabel: '已推荐',
              actorName: '王晓梅',
              actorRoles: ['office_admin'],
              comment: null,
              at: '2026-12-05T00:00:00Z',
              definitionVersion: 1,
            },
            task: null,
            campaign: null,
            participant: { id: 'p1', state: 'recommended', stateLabel: '已推荐', outcome: 'recommended', outcomeLabel: '推荐', version: 2 },
          },
        });
    }
  };
}

describe('参与单位', { timeout: 30_000 }, () => {
  it('finds the national batch its counties take part in, recommends with the row’s version, and shows a refusal’s reason up front', async () => {
    const rows = [participant('p1', '江油市', 1, { allowed: true, reasons: [] }), participant('p2', '绵竹市', 3, { allowed: false, reasons: [QUOTA] })];
    let quotas = [quota(null, 12, 50), quota('四川省', 1, 2, 1)];
    const { w, api } = await mountAdminAt(
      '/campaigns/participants',
      answers(() => rows, { quotas: () => quotas }),
    );
    await vi.waitFor(() => expect(w.findAll('.participant-row')).toHaveLength(2), { timeout: 10_000 });

    expect(w.get('[data-test="participants-campaign-name"]').text()).toBe('第二批全国科普示范县创建');
    expect(api.calls.find((c) => c.operationName === 'CampaignParticipants')!.variables).toEqual({ campaignId: 'batch' });
    expect(w.get('[data-test="province-四川"]').text()).toContain('1 / 4');
    // 绵竹市's 推荐 is refused: disabled, the quota said beside it; 撤回申报 (the county's own) is not offered.
    const refused = w.get('[data-test="participant-actions-绵竹市"]');
    expect(refused.get('[data-test="action-recommend"]').attributes('disabled')).toBeDefined();
    expect(refused.get('[data-test="refused-reasons"]').text()).toContain('四川省名额已满');
    expect(w.find('[data-test="action-withdraw"]').exists()).toBe(false);
    expect(w.find('[data-test="action-name"]').exists()).toBe(false);
    // Before clicking: how many places are taken, nationally and in 四川省 (one named in an earlier batch taken off).
    expect(api.calls.find((c) => c.operationName === 'ParticipantQuotas')!.variables).toEqual({ campaignId: 'batch' });
    const figures = () => w.findAll('[data-test="participant-quota"]').map((tag) => ({ text: tag.text(), full: tag.classes().includes('el-tag--danger') }));
    expect(figures()).toEqual([
      { text: '全国：已推荐 12 / 名额 50', full: false },
      { text: '四川省：已推荐 1 / 名额 2（上限 3，已扣除此前批次 1 个）', full: false },
    ]);
    quotas = [quota(null, 13, 50), quota('四川省', 2, 2, 1)];

    await w.get('[data-test="participant-actions-江油市"] [data-test="action-recommend"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull(), { timeout: 10_000 });
    expect(document.querySelector('.el-message-box')!.textContent).toContain('推荐后占用本省名额');
    (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'Transition')).toBe(true), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'Transition')!.variables['input']).toEqual({ entityType: 'participant', id: 'p1', event: 'recommend', expectedVersion: 1, comment: null });
    // The rows are read again (the quota may have changed for the others).
    await vi.waitFor(() => expect(api.calls.filter((c) => c.operationName === 'CampaignParticipants').length).toBeGreaterThan(1), { timeout: 10_000 });
    // So are the quotas: 四川省 is now full, said in red before anyone tries the next one.
    await vi.waitFor(() => expect(figures()[1]).toEqual({ text: '四川省：已推荐 2 / 名额 2（上限 3，已扣除此前批次 1 个） · 已满', full: true }), { timeout: 10_000 });
    expect(api.calls.filter((c) => c.operationName === 'ParticipantQuotas')).toHaveLength(2);
    await flushPromises();
  });

  it('lets the owner’s expert open a county’s work (not in its list) from its row, and offers no invitation', async () => {
    const rows = [participant('p1', '江油市', 1, { allowed: false, reasons: ['只有参与单位所在的省可以执行此操作'] })];
    const { w, admin, api } = await mountAdminAt(
      '/campaigns/participants',
      answers(() => rows, { user: EXPERT, ownBatch: true }),
    );
    await vi.waitFor(() => expect(w.findAll('.participant-row')).toHaveLength(1), { timeout: 10_000 });
    expect(w.find('[data-test="invite-open"]').exists()).toBe(false);
    await w.get('[data-test="open-work-江油市"]').trigger('click');
    await vi.waitFor(() => expect(admin.router.currentRoute.value.fullPath).toBe('/dashboard?campaign=work-p1'), { timeout: 10_000 });
    // The header names the work campaign, read on its own.
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'CampaignSummary' && c.variables['id'] === 'work-p1')).toBe(true), { timeout: 10_000 });
  });
});
