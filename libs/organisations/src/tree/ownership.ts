/**
 * Who may use what an organisation defines (workflow definitions, indicator-system templates):
 * the owner itself; the owner's descendants when it chose to share; everyone when it is the
 * platform (owner null, kept by the system administrator). Nothing one organisation defines
 * is used by a sibling or by the levels above it.
 */
export interface Owned {
  /** The owning organisation; null for the platform. */
  ownerId: string | null;
  /** Whether the owner's descendants may use it too. */
  shareWithDescendants: boolean;
}

/**
 * Whether `item` may be used by the organisation whose ownership chain is `chain` (its own id,
 * then its ancestors nearest first; empty for the platform itself).
 */
export function isUsableBy(item: Owned, chain: readonly string[]): boolean {
  if (item.ownerId === null) return true;
  const at = chain.indexOf(item.ownerId);
  return at === 0 || (at > 0 && item.shareWithDescendants);
}

/**
 * The one an organisation uses among the versions of one key: its own newest version; else the
 * newest shared by its nearest ancestor that shares one; else the platform's newest. Null when
 * there is none it may use.
 */
export function pickByOwnership<T extends Owned & { version: number }>(candidates: readonly T[], chain: readonly string[]): T | null {
  const newest = (items: T[]): T | null => items.reduce<T | null>((best, item) => (best === null || item.version > best.version ? item : best), null);
  for (const [index, owner] of chain.entries()) {
    const found = newest(candidates.filter((item) => item.ownerId === owner && (index === 0 || item.shareWithDescendants)));
    if (found) return found;
  }
  return newest(candidates.filter((item) => item.ownerId === null));
}

/**
 * The same pick among items of one key and one version (a campaign's pinned version named by
 * number): nearest owner first, the platform last.
 */
export function nearestOwned<T extends Owned>(candidates: readonly T[], chain: readonly string[]): T | null {
  for (const [index, owner] of chain.entries()) {
    const found = candidates.find((item) => item.ownerId === owner && (index === 0 || item.shareWithDescendants));
    if (found) return found;
  }
  return candidates.find((item) => item.ownerId === null) ?? null;
}
