// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hiddenParticipationEntries } from './use-participation-menu';

const campaign = (id: string, extra: { hasParticipants?: boolean; parentCampaignId?: string | null } = {}) => ({
  id,
  name: id,
  state: 'preparing',
  totalScore: 100,
  hasParticipants: extra.hasParticipants ?? false,
  applicantLevel: null,
  parentCampaignId: extra.parentCampaignId ?? null,
});

describe('the participation menu entries', () => {
  it('offers 参与单位 only with a campaign that has participants, 报送情况 and 异议答复 only to its owner, and 申报 only below the national level', () => {
    expect([...hiddenParticipationEntries([campaign('own')], true)]).toEqual(['campaign-participants', 'campaign-filing-status', 'campaign-objections']);
    expect([...hiddenParticipationEntries([campaign('batch', { hasParticipants: true })], false)]).toEqual(['campaign-applications']);
    // A province (whose list holds no county's work) finds the national batch its counties take part in.
    expect([...hiddenParticipationEntries([campaign('own')], true, [{ id: 'batch', name: '第二批', applicantLevel: 'county' }])]).toEqual(['campaign-filing-status', 'campaign-objections']);
  });

  it('offers 异议答复 only to the owner of a batch, not to a county working in one', () => {
    expect(hiddenParticipationEntries([campaign('batch', { hasParticipants: true })], false).has('campaign-objections')).toBe(false);
    expect(hiddenParticipationEntries([campaign('work', { hasParticipants: true, parentCampaignId: 'batch' })], true).has('campaign-objections')).toBe(true);
  });
});
