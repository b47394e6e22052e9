import { describe, expect, it } from 'vitest';
import { deadlineLight } from './deadline';

describe('deadline light', () => {
  it('is red once the due date has passed, yellow as it nears, green on track, grey when done', () => {
    expect(deadlineLight('overdue', -12)).toEqual({ status: 'overdue', color: '#c81e1e', text: '逾期 12 天' });
    expect(deadlineLight('due_soon', 3)).toMatchObject({ status: 'due-soon', color: '#e6a23c', text: '还剩 3 天' });
    expect(deadlineLight('due_soon', 0).text).toBe('今天到期');
    expect(deadlineLight('on_track', 40)).toMatchObject({ status: 'on-track', color: '#2f9e44' });
    expect(deadlineLight('done', -100)).toMatchObject({ status: 'done', text: '已完成' });
  });
});
