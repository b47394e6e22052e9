import { scoringWindow } from './scoring-window';

const FINALS = new Set(['accredited', 'rejected']);

describe('scoringWindow', () => {
  it('opens self-assessment before accreditation and expert scoring during it', () => {
    expect(scoringWindow('preparation', FINALS)).toEqual({ self: true, expert: false });
    expect(scoringWindow('creation.evidence', FINALS)).toEqual({ self: true, expert: false });
    expect(scoringWindow('accreditation', FINALS)).toEqual({ self: false, expert: true });
    expect(scoringWindow('accreditation.site-visit', FINALS)).toEqual({ self: false, expert: true });
  });

  it('closes both once the campaign has ended', () => {
    expect(scoringWindow('accredited', FINALS)).toEqual({ self: false, expert: false });
    expect(scoringWindow('rejected', FINALS)).toEqual({ self: false, expert: false });
  });

  it('does not take a state that merely starts with the same letters for accreditation', () => {
    expect(scoringWindow('accreditation-prep', FINALS)).toEqual({ self: true, expert: false });
  });
});
