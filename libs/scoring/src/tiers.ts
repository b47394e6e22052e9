import { roundPoints } from './points';

/**
 * Points of rank `rank` among `of` applicants on a scale from `max` (rank 1) down to `min`,
 * in steps of `step` (分档赋分, "在1到5分间进行由高到低分档赋分").
 *
 * The scale has `levels = (max - min) / step + 1` tiers (1 to 5 in steps of 1: five tiers).
 * - At least as many applicants as tiers: applicants are split into `levels` equal bands by rank,
 *   band b (0 = best) earns `max - b × step` (10 applicants, 5 tiers: ranks 1–2 → 5 … 9–10 → 1).
 * - Fewer applicants than tiers: the ranks are spread evenly over the whole scale, rounded to the
 *   step (3 applicants: 5, 3, 1), so the best still earns `max` and the last `min`.
 */
export function tierPoints(rank: number, of: number, min: number, max: number, step = 1): number {
  if (of <= 1) return max;
  const levels = Math.floor((max - min) / step + 1e-9) + 1;
  if (levels <= 1) return max;
  const band = of >= levels ? Math.floor(((rank - 1) * levels) / of) : Math.round(((rank - 1) * (levels - 1)) / (of - 1));
  return roundPoints(Math.max(min, max - band * step));
}
