/**
 * A Content-Disposition header for a download whose name may be Chinese: an ASCII fallback in
 * `filename` for old clients and the real name in `filename*` (RFC 5987 / RFC 6266).
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const safe = fileName.replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, '_').trim() || asciiFallback;
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** 20221120 in China's time zone, for file names. */
export function compactDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10).replace(/-/g, '');
}
