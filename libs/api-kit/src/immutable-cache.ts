/**
 * A bounded, process-wide cache for rows that never change once written (a pinned workflow
 * definition, an indicator-system snapshot, a campaign's pinned task workflow). Unlike a
 * request's DataLoader it outlives the request, so it must only hold data every user may see
 * through the same access check the caller already made, and plain values, never ORM entities
 * (an entity keeps its request's EntityManager and identity map alive).
 *
 * Least recently used entries go first once `max` is reached. Where the data can change on a
 * rare write (a campaign's phases re-planned), the writer calls `delete` after its commit.
 */
export class ImmutableCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /**
   * The value if cached, without marking it used: for synchronous field resolvers that look up
   * many rows of one snapshot per request (the batch that loaded them marked them already).
   */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /**
   * Values for every key, reading only the missing ones with `load` (one batch). A key `load`
   * gives nothing for gets `fallback` when one is given (e.g. [] for "no children") and is
   * cached as such; otherwise it stays missing from the answer and uncached.
   */
  async getMany(keys: readonly K[], load: (missing: K[]) => Promise<Map<K, V>>, fallback?: () => V): Promise<Map<K, V>> {
    const found = new Map<K, V>();
    const missing: K[] = [];
    for (const key of keys) {
      const value = this.get(key);
      if (value === undefined) missing.push(key);
      else found.set(key, value);
    }
    if (missing.length) {
      const loaded = await load([...new Set(missing)]);
      for (const key of missing) {
        const value = loaded.get(key) ?? fallback?.();
        if (value === undefined) continue;
        this.set(key, value);
        found.set(key, value);
      }
    }
    return found;
  }
}
