import { describe, expect, it } from 'vitest';
import { canAnswer, objectionStateLabel, sortObjections, type Objection } from './objections.model';

const objection = (id: string, state: 'open' | 'answered', filedAt: string): Objection => ({
  id,
  participantId: 'p',
  campaignId: 'c',
  content: id,
  state,
  filedAt,
  filedByName: null,
  answer: null,
  answeredByName: null,
  answeredAt: null,
});

describe('objections', () => {
  it('puts the open ones first, oldest first, then the answered ones', () => {
    const rows = [objection('a', 'answered', '2026-12-01T00:00:00Z'), objection('b', 'open', '2026-12-03T00:00:00Z'), objection('c', 'open', '2026-12-02T00:00:00Z')];
    expect(sortObjections(rows).map((row) => row.id)).toEqual(['c', 'b', 'a']);
  });

  it('lets only the owner’s office admins answer, and only open ones', () => {
    const office = { ownsCampaign: true, roles: ['office_admin'] };
    expect(canAnswer({ state: 'open' }, office)).toBe(true);
    expect(canAnswer({ state: 'answered' }, office)).toBe(false);
    expect(canAnswer({ state: 'open' }, { ownsCampaign: false, roles: ['office_admin'] })).toBe(false);
    expect(canAnswer({ state: 'open' }, { ownsCampaign: true, roles: ['expert'] })).toBe(false);
  });

  it('names the states', () => {
    expect(objectionStateLabel('open')).toBe('待答复');
    expect(objectionStateLabel('answered')).toBe('已答复');
  });
});
