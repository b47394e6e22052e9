import { canContain, levelOfCode, parentCodesOf } from './organisation-level';
import { ancestorIdsOf, childPath, depthOf, isAtOrUnder, isStrictlyUnder, rebasePath, rootPath } from './organisation-path';

describe('organisation levels', () => {
  it('lets a level hold only lower levels, skipping levels where the division does (直辖市 → 区)', () => {
    expect(canContain('national', 'province')).toBe(true);
    expect(canContain('province', 'county')).toBe(true);
    expect(canContain('city', 'county')).toBe(true);
    expect(canContain('county', 'county')).toBe(false);
    expect(canContain('city', 'province')).toBe(false);
    expect(canContain('province', 'national')).toBe(false);
  });

  it('reads the level and the possible parents from a 行政区划代码', () => {
    expect(levelOfCode('000000')).toBe('national');
    expect(levelOfCode('500000')).toBe('province');
    expect(levelOfCode('510100')).toBe('city');
    expect(levelOfCode('500106')).toBe('county');
    expect(levelOfCode('5001')).toBeNull();
    expect(levelOfCode('50010x')).toBeNull();
    expect(parentCodesOf('510104')).toEqual(['510100', '510000']);
    expect(parentCodesOf('510100')).toEqual(['510000']);
    expect(parentCodesOf('500000')).toEqual([]);
  });
});

describe('organisation paths', () => {
  const nation = rootPath('n');
  const province = childPath(nation, 'p');
  const county = childPath(province, 'c');

  it('lists ancestors root first and knows the depth', () => {
    expect(county).toBe('/n/p/c/');
    expect(ancestorIdsOf(county)).toEqual(['n', 'p']);
    expect(depthOf(nation)).toBe(0);
    expect(depthOf(county)).toBe(2);
  });

  it('answers "is X under Y" from X’s path alone, without matching a prefix of an id', () => {
    expect(isAtOrUnder(county, 'p')).toBe(true);
    expect(isAtOrUnder(county, 'c')).toBe(true);
    expect(isAtOrUnder(childPath(nation, 'pp'), 'p')).toBe(false);
    expect(isStrictlyUnder(county, province)).toBe(true);
    expect(isStrictlyUnder(province, province)).toBe(false);
    expect(isStrictlyUnder(province, county)).toBe(false);
  });

  it('rebases a subtree when it moves, and refuses a path outside it', () => {
    const other = childPath(nation, 'q');
    expect(rebasePath(county, province, childPath(other, 'p'))).toBe('/n/q/p/c/');
    expect(() => rebasePath(other, province, nation)).toThrow();
  });
});
