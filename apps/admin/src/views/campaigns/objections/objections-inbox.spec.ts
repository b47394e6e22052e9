import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  AnswerObjectionDocument,
  CampaignListDocument,
  CampaignObjectionsDocument,
  CampaignParticipantsDocument,
  ParticipatedCampaignsDocument,
  type CampaignParticipantsQuery,
  type ObjectionFieldsFragment,
} from '../../../graphql/generated/graphql';
import { answerFor, apiError, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 异议答复 in the whole admin against a fake API: the owner's office finds its batch's objections
// in the menu, sees the open ones first with the unit and who filed them, answers one (the text
// required), and the list is read again; a refusal (answered by someone else) shows the API's words.

setLogVerbosity('error');

type Row = CampaignParticipantsQuery['campaignParticipants'][number];
const county = (id: string, shortName: string): Row => ({
  id,
  campaignId: 'batch',
  state: 'publicity',
  stateLabel: '公示中',
  outcome: null,
  outcomeLabel: null,
  version: 3,
  joinedBy: 'application',
  workCampaignId: null,
  createdAt: '2026-12-01T00:00:00Z',
  organisation: { id: `o-${id}`, shortName, name: `四川省${shortName}`, level: 'county', ancestors: [] },
  progress: null,
  objectionWindow: null,
  availableTransitions: [],
});

const objection = (id: string, participantId: string, fields: Partial<ObjectionFieldsFragment> = {}): ObjectionFieldsFragment => ({
  id,
  participantId,
  campaignId: 'batch',
  content: `对${participantId}的异议`,
  state: 'open',
  filedAt: '2026-12-02T02:00:00Z',
  filedByName: '四川省科协',
  answer: null,
  answeredByName: null,
  answeredAt: null,
  ...fields,
});

function answers(answer: () => Answer) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'CampaignList':
        return answerFor(CampaignListDocument, {
          campaigns: [
            { id: 'own', name: '本区创建工作', state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null },
            { id: 'batch', name: '第一批全国科普示范县', state: 'preparing', totalScore: 100, hasParticipants: true, applicantLevel: 'county', parentCampaignId: null },
          ],
        });
      case 'ParticipatedCampaigns':
        return answerFor(ParticipatedCampaignsDocument, { campaigns: [] });
      case 'CampaignParticipants':
        return answerFor(CampaignParticipantsDocument, { campaignParticipants: [county('p1', '江油市'), county('p2', '绵竹市')] });
      case 'CampaignObjections':
        return answerFor(CampaignObjectionsDocument, {
          campaignObjections: [
            objection('ob-answered', 'p2', { state: 'answered', filedAt: '2026-12-01T02:00:00Z', answer: '不成立', answeredByName: '中国科协科普部', answeredAt: '2026-12-02T00:00:00Z' }),
            objection('ob-open', 'p1'),
          ],
        });
      case 'AnswerObjection':
        return answer();
    }
  };
}

async function openInbox(answer: () => Answer) {
  const { w, admin, api } = await mountAdminAt('/dashboard', answers(answer));
  // The menu offers it to the owner of a batch.
  await vi.waitFor(() => expect(w.find('[data-test="menu-campaign-objections"]').exists()).toBe(true), { timeout: 10_000 });
  await admin.router.push('/campaigns/objections');
  await vi.waitFor(() => expect(w.findAll('.objection-row')).toHaveLength(1), { timeout: 10_000 });
  return { w, api, admin };
}

async function typeAndConfirm(text: string): Promise<void> {
  await vi.waitFor(() => expect(document.querySelector('.el-message-box textarea')).not.toBeNull(), { timeout: 10_000 });
  const input = document.querySelector('.el-message-box textarea') as HTMLTextAreaElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
  (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
  await flushPromises();
}

describe('异议答复', { timeout: 30_000 }, () => {
  it('shows a skeleton, not 0 / 0, until the objections arrive', async () => {
    const { w, api } = await mountAdminAt(
      '/campaigns/objections',
      answers(() => apiError('unused', 'INTERNAL')),
      { hold: ['CampaignObjections'] },
    );
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'CampaignObjections')).toBe(true), { timeout: 10_000 });
    await vi.waitFor(() => expect(w.find('[data-test="objections-skeleton"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.find('[data-test="objections-count"]').exists()).toBe(false);
    expect(w.findAll('.objection-row')).toHaveLength(0);
    api.release(['CampaignObjections']);
    await vi.waitFor(() => expect(w.get('.objection-row').text()).toContain('江油市'), { timeout: 10_000 });
    expect(w.find('[data-test="objections-skeleton"]').exists()).toBe(false);
  });

  it('lists the batch’s open objections with the unit and the filer, and answers one', async () => {
    const { w, api } = await openInbox(() =>
      answerFor(AnswerObjectionDocument, { answerObjection: objection('ob-open', 'p1', { state: 'answered', answer: '已核实', answeredByName: '王晓梅', answeredAt: '2026-12-05T00:00:00Z' }) }),
    );
    // The batch, not the organisation's own campaign without participants.
    expect(w.get('[data-test="objections-campaign-name"]').text()).toBe('第一批全国科普示范县');
    expect(api.calls.find((c) => c.operationName === 'CampaignObjections')!.variables).toEqual({ campaignId: 'batch', openOnly: false });
    expect(w.get('[data-test="objections-count"]').text()).toContain('1');
    const row = w.get('.objection-row');
    expect(row.text()).toContain('江油市');
    expect(row.text()).toContain('四川省科协');
    expect(row.text()).toContain('待答复');

    // All of them: the answered one too, with its answer, and no button.
    await w.get('[data-test="objections-open-only"]').trigger('click');
    await vi.waitFor(() => expect(w.findAll('.objection-row')).toHaveLength(2), { timeout: 10_000 });
    expect(w.findAll('.objection-row')[1]!.text()).toContain('不成立');
    expect(w.findAll('.objection-row')[1]!.find('[data-test="objection-answer-open"]').exists()).toBe(false);

    const reads = api.calls.filter((c) => c.operationName === 'CampaignObjections').length;
    await w.get('.objection-of-江油市 [data-test="objection-answer-open"]').trigger('click');
    await typeAndConfirm('已核实');
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'AnswerObjection')).toBe(true), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'AnswerObjection')!.variables['input']).toEqual({ objectionId: 'ob-open', answer: '已核实' });
    await vi.waitFor(() => expect(api.calls.filter((c) => c.operationName === 'CampaignObjections').length).toBeGreaterThan(reads), { timeout: 10_000 });
  });

  it('shows the API’s refusal when someone answered first', async () => {
    const { w, api } = await openInbox(() => apiError('这条异议已由中国科协科普部答复，不能重复答复', 'CONFLICT'));
    await w.get('.objection-of-江油市 [data-test="objection-answer-open"]').trigger('click');
    await typeAndConfirm('已核实');
    await vi.waitFor(() => expect(document.querySelector('.el-message--error')?.textContent).toContain('不能重复答复'), { timeout: 10_000 });
    expect(api.calls.filter((c) => c.operationName === 'AnswerObjection')).toHaveLength(1);
  });
});
