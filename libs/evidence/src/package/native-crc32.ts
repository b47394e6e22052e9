import { createRequire } from 'node:module';
import { crc32 as nativeCrc32 } from 'node:zlib';

interface Crc32Module {
  unsigned(data: Buffer, previous?: number | Buffer): number;
}

/** The buffer-crc32 instance yazl itself loads (it carries its own copy). */
export function yazlCrc32(): Crc32Module {
  const fromYazl = createRequire(require.resolve('yazl'));
  return fromYazl('buffer-crc32') as Crc32Module;
}

/**
 * yazl computes each entry's CRC-32 with buffer-crc32, a JavaScript loop (~0.5 GB/s here) that
 * caps the package's speed; Node's zlib.crc32 (Node ≥ 20.15) gives the same numbers natively
 * (~2 GB/s). yazl looks the function up on every chunk, so replacing it on the module object
 * yazl loaded is enough, and no other library's copy is touched. The spec checks they agree.
 */
export function useNativeCrc32ForZip(): void {
  if (typeof nativeCrc32 !== 'function') return;
  yazlCrc32().unsigned = (data, previous) => nativeCrc32(data, typeof previous === 'number' ? previous : 0);
}
