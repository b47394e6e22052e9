// mulberry32, the same PRNG as tests/support/seeded-random.ts (kept in .mjs for the scripts).
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = (random, items) => items[Math.floor(random() * items.length)];
/** An integer in [low, high]. */
export const between = (random, low, high) => low + Math.floor(random() * (high - low + 1));
