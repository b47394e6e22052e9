import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** Small files of each kind, recognisable by content; the rest is random so every call differs. */
export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
};

const withHead = (head: Buffer, size: number) => Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);

export const fixtures = {
  pdf: (size = 4096) => withHead(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), size),
  // Signature, a 1×1 IHDR, then one IDAT chunk holding the rest: the chunk order a PNG reader checks.
  png: (size = 2048) =>
    withHead(
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        Buffer.from('IHDR'),
        Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]),
        u32(Math.max(0, size - 45)),
        Buffer.from('IDAT'),
      ]),
      size,
    ),
  jpeg: (size = 2048) => withHead(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]), size),
  webp: (size = 2048) => withHead(Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 ')]), size),
  heic: (size = 2048) => withHead(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic')]), size),
  mp4: (size = 4096) => withHead(Buffer.concat([Buffer.from([0, 0, 0, 32]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41')]), size),
  mov: (size = 4096) => withHead(Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from('ftypqt  '), Buffer.from([0, 0, 2, 0]), Buffer.from('qt  ')]), size),
  exe: (size = 4096) => withHead(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), size),
  elf: (size = 4096) => withHead(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), size),
  gif: (size = 1024) => withHead(Buffer.from('GIF89a'), size),
  html: () => Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
};

/** A ZIP archive of stored (uncompressed) entries: enough to be an OOXML or OFD container. */
export function zip(entries: Record<string, Buffer | string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const officeFixtures = {
  docx: () => zip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', 'word/document.xml': `<w:document>${randomBytes(8).toString('hex')}</w:document>` }),
  xlsx: () => zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': `<workbook>${randomBytes(8).toString('hex')}</workbook>` }),
  ofd: () => zip({ 'OFD.xml': `<ofd:OFD>${randomBytes(8).toString('hex')}</ofd:OFD>`, 'Doc_0/Document.xml': '<ofd:Document/>' }),
  plainZip: () => zip({ 'setup.exe': fixtures.exe(256), 'readme.txt': 'hello' }),
};

/** Bytes from a repeating random block: a large file produced on the fly, never held whole. */
export async function* generated(head: Buffer, total: number, chunk = 256 * 1024): AsyncIterable<Buffer> {
  const block = randomBytes(chunk);
  yield head;
  let left = total - head.length;
  while (left > 0) {
    const piece = left >= chunk ? block : block.subarray(0, left);
    left -= piece.length;
    yield piece;
  }
}
