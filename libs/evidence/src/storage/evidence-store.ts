import type { Readable } from 'node:stream';

/** A stored file: the store knows content by its sha256 only. */
export interface StoredObject {
  sha256: string;
  size: number;
}

/** Inclusive byte range, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/** A complete file in the staging area whose sha256 and size were computed while it was written. */
export interface VerifiedFile {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Where evidence bytes live, content-addressed by sha256 (identical content is stored once).
 * Local disk by default; an S3-compatible bucket for deployments that outgrow one disk.
 * Every adapter passes the same contract suite (tests/api/evidence-storage.spec.ts).
 */
export interface EvidenceStore {
  /** For logs and messages: where the files go. */
  readonly description: string;
  /** Checks that the store can be used (creates folders, reaches the bucket). */
  init(): Promise<void>;
  /**
   * Takes a complete, verified file into the store under its sha256 and consumes the staged
   * file (moved or deleted). Content already stored is kept and the copy dropped.
   */
  put(file: VerifiedFile): Promise<{ created: boolean }>;
  /** Size of stored content, or null when it is not there. */
  stat(sha256: string): Promise<StoredObject | null>;
  /** The content, or a byte range of it; fails with StoredObjectMissingError when absent. */
  read(sha256: string, range?: ByteRange): Promise<Readable>;
  /** Every stored object (for verification). */
  list(): AsyncIterable<StoredObject>;
  /** Removes content; only for pruning content no evidence refers to. */
  remove(sha256: string): Promise<void>;
}

export const EVIDENCE_STORE = Symbol('EVIDENCE_STORE');

export class StoredObjectMissingError extends Error {
  constructor(readonly sha256: string) {
    super(`stored object ${sha256} is missing`);
    this.name = 'StoredObjectMissingError';
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Content keys come from our own hashing; anything else must never reach a path or URL. */
export function assertSha256(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return sha256;
}
