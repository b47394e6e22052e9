// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoringClosedReason } from './use-scoring';

// Closed scoring is said before the form is opened (the 评分 buttons are disabled with it).
describe('scoring closed reason', () => {
  it('says why the expert cannot score outside 认定阶段, and nothing when it is open', () => {
    expect(scoringClosedReason('expert', { self: true, expert: false })).toBe('专家评分仅在认定阶段开放，当前不能评分。');
    expect(scoringClosedReason('expert', { self: false, expert: true })).toBeNull();
  });

  it('says why the office cannot change its self-assessment once locked', () => {
    expect(scoringClosedReason('self', { self: false, expert: true })).toContain('自评已锁定');
    expect(scoringClosedReason('self', { self: true, expert: false })).toBeNull();
  });

  it('has nothing to say to a reader who gives no score', () => {
    expect(scoringClosedReason(null, { self: false, expert: false })).toBeNull();
  });
});
