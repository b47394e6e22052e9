import { tierPoints } from './tiers';

describe('tierPoints (分档赋分 from max down to min)', () => {
  it('gives five applicants one tier each, 5 down to 1', () => {
    expect([1, 2, 3, 4, 5].map((rank) => tierPoints(rank, 5, 1, 5))).toEqual([5, 4, 3, 2, 1]);
  });

  it('puts ten applicants two to a tier', () => {
    expect(Array.from({ length: 10 }, (_, i) => tierPoints(i + 1, 10, 1, 5))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('bands seven applicants over five tiers, best and last at the ends', () => {
    const points = Array.from({ length: 7 }, (_, i) => tierPoints(i + 1, 7, 1, 5));
    expect(points[0]).toBe(5);
    expect(points[6]).toBe(1);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
  });

  it('spreads fewer applicants than tiers over the whole scale', () => {
    expect([1, 2, 3].map((rank) => tierPoints(rank, 3, 1, 5))).toEqual([5, 3, 1]);
    expect([1, 2].map((rank) => tierPoints(rank, 2, 1, 5))).toEqual([5, 1]);
  });

  it('honours a half-point step', () => {
    expect([1, 2, 3, 4, 5].map((rank) => tierPoints(rank, 5, 0, 2, 0.5))).toEqual([2, 1.5, 1, 0.5, 0]);
  });

  it('gives a lone applicant the maximum', () => {
    expect(tierPoints(1, 1, 1, 5)).toBe(5);
  });
});
