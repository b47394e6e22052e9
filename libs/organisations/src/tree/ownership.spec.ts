import { isUsableBy, nearestOwned, pickByOwnership } from './ownership';

const county = ['county', 'city', 'province', 'nation'];
const sibling = ['sibling', 'city', 'province', 'nation'];
const item = (ownerId: string | null, version: number, shareWithDescendants = false) => ({ ownerId, version, shareWithDescendants, id: `${ownerId}@${version}` });

describe('ownership resolution', () => {
  it('prefers the own newest version, even over a newer version from above', () => {
    const candidates = [item(null, 3), item('province', 4, true), item('county', 2)];
    expect(pickByOwnership(candidates, county)?.id).toBe('county@2');
  });

  it('falls back to the nearest ancestor that shares, then to the platform', () => {
    const candidates = [item(null, 1), item('province', 5, true), item('city', 2, true), item('nation', 9, true)];
    expect(pickByOwnership(candidates, county)?.id).toBe('city@2');
    expect(
      pickByOwnership(
        candidates.filter((c) => c.ownerId !== 'city'),
        county,
      )?.id,
    ).toBe('province@5');
    expect(pickByOwnership([item(null, 1), item('province', 5, false)], county)?.id).toBe('null@1');
  });

  it('never gives one organisation’s definition to a sibling (the tenancy defect)', () => {
    const candidates = [item(null, 1), item('county', 2, true)];
    expect(pickByOwnership(candidates, sibling)?.id).toBe('null@1');
    expect(isUsableBy(candidates[1], sibling)).toBe(false);
    expect(isUsableBy(candidates[1], county)).toBe(true);
    expect(isUsableBy(item('county', 2, true), ['province', 'nation'])).toBe(false);
  });

  it('gives the platform its own only, and nothing when nothing is usable', () => {
    expect(pickByOwnership([item('county', 2), item(null, 1)], [])?.id).toBe('null@1');
    expect(pickByOwnership([item('county', 2)], sibling)).toBeNull();
  });

  it('finds the nearest owner of one version', () => {
    const candidates = [item(null, 2), item('sibling', 2), item('province', 2, true)];
    expect(nearestOwned(candidates, county)?.id).toBe('province@2');
    expect(nearestOwned(candidates, sibling)?.id).toBe('sibling@2');
    expect(nearestOwned(candidates, [])?.id).toBe('null@2');
  });
});
