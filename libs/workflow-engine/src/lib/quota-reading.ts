import type { Countable, Facts, QuotaBase, QuotaParams, RegionLevel } from './types';

/**
 * The figures of a quota guard ("已推荐 3 / 名额 5"), read from the same facts by the same code
 * the guard refuses with (guards.ts `quota`), so a page showing them and the refusal agree.
 */
export type QuotaReading =
  | {
      readonly ok: true;
      /** The region counted within (四川省), '' for the whole campaign. */
      readonly where: string;
      /** The facts counted: the region's counts when `within`. */
      readonly scope: Facts;
      /** Subjects already in the quota's states. */
      readonly taken: number;
      /** Counted against the same quota beforehand (`minus`, e.g. named in an earlier batch). */
      readonly already: number;
      /** The base (a number, a total, the organisations below). */
      readonly base: number;
      /** ⌊percent % × base⌋, or the base itself. */
      readonly cap: number;
      /** What is left for `states`: cap − already, never below 0. The guard passes while taken < allowed. */
      readonly allowed: number;
    }
  | { readonly ok: false; readonly missing: 'region' | 'counts' | 'base'; readonly countable?: Countable };

/**
 * The facts a count reads: the whole campaign's, or those of the subject's region when the guard
 * counts `within` one (undefined when the caller gave no such region: the guard refuses).
 */
export function scopeOf(facts: Facts, within: RegionLevel | undefined): { facts: Facts; where: string } | undefined {
  if (!within) return { facts, where: '' };
  const region = facts.regions?.[within];
  return region ? { facts: { ...facts, counts: region.counts, organisationCounts: region.organisationCounts }, where: region.name } : undefined;
}

export function countIn(facts: Facts, of: Countable, states: readonly string[]): number | undefined {
  const counts = facts.counts?.[of];
  if (!counts) return undefined;
  return states.reduce((sum, state) => sum + (Object.hasOwn(counts, state) ? counts[state] : 0), 0);
}

function baseOf(base: QuotaBase, facts: Facts): number | undefined {
  if ('number' in base) return base.number;
  if ('total' in base) {
    const counts = facts.counts?.[base.total];
    return counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : undefined;
  }
  return facts.organisationCounts?.[base.organisations];
}

export function readQuota({ of, within, states, percent, base, minus, minusOf }: QuotaParams, all: Facts): QuotaReading {
  const scope = scopeOf(all, within);
  if (!scope) return { ok: false, missing: 'region' };
  const facts = scope.facts;
  const taken = countIn(facts, of, states);
  const already = countIn(facts, minusOf ?? of, minus);
  if (taken === undefined) return { ok: false, missing: 'counts', countable: of };
  if (already === undefined) return { ok: false, missing: 'counts', countable: minusOf ?? of };
  const n = baseOf(base, facts);
  if (n === undefined) return { ok: false, missing: 'base' };
  // Rounded down, as quotas are announced: ⌊20 % × 38⌋ = 7.
  const cap = percent === undefined ? n : Math.floor((n * percent) / 100 + 1e-9);
  return { ok: true, where: scope.where, scope: facts, taken, already, base: n, cap, allowed: Math.max(0, cap - already) };
}
