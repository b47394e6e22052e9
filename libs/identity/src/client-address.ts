import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a client is throttled under, from Express's `req.ip` (which believes
 * X-Forwarded-For only from the proxies TRUST_PROXY names). An IPv4 address as is; an IPv6
 * address by its /64 network, because one subscriber is usually given a whole /64 and could
 * otherwise rotate through billions of addresses.
 */
export function throttleAddress(ip: string | null | undefined): string {
  const value = ip?.trim();
  if (!value) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(value)) return value;
  const zoneless = value.split('%')[0];
  if (isIPv6(zoneless)) return `${expandIpv6(zoneless).slice(0, 4).join(':')}::/64`;
  // Not an address (a misconfigured proxy header): still one key, never a space (keys join on spaces).
  return value.replace(/\s+/g, '_').slice(0, 64);
}

/** The eight 16-bit groups of an IPv6 address, lower-case hex without leading zeros. */
function expandIpv6(address: string): string[] {
  let text = address.toLowerCase();
  // A trailing dotted IPv4 part (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two groups.
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === null ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => parseInt(group, 16).toString(16));
}
