import { parse } from 'content-disposition';

/**
 * The name a browser saves a download as, read from its Content-Disposition with the same
 * library that wrote it: `filename*` (RFC 5987, UTF-8) when present, else `filename`.
 */
export function downloadName(header: string | null | undefined): string | undefined {
  return parse(String(header ?? '')).parameters['filename'];
}
