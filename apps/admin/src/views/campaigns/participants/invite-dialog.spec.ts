import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { OrganisationsDocument, type OrganisationsQuery } from '../../../graphql/generated/graphql';
import { answerFor, type Answer } from '../../../testing/fake-api';
import { mountInAdmin } from '../../../testing/mount-admin';
import InviteDialog from './invite-dialog.vue';

// 邀请参与: while a typed search is on its way, the dialog keeps the units it lists — a list that
// blanks between two answers loses the user's place and let a browser test see a unit vanish.

setLogVerbosity('error');

type Unit = OrganisationsQuery['organisations']['edges'][number]['node'];
const unit = (n: number, name: string): Unit => ({
  id: `o-${n}`,
  code: `52010${n}`,
  name,
  shortName: name,
  level: 'county',
  levelLabel: '县级',
  parentId: 'o-520000',
  depth: 3,
  disabled: false,
  childCount: 0,
  ancestors: [{ id: 'o-520000', shortName: '贵州' }],
});
const ALL = [unit(1, '乌当区'), unit(2, '花溪区'), unit(3, '白云区')];

function answers(operation: Operation): Answer | undefined {
  if (operation.operationName !== 'Organisations') return undefined;
  const search = (operation.variables['filter'] as { search: string | null }).search;
  const found = search ? ALL.filter((u) => u.name.includes(search)) : ALL;
  return answerFor(OrganisationsDocument, {
    organisations: { totalCount: found.length, edges: found.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } },
  });
}

const listed = () => [...document.querySelectorAll('[data-test="invite-candidates"] .el-checkbox')].map((box) => box.textContent?.trim());

describe('邀请参与单位', { timeout: 30_000 }, () => {
  it('keeps the listed units while a typed search is answered, then lists the search’s', async () => {
    const campaign = { id: 'batch', name: '第二批全国科普示范县创建', owned: true, applicantLevel: 'county' };
    const { w, api } = await mountInAdmin(InviteDialog, { campaign, participants: [] }, answers, { path: '/campaigns/participants' });
    await w.get('[data-test="invite-open"]').trigger('click');
    await vi.waitFor(() => expect(listed()).toHaveLength(3), { timeout: 10_000 });

    api.hold(['Organisations']);
    const input = document.querySelector<HTMLInputElement>('input[data-test="invite-search"]')!;
    input.value = '花溪';
    input.dispatchEvent(new Event('input'));
    // The search goes out after its debounce and is not answered yet: the three units stay listed.
    await vi.waitFor(() => expect(api.calls.filter((c) => c.operationName === 'Organisations')).toHaveLength(2), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listed()).toHaveLength(3);
    expect(document.querySelector('[data-test="invite-dialog"]')!.textContent).not.toContain('没有可邀请的单位');

    api.release(['Organisations']);
    await vi.waitFor(() => expect(listed()).toEqual(['贵州 / 花溪区']), { timeout: 10_000 });
  });
});
