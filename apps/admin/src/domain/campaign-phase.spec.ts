import { describe, expect, it } from 'vitest';
import { phaseStatus } from './campaign-phase';

const creation = { startsOn: '2022-04-01', endsOn: '2022-11-30' };

describe('phase status', () => {
  it('places today before, inside or after a phase, by the month', () => {
    expect(phaseStatus(creation, '2022-03-31')).toBe('upcoming');
    expect(phaseStatus(creation, '2022-04-01')).toBe('current');
    expect(phaseStatus(creation, '2022-11-30')).toBe('current');
    expect(phaseStatus(creation, '2022-12-01')).toBe('done');
  });

  it('places a phase with one planned end by that end, and one with none as unscheduled', () => {
    expect(phaseStatus({ startsOn: null, endsOn: '2022-11-30' }, '2022-06-01')).toBe('current');
    expect(phaseStatus({ startsOn: null, endsOn: '2022-11-30' }, '2023-01-01')).toBe('done');
    expect(phaseStatus({ startsOn: '2022-04-01', endsOn: null }, '2022-03-01')).toBe('upcoming');
    expect(phaseStatus({ startsOn: '2022-04-01', endsOn: null }, '2030-01-01')).toBe('current');
    expect(phaseStatus({ startsOn: null, endsOn: null }, '2022-06-01')).toBe('unscheduled');
  });

  it('keeps a phase ending on the 1st running for the rest of that month', () => {
    expect(phaseStatus({ startsOn: '2021-12-01', endsOn: '2022-03-01' }, '2022-03-20')).toBe('current');
  });
});
