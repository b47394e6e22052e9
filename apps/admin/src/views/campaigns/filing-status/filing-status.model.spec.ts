import { describe, expect, it } from 'vitest';
import { bulkEvents, chunks, regionRows, totals, type RegionSummary } from './filing-status.model';

const action = (event: string, allowed: boolean) => ({
  event,
  label: event === 'remind' ? '催报' : '逾期补报',
  allowed,
  available: allowed,
  needsComment: false,
  confirm: null,
  to: null,
  toLabel: null,
  code: allowed ? null : ('TRANSITION_NOT_ALLOWED' as const),
  reasons: [],
});
const unit = (id: string, actions: ReturnType<typeof action>[]) => ({
  id,
  version: 3,
  state: 'pending',
  stateLabel: '待报送',
  organisation: { id: `o-${id}`, shortName: id, name: id },
  availableTransitions: actions,
});
const summaries: RegionSummary[] = [
  {
    region: { id: 'sc', name: '四川省', shortName: '四川' },
    total: 4,
    finished: 1,
    open: [unit('a', [action('remind', true)]), unit('b', [action('remind', false)]), unit('c', [action('remind', true)])],
  },
  { region: { id: 'gz', name: '贵州省', shortName: '贵州' }, total: 2, finished: 1, open: [unit('d', [action('remind', true), action('file_late', false)])] },
  { region: null, total: 1, finished: 1, open: [] },
];

describe('the filing status model', () => {
  it('totals the provinces and their units', () => {
    const rows = regionRows(summaries);
    expect(rows.map((row) => row.key)).toEqual(['sc', 'gz', 'none']);
    expect(totals(rows)).toEqual({ regions: 3, total: 7, finished: 3, open: 4 });
  });

  it('offers an event for all the units it is allowed on, counting provinces and the units left out', () => {
    const [remind, ...others] = bulkEvents(regionRows(summaries));
    expect(others).toEqual([]);
    expect(remind).toMatchObject({ event: 'remind', label: '催报', regions: 2, skipped: 1 });
    expect(remind!.targets.map((target) => [target.id, target.version])).toEqual([
      ['a', 3],
      ['c', 3],
      ['d', 3],
    ]);
  });

  it('splits a batch into the sizes the API takes', () => {
    expect(chunks(Array.from({ length: 120 }, (_, i) => i)).map((chunk) => chunk.length)).toEqual([50, 50, 20]);
    expect(chunks([])).toEqual([]);
  });
});
