import { chinaToday, daysUntil, deadlineStatus } from './deadline-status';

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

  it('counts whole days and reads today in China time', () => {
    expect(daysUntil('2022-12-01', '2022-11-29')).toBe(2);
    expect(chinaToday(new Date('2022-11-30T17:00:00Z'))).toBe('2022-12-01');
    expect(chinaToday(new Date('2022-11-30T15:59:00Z'))).toBe('2022-11-30');
  });
});
