import { createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HashingStream } from './hashing-stream';

/**
 * Streams into a new file (never overwriting one), hashing on the way, and syncs it to disk
 * before returning: a backup that says it is complete is on the disk.
 */
export async function writeStreamToFile(source: Readable, path: string): Promise<{ sha256: string; bytes: number }> {
  await mkdir(dirname(path), { recursive: true });
  const hashing = new HashingStream();
  await pipeline(source, hashing, createWriteStream(path, { flags: 'wx', highWaterMark: 1024 * 1024 }));
  await syncFile(path);
  return { sha256: hashing.digest(), bytes: hashing.bytes };
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeTextFile(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a directory's entries (new files, a rename) durable. */
export async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
