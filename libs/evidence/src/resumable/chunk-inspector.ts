import type { Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { AppError } from '@accredit/api-kit';
import { SNIFF_BYTES, sniffContent } from '../upload/content-type';
import { refusedType } from '../upload/upload-receiver';

export interface ChunkInspectorOptions {
  /** The upload's bytes already on disk before this chunk, when fewer than SNIFF_BYTES (the type is still undecided). */
  head: Buffer | null;
  /** The upload's running sha256, continued with this chunk; null when it cannot be continued (hashed in one pass at the end). */
  hash: Hash | null;
  /** For the refusal message. */
  fileName: string;
}

/**
 * The bytes of one PATCH on their way to the partial file: counted, added to the upload's
 * running sha256, and — while the upload's first SNIFF_BYTES are not all there — collected
 * and typed by content, so a wrong type is refused within the first chunk, before the rest
 * is accepted. `refusal` says why it failed (the file store hides the stream's own error).
 */
export class ChunkInspector extends Transform {
  bytes = 0;
  refusal: AppError | null = null;
  private head: Buffer | null;

  constructor(private readonly options: ChunkInspectorOptions) {
    super({ highWaterMark: 1024 * 1024 });
    this.head = options.head;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const pass = () => {
      this.options.hash?.update(chunk);
      this.bytes += chunk.length;
      callback(null, chunk);
    };
    if (!this.head) return pass();
    this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
    if (this.head.length < SNIFF_BYTES) return pass();
    const head = this.head;
    this.head = null;
    sniffContent(head).then((sniffed) => {
      if (sniffed.kind !== 'refused') return pass();
      this.refusal = refusedType(this.options.fileName, sniffed.detected);
      callback(this.refusal);
    }, callback);
  }
}
