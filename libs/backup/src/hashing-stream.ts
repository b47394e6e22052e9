import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Passes bytes through while counting and hashing them. */
export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  /** The sha256 in hex; call once, after the stream has ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** sha256 and size of a file, read as a stream. */
export async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hashing = new HashingStream();
  await pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), hashing, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) void chunk;
  });
  return { sha256: hashing.digest(), bytes: hashing.bytes };
}
