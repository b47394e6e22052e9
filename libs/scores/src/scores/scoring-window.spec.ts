import { scoringWindow } from './scoring-window';

const FINALS = new Set(['accredited', 'rejected']);
// What the shipped campaign workflow marks (inferred from its expert snapshot), sub-states included.
const EXPERT = new Set(['accreditation', 'accreditation.site-visit']);

describe('scoringWindow', () => {
  it('opens self-assessment outside the expert states and expert scoring in them', () => {
    expect(scoringWindow('preparation', FINALS, EXPERT)).toEqual({ self: true, expert: false });
    expect(scoringWindow('creation.evidence', FINALS, EXPERT)).toEqual({ self: true, expert: false });
    expect(scoringWindow('accreditation', FINALS, EXPERT)).toEqual({ self: false, expert: true });
    expect(scoringWindow('accreditation.site-visit', FINALS, EXPERT)).toEqual({ self: false, expert: true });
  });

  it('closes both once the campaign has ended', () => {
    expect(scoringWindow('accredited', FINALS, EXPERT)).toEqual({ self: false, expert: false });
    expect(scoringWindow('rejected', FINALS, EXPERT)).toEqual({ self: false, expert: false });
  });

  it('follows the definition, not a state name: another workflow’s expert state opens expert scoring', () => {
    expect(scoringWindow('evaluation', FINALS, new Set(['evaluation']))).toEqual({ self: false, expert: true });
    expect(scoringWindow('accreditation', FINALS, new Set(['evaluation']))).toEqual({ self: true, expert: false });
  });
});
