import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  AnswerObjectionDocument,
  CampaignListDocument,
  CampaignParticipantsDocument,
  type CampaignParticipantsQuery,
  FileObjectionDocument,
  type ObjectionFieldsFragment,
  ParticipantObjectionsDocument,
  ParticipantQuotasDocument,
  ParticipatedCampaignsDocument,
  TransitionDocument,
} from '../../../graphql/generated/graphql';
import { answerFor, type FakeApi, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import { workflowAction } from '../../../testing/workflow-action.fixture';

// The national batch's later steps on 参与单位, for the owner's office against a fake API: a row in
// 公示 shows its publicity dates and opens its objections (who filed them, when), where an
// objection is filed and an open one answered, each with its required text; 撤销命名 asks for its
// reason before anything is sent; a refused 命名 stays disabled with the API's reason.

setLogVerbosity('error');

type Row = CampaignParticipantsQuery['campaignParticipants'][number];
const nation = { id: 'o-0', shortName: '全国', level: 'national' as const };
const sichuan = { id: 'o-51', shortName: '四川', level: 'province' as const };
const OPEN_OBJECTION = '命名须等异议答复：处于"待答复"状态的异议有 1 个，最多 0 个';

function row(id: string, shortName: string, state: { state: string; stateLabel: string }, fields: Partial<Row>): Row {
  return {
    id,
    campaignId: 'batch',
    ...state,
    outcome: null,
    outcomeLabel: null,
    version: 4,
    joinedBy: 'application',
    workCampaignId: `work-${id}`,
    createdAt: '2026-12-01T00:00:00Z',
    organisation: { id: `o-${id}`, shortName, name: `四川省${shortName}`, level: 'county', ancestors: [nation, sichuan] },
    progress: { taskCount: 4, finishedCount: 4 },
    objectionWindow: null,
    availableTransitions: [],
    ...fields,
  };
}

const rows = (): Row[] => [
  row(
    'p1',
    '江油市',
    { state: 'publicity', stateLabel: '公示中' },
    {
      objectionWindow: { label: '公示期', startsOn: '2026-12-01', endsOn: '2026-12-10', open: true },
      availableTransitions: [
        workflowAction('name', '命名', { allowed: false, confirm: '确定命名该单位？', to: 'named', toLabel: '已命名', reasons: [OPEN_OBJECTION] }),
        workflowAction('reject', '不予命名', { needsComment: true, to: 'not_named', toLabel: '不予命名' }),
      ],
    },
  ),
  row(
    'p2',
    '绵竹市',
    { state: 'named', stateLabel: '已命名' },
    {
      availableTransitions: [
        workflowAction('warn', '警告', { needsComment: true, confirm: '请写明警告的原因，将记入流转记录并通知该单位。', to: 'warned', toLabel: '已警告' }),
        workflowAction('revoke', '撤销命名', { needsComment: true, confirm: '请写明撤销命名的原因，将记入流转记录并在公开名单中注明。撤销后不能恢复。', to: 'revoked', toLabel: '已撤销命名' }),
      ],
    },
  ),
];

const objection = (id: string, fields: Partial<ObjectionFieldsFragment>): ObjectionFieldsFragment => ({
  id,
  participantId: 'p1',
  campaignId: 'batch',
  content: '该市科普场馆长期闭馆。',
  state: 'open',
  filedAt: '2026-12-02T02:00:00Z',
  filedByName: '区科协联络员',
  answer: null,
  answeredByName: null,
  answeredAt: null,
  ...fields,
});

function answers(operation: Operation): Answer | undefined {
  switch (operation.operationName) {
    case 'CampaignList':
      return answerFor(CampaignListDocument, {
        campaigns: [{ id: 'batch', name: '第一批全国科普示范县', state: 'preparing', totalScore: 100, hasParticipants: true, applicantLevel: 'county', parentCampaignId: null }],
      });
    case 'ParticipatedCampaigns':
      return answerFor(ParticipatedCampaignsDocument, { campaigns: [] });
    case 'CampaignParticipants':
      return answerFor(CampaignParticipantsDocument, { campaignParticipants: rows() });
    case 'ParticipantQuotas':
      return answerFor(ParticipantQuotasDocument, { participantQuotas: [] });
    case 'ParticipantObjections':
      return answerFor(ParticipantObjectionsDocument, {
        participantObjections: [
          objection('ob-2', {
            content: '已答复的一条',
            state: 'answered',
            filedAt: '2026-12-01T02:00:00Z',
            answer: '经核实不成立',
            answeredByName: '中国科协科普部',
            answeredAt: '2026-12-03T02:00:00Z',
          }),
          objection('ob-1', {}),
        ],
      });
    case 'FileObjection':
      return answerFor(FileObjectionDocument, { fileObjection: objection('ob-3', { content: String((operation.variables['input'] as { content: string }).content) }) });
    case 'AnswerObjection':
      return answerFor(AnswerObjectionDocument, { answerObjection: objection('ob-1', { state: 'answered', answer: '已核实', answeredByName: '中国科协科普部', answeredAt: '2026-12-04T02:00:00Z' }) });
    case 'Transition':
      return answerFor(TransitionDocument, {
        transition: {
          entityType: 'participant',
          id: 'p2',
          state: 'revoked',
          stateLabel: '已撤销命名',
          version: 5,
          entry: {
            id: 'l-9',
            event: 'revoke',
            eventLabel: '撤销命名',
            from: 'named',
            fromLabel: '已命名',
            to: 'revoked',
            toLabel: '已撤销命名',
            actorName: '中国科协科普部',
            actorRoles: ['office_admin'],
            comment: '弄虚作假',
            at: '2026-12-05T00:00:00Z',
            definitionVersion: 1,
          },
          task: null,
          campaign: null,
          participant: { id: 'p2', state: 'revoked', stateLabel: '已撤销命名', outcome: 'revoked', outcomeLabel: '撤销命名', version: 5 },
        },
      });
  }
}

/** The open message box: its text typed (when given), then its confirm button clicked. */
async function answerBox(text?: string): Promise<HTMLElement> {
  await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull(), { timeout: 10_000 });
  const box = document.querySelector('.el-message-box') as HTMLElement;
  if (text !== undefined) {
    const input = box.querySelector('textarea') as HTMLTextAreaElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await flushPromises();
  }
  (box.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
  await flushPromises();
  return box;
}

async function open(): Promise<{ w: VueWrapper; api: FakeApi }> {
  const { w, api } = await mountAdminAt('/campaigns/participants?campaign=batch', answers);
  await vi.waitFor(() => expect(w.findAll('.participant-row')).toHaveLength(2), { timeout: 10_000 });
  return { w, api };
}

describe('参与单位 in the national batch', { timeout: 30_000 }, () => {
  it('shows the publicity dates, lists the objections, files one and answers an open one, each text required', async () => {
    const { w, api } = await open();
    expect(w.get('[data-test="participant-window-江油市"]').text()).toBe('公示期：2026年12月1日 至 2026年12月10日');
    // 命名 is refused while an objection is open: disabled, the reason beside it.
    const actions = w.get('[data-test="participant-actions-江油市"]');
    expect(actions.get('[data-test="action-name"]').attributes('disabled')).toBeDefined();
    expect(actions.get('[data-test="refused-reasons"]').text()).toContain('待答复');
    // No objections button on a row whose state takes none.
    expect(w.find('[data-test="open-objections-绵竹市"]').exists()).toBe(false);
    // The public list's address, for copying or opening.
    expect(w.get('[data-test="public-list-link"]').attributes('href')).toContain('/public/campaigns/batch/named');

    await w.get('[data-test="open-objections-江油市"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-test="objection-item"]')).toHaveLength(2), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'ParticipantObjections')!.variables).toEqual({ participantId: 'p1' });
    const items = [...document.querySelectorAll('[data-test="objection-item"]')];
    // Open first; the owner sees who filed it; only the open one can be answered.
    expect(items[0]!.textContent).toContain('待答复');
    expect(items[0]!.textContent).toContain('区科协联络员');
    expect(items[0]!.querySelector('[data-test="objection-answer-open"]')).not.toBeNull();
    expect(items[1]!.textContent).toContain('经核实不成立');
    expect(items[1]!.querySelector('[data-test="objection-answer-open"]')).toBeNull();
    expect(document.querySelector('[data-test="objection-window"]')!.textContent).toContain('可以提出异议');

    // 提出异议: an empty one is not sent.
    (document.querySelector('[data-test="objection-file"]') as HTMLElement).click();
    const box = await answerBox();
    await vi.waitFor(() => expect(box.querySelector('.el-message-box__errormsg')?.textContent).toContain('请填写异议内容'), { timeout: 10_000 });
    expect(api.calls.some((c) => c.operationName === 'FileObjection')).toBe(false);
    await answerBox('  该市申报的场馆面积与实际不符。 ');
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'FileObjection')).toBe(true), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'FileObjection')!.variables['input']).toEqual({ participantId: 'p1', content: '该市申报的场馆面积与实际不符。' });
    // The list and the rows are read again (filing changed the participant's version).
    await vi.waitFor(() => expect(api.calls.filter((c) => c.operationName === 'ParticipantObjections').length).toBeGreaterThan(1), { timeout: 10_000 });
    await vi.waitFor(() => expect(api.calls.filter((c) => c.operationName === 'CampaignParticipants').length).toBeGreaterThan(1), { timeout: 10_000 });
    document.body.querySelectorAll('.el-message-box__wrapper, .el-overlay-message-box').forEach((e) => e.remove());

    (document.querySelector('[data-objection-id="ob-1"] [data-test="objection-answer-open"]') as HTMLElement).click();
    await answerBox('已核实');
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'AnswerObjection')).toBe(true), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'AnswerObjection')!.variables['input']).toEqual({ objectionId: 'ob-1', answer: '已核实' });
  });

  it('asks the reason for 撤销命名, says what it means, and sends it with the row’s version', async () => {
    const { w, api } = await open();
    await w.get('[data-test="participant-actions-绵竹市"] [data-test="action-revoke"]').trigger('click');
    const box = await answerBox();
    expect(box.textContent).toContain('撤销后不能恢复');
    // No reason: nothing is sent.
    await vi.waitFor(() => expect(box.querySelector('.el-message-box__errormsg')?.textContent?.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(api.calls.some((c) => c.operationName === 'Transition')).toBe(false);
    await answerBox('弄虚作假');
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'Transition')).toBe(true), { timeout: 10_000 });
    expect(api.calls.find((c) => c.operationName === 'Transition')!.variables['input']).toEqual({ entityType: 'participant', id: 'p2', event: 'revoke', expectedVersion: 4, comment: '弄虚作假' });
    await flushPromises();
  });
});
