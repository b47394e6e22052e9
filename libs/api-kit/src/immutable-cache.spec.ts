import { ImmutableCache } from './immutable-cache';

describe('ImmutableCache', () => {
  it('drops the least recently used entry past its bound', () => {
    const cache = new ImmutableCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('peeks without marking an entry used', () => {
    const cache = new ImmutableCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.peek('a')).toBe(1);
    expect(cache.peek('missing')).toBeUndefined();
    // 'a' is still the least recently used: a new entry pushes it out.
    cache.set('c', 3);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('b')).toBe(2);
  });

  it('loads only missing keys, once, and caches the fallback for keys without rows', async () => {
    const cache = new ImmutableCache<string, string[]>(10);
    const load = jest.fn(async (keys: string[]) => new Map(keys.filter((k) => k !== 'none').map((k) => [k, [k.toUpperCase()]])));
    const first = await cache.getMany(['a', 'b', 'a', 'none'], load, () => []);
    expect(load).toHaveBeenCalledWith(['a', 'b', 'none']);
    expect([...first]).toEqual([
      ['a', ['A']],
      ['b', ['B']],
      ['none', []],
    ]);
    const second = await cache.getMany(['a', 'none', 'c'], load);
    expect(load).toHaveBeenLastCalledWith(['c']);
    expect(second.get('none')).toEqual([]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('leaves keys without rows uncached when there is no fallback', async () => {
    const cache = new ImmutableCache<string, number>(10);
    const load = jest.fn(async () => new Map<string, number>());
    expect((await cache.getMany(['x'], load)).has('x')).toBe(false);
    await cache.getMany(['x'], load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
