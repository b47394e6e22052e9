import { progressOf } from './progress';

describe('progressOf', () => {
  it('is the share of finished tasks, to three decimals', () => {
    expect(progressOf(1, 3)).toBe(0.333);
    expect(progressOf(3, 3)).toBe(1);
  });

  it('is zero when there is nothing to do', () => {
    expect(progressOf(0, 0)).toBe(0);
  });
});
