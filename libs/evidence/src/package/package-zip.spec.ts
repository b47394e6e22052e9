import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { packageZip } from './package-zip';
import type { PackageEntry } from './package-layout';

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const entry = (i: number, size: number): PackageEntry =>
  ({ path: `01 党委和政府重视、制度健全/1-${i % 6} 某某街道 一份名字相当长的佐证材料文件第${i}号.pdf`, sha256: String(i), size }) as PackageEntry;

describe('packageZip', () => {
  it.each([3, 900])('announces exactly the length it writes (%i files; past 64 KiB of directory too)', async (count) => {
    const entries = Array.from({ length: count }, (_, i) => entry(i, 100 + (i % 7)));
    const { stream, length } = await packageZip({ entries, extras: [{ path: 'SHA256SUMS.txt', body: Buffer.from('x\n') }] }, async (sha) =>
      Readable.from([Buffer.alloc(100 + (Number(sha) % 7), Number(sha) % 251)]),
    );
    const bytes = await bytesOf(stream);
    expect(bytes.length).toBe(length);
    const dir = mkdtempSync(join(tmpdir(), 'package-zip-'));
    try {
      writeFileSync(join(dir, 'p.zip'), bytes);
      // unzip -t reads every entry and checks its CRC-32.
      expect(execFileSync('unzip', ['-tq', join(dir, 'p.zip')]).toString()).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
