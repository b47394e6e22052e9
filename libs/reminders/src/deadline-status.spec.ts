import { daysUntil, deadlineStatus } from './deadline-status';

describe('deadlineStatus', () => {
  it('is red after the due day, yellow within the window, green before it', () => {
    expect(deadlineStatus('2022-11-30', '2022-12-01', false, 3)).toBe('overdue');
    expect(deadlineStatus('2022-11-30', '2022-11-30', false, 3)).toBe('due-soon');
    expect(deadlineStatus('2022-11-30', '2022-11-27', false, 3)).toBe('due-soon');
    expect(deadlineStatus('2022-11-30', '2022-11-26', false, 3)).toBe('on-track');
  });

  it('never flags finished work', () => {
    expect(deadlineStatus('2020-01-01', '2022-12-01', true, 3)).toBe('done');
  });

  it('counts whole days from today to the due day', () => {
    expect(daysUntil('2022-12-01', '2022-11-29')).toBe(2);
    expect(daysUntil('2022-11-29', '2022-12-01')).toBe(-2);
  });
});
