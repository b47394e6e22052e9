import { randomBytes } from 'node:crypto';
import { useNativeCrc32ForZip, yazlCrc32 } from './native-crc32';

describe('useNativeCrc32ForZip', () => {
  it('gives the CRC-32 yazl’s JavaScript implementation gives, also chained over chunks', () => {
    const crc = yazlCrc32();
    const data = randomBytes(1 << 16);
    const whole = crc.unsigned(data);
    const chained = crc.unsigned(data.subarray(4096), crc.unsigned(data.subarray(0, 4096)));
    const original = crc.unsigned;
    useNativeCrc32ForZip();
    expect(crc.unsigned).not.toBe(original);
    expect(crc.unsigned(data)).toBe(whole);
    expect(crc.unsigned(data.subarray(4096), crc.unsigned(data.subarray(0, 4096)))).toBe(chained);
    expect(chained).toBe(whole);
  });
});
