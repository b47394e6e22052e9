import { createHash } from 'node:crypto';

// Definitions are identified by key + version; the checksum tells whether a file changed
// without its version being raised (which would silently alter running instances).

/** Strips a BOM, unifies line endings and trailing whitespace, ends with one newline. */
export function normaliseSource(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n*$/, '\n');
}

/** sha256 (hex) of the normalised source. */
export function checksum(source: string): string {
  return createHash('sha256').update(normaliseSource(source), 'utf8').digest('hex');
}

export interface VersionStamp {
  readonly key: string;
  readonly version: number;
  readonly checksum: string;
}

/**
 * How an incoming definition relates to the latest stored one of the same key:
 * `new` (none stored), `unchanged`, `upgrade` (higher version), `downgrade` (lower version),
 * `conflict` (same version, different content — the version must be raised).
 */
export type VersionComparison = 'new' | 'unchanged' | 'upgrade' | 'downgrade' | 'conflict';

export function compareVersions(stored: VersionStamp | undefined, incoming: VersionStamp): VersionComparison {
  if (!stored) return 'new';
  if (stored.key !== incoming.key) {
    throw new Error(`不能比较不同流程的版本："${stored.key}" 与 "${incoming.key}"`);
  }
  if (incoming.version > stored.version) return 'upgrade';
  if (incoming.version < stored.version) return 'downgrade';
  return incoming.checksum === stored.checksum ? 'unchanged' : 'conflict';
}
