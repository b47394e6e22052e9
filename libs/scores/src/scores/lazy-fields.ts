/**
 * Adds fields computed on first read and then kept (own properties, so GraphQL's default field
 * resolver and plain code read them alike). The score screens ask for a few of a scoreboard's
 * figures (CampaignScores: the projected totals and the points at risk); the rest is computed only
 * by a document or export that reads it.
 */
export function withLazyFields<T extends object, L extends object>(target: T, fields: { [K in keyof L]: () => L[K] }): T & L {
  for (const key of Object.keys(fields) as (keyof L & string)[]) {
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = fields[key]();
        Object.defineProperty(target, key, { configurable: true, enumerable: true, writable: true, value });
        return value;
      },
    });
  }
  return target as T & L;
}
