import { formatPoints, hasAtMostTwoDecimals, roundPoints, sumPoints } from './points';

describe('points arithmetic', () => {
  it('sums without floating-point noise', () => {
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints([0.5, 0.5, 1, 2])).toBe(4);
    expect(sumPoints([])).toBe(0);
  });

  it('rounds to two decimals and prints plainly', () => {
    expect(roundPoints(2.3456)).toBe(2.35);
    expect(formatPoints(3)).toBe('3');
    expect(formatPoints(0.5)).toBe('0.5');
  });

  it('tells whether a value has at most two decimals', () => {
    expect(hasAtMostTwoDecimals(2.75)).toBe(true);
    expect(hasAtMostTwoDecimals(2.755)).toBe(false);
  });
});
