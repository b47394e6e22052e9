/**
 * Whether an error means the database cannot be reached right now (down, restarting, pool
 * exhausted by a dead server) rather than a fault in our code: such errors are the service's
 * state, answered with SERVICE_UNAVAILABLE and logged once per outage, not per request.
 */
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection error|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Timeout acquiring a connection|terminating connection due to administrator command|Client was closed and is not queryable|Cannot use a pool after calling end/;

/** SQLSTATE classes 08 (connection exception) and 57P0x (operator intervention: shutdown, crash). */
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[1-4]|53300)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== 'object') return UNAVAILABLE_TEXT.test(String(current));
    const { message, code, name } = current as { message?: unknown; code?: unknown; name?: unknown };
    if (name === 'ConnectionException') return true;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_TEXT.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_TEXT.test(message)) return true;
    current = (current as { cause?: unknown; previous?: unknown }).cause ?? (current as { previous?: unknown }).previous;
  }
  return false;
}
