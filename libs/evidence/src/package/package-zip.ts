import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { EvidencePackage } from './evidence-package.service';
import { useNativeCrc32ForZip } from './native-crc32';

/**
 * The package as a streaming zip and its exact length. Entries are stored (not recompressed)
 * and read one at a time. ZIP64 end records are always written: yazl's size prediction counts
 * them once the central directory passes 64 KiB (about 600 files) but its writer does not, which
 * sent a Content-Length 76 bytes too long; always writing them keeps the two in step, and every
 * current unzip reads them.
 */
export async function packageZip(
  plan: Pick<EvidencePackage, 'entries' | 'extras'>,
  read: (sha256: string) => Promise<Readable>,
): Promise<{ stream: NodeJS.ReadableStream; length: number; zip: ZipFile }> {
  useNativeCrc32ForZip();
  const zip = new ZipFile();
  const mtime = new Date();
  for (const extra of plan.extras) zip.addBuffer(extra.body, extra.path, { compress: false, mtime });
  for (const entry of plan.entries) {
    zip.addReadStreamLazy(entry.path, { compress: false, size: entry.size, mtime }, (callback) => {
      read(entry.sha256).then(
        (stream) => callback(null, stream),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), undefined as never),
      );
    });
  }
  // yazl reports the final size (−1 when unknown) though its typings say nothing of it.
  const end = zip.end.bind(zip) as (options: { forceZip64Format: boolean }, callback: (size: number) => void) => void;
  const length = await new Promise<number>((resolve) => end({ forceZip64Format: true }, resolve));
  return { stream: zip.outputStream, length, zip };
}
