/**
 * Points are kept to two decimals (0.5 and 0.25 occur in the standards). Sums are done in
 * hundredths so that 0.1 + 0.2 is 0.3 and totals never show floating-point noise.
 */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

export function sumPoints(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + Math.round(value * 100), 0) / 100;
}

/** True when the value has at most two decimals. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** 3 → "3"，0.5 → "0.5"：for messages. */
export function formatPoints(value: number): string {
  return String(roundPoints(value));
}
