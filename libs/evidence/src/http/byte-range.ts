import type { ByteRange } from '../storage/evidence-store';

/**
 * Reads a Range header (RFC 9110) for a file of `size` bytes: null when absent or not worth
 * honouring (several ranges: the whole file is sent), 'unsatisfiable' when no byte matches.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
  if (!match) return null; // malformed or multiple ranges: ignore, as RFC 9110 allows
  const [, first, last] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}
