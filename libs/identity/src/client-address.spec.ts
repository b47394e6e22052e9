import { throttleAddress } from './client-address';

describe('throttleAddress', () => {
  it('keeps an IPv4 address, also when it comes IPv4-mapped', () => {
    expect(throttleAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts an IPv6 address by its /64 network, however it is written', () => {
    const key = '2001:db8:85a3:8d3::/64';
    expect(throttleAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(key);
    expect(throttleAddress('2001:0db8:85a3:08d3::1')).toBe(key);
    expect(throttleAddress('2001:DB8:85A3:8D3:ffff::')).toBe(key);
    expect(throttleAddress('2001:db8:85a3:8d4::1')).not.toBe(key);
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(throttleAddress('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
  });

  it('gives a missing or odd address one key without spaces', () => {
    expect(throttleAddress(undefined)).toBe('unknown');
    expect(throttleAddress('')).toBe('unknown');
    expect(throttleAddress('not an address')).toBe('not_an_address');
  });
});
