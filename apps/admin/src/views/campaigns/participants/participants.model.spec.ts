import { describe, expect, it } from 'vitest';
import type { ParticipatedCampaignsQuery } from '../../../graphql/generated/graphql';
import {
  filterParticipants,
  groupByProvince,
  inviteCandidates,
  joinLabel,
  participationCampaigns,
  progressPercent,
  progressText,
  provinceOf,
  stateCounts,
  type ParticipantRow,
} from './participants.model';
import { campaignEntry } from '../../../testing/campaign.fixture';

const nation = { id: 'o-0', shortName: '全国', level: 'national' as const };
const sichuan = { id: 'o-51', shortName: '四川', level: 'province' as const };
const guizhou = { id: 'o-52', shortName: '贵州', level: 'province' as const };

function row(id: string, shortName: string, province: typeof sichuan | null, state = 'applied', stateLabel = '已申报'): ParticipantRow {
  return {
    id,
    campaignId: 'batch',
    state,
    stateLabel,
    outcome: null,
    outcomeLabel: null,
    version: 1,
    joinedBy: 'application',
    objectionWindow: null,
    workCampaignId: `work-${id}`,
    createdAt: '2026-12-01T00:00:00Z',
    organisation: { id: `o-${id}`, shortName, name: `${shortName}人民政府`, level: 'county', ancestors: province ? [nation, province] : [nation] },
    progress: { taskCount: 4, finishedCount: 1 },
    availableTransitions: [],
  };
}

describe('participants', () => {
  it('finds the campaigns with participants: its own batches, and those it or its lower units take part in, by their own names', () => {
    const own = campaignEntry('own', '四川省科普示范县评选', { hasParticipants: true, applicantLevel: 'county' });
    const plain = campaignEntry('plain', '本级创建');
    const campaigns = [own, plain];
    const participated: ParticipatedCampaignsQuery['campaigns'] = [{ id: 'batch', name: '2021—2025年度第二批全国科普示范县创建（试点）', applicantLevel: 'county' }];
    expect(participationCampaigns(campaigns, participated)).toEqual([
      { id: 'own', name: '四川省科普示范县评选', owned: true, applicantLevel: 'county' },
      // The batch's real name, brackets and all: nothing is read back from a work campaign's name.
      { id: 'batch', name: '2021—2025年度第二批全国科普示范县创建（试点）', owned: false, applicantLevel: 'county' },
    ]);
    // A batch the organisation owns is listed once, as its own.
    expect(participationCampaigns([{ ...own, id: 'batch', name: '第二批' }], participated)).toEqual([{ id: 'batch', name: '第二批', owned: true, applicantLevel: 'county' }]);
    expect(participationCampaigns([plain])).toEqual([]);
  });

  it('groups participants by province, provinces and units by name', () => {
    const groups = groupByProvince([row('3', '绵竹市', sichuan), row('1', '遵义县', guizhou), row('2', '江油市', sichuan), row('4', '直属县', null)]);
    expect(groups.map((g) => [g.province, g.rows.map((r) => r.organisation.shortName)])).toEqual([
      ['贵州', ['遵义县']],
      ['四川', ['江油市', '绵竹市']],
      ['直属单位', ['直属县']],
    ]);
    expect(provinceOf({ organisation: { ...row('5', '四川', null).organisation, level: 'province', shortName: '四川' } })).toBe('四川');
  });

  it('filters by province, state and part of the name, and counts the states', () => {
    const rows = [row('1', '江油市', sichuan), row('2', '绵竹市', sichuan, 'recommended', '已推荐'), row('3', '遵义县', guizhou)];
    expect(filterParticipants(rows, { province: '四川', state: '', search: '' }).map((r) => r.id)).toEqual(['1', '2']);
    expect(filterParticipants(rows, { province: '', state: 'recommended', search: '' }).map((r) => r.id)).toEqual(['2']);
    expect(filterParticipants(rows, { province: '', state: '', search: ' 遵义 ' }).map((r) => r.id)).toEqual(['3']);
    expect(stateCounts(rows)).toEqual([
      { state: 'applied', label: '已申报', count: 2 },
      { state: 'recommended', label: '已推荐', count: 1 },
    ]);
  });

  it('words the join and the progress for office users', () => {
    expect(joinLabel('application')).toBe('自行申报');
    expect(joinLabel('invitation')).toBe('受邀参与');
    expect(progressText({ taskCount: 4, finishedCount: 1 })).toBe('1 / 4');
    expect(progressText(null)).toBe('尚未生成任务');
    expect(progressPercent({ taskCount: 4, finishedCount: 1 })).toBe(25);
    expect(progressPercent({ taskCount: 0, finishedCount: 0 })).toBe(0);
  });

  it('offers for invitation only units not yet taking part, not disabled, and not the owner', () => {
    const found = [
      { id: 'o-1', shortName: '江油市', disabled: false },
      { id: 'o-2', shortName: '绵竹市', disabled: false },
      { id: 'o-3', shortName: '停用县', disabled: true },
      { id: 'o-51', shortName: '四川', disabled: false },
    ];
    expect(inviteCandidates(found, [row('1', '江油市', sichuan)], 'o-51').map((o) => o.shortName)).toEqual(['绵竹市']);
  });
});
