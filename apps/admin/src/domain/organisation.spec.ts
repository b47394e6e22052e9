import { describe, expect, it } from 'vitest';
import { childLevels, defaultChildLevel, isAreaCode, pathLabel } from './organisation';

describe('organisation tree helpers', () => {
  it('offers only lower levels for a child, the next one first', () => {
    expect(childLevels('national')).toEqual(['province', 'city', 'county']);
    expect(childLevels('province')).toEqual(['city', 'county']);
    expect(childLevels('county')).toEqual([]);
    expect(defaultChildLevel('province')).toBe('city');
    expect(defaultChildLevel('county')).toBeNull();
  });

  it('writes a unit with its ancestors, root first', () => {
    expect(pathLabel({ shortName: '沙坪坝区', ancestors: [{ shortName: '全国' }, { shortName: '重庆' }] })).toBe('全国 / 重庆 / 沙坪坝区');
    expect(pathLabel({ shortName: '全国', ancestors: [] })).toBe('全国');
  });

  it('checks a 行政区划代码 before asking the API', () => {
    expect(isAreaCode('510104')).toBe(true);
    expect(isAreaCode(' 510104 ')).toBe(true);
    expect(isAreaCode('51010')).toBe(false);
    expect(isAreaCode('51A104')).toBe(false);
  });
});
