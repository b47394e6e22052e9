import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { inspectContainer, sniffContent } from './content-type';

/** A ZIP archive written by yazl (the writer the evidence package uses). */
async function zip(entries: Record<string, string>): Promise<Buffer> {
  const archive = new ZipFile();
  for (const [name, content] of Object.entries(entries)) archive.addBuffer(Buffer.from(content, 'utf8'), name);
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

/** A minimal OLE2 compound file: header, one FAT sector, one directory sector with the given stream names. */
function compoundFile(names: string[]): Buffer {
  const header = Buffer.alloc(512, 0);
  bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const directory = Buffer.alloc(512, 0);
  ['Root Entry', ...names].forEach((name, i) => {
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, i * 128);
    directory.writeUInt16LE(encoded.length, i * 128 + 64);
  });
  return Buffer.concat([header, fat, directory]);
}

describe('content type by magic bytes', () => {
  it.each([
    ['PDF', bytes('%PDF-1.4\n'), 'application/pdf'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
    // A PNG's signature, then its IHDR chunk and the first IDAT (file-type checks the chunk order).
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', new Array(17).fill(0), [0, 0, 0, 4], 'IDAT'), 'image/png'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8L'), 'image/webp'],
    ['HEIC', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'image/heic'],
    ['HEIF', bytes([0, 0, 0, 16], 'ftypmif1', [0, 0, 0, 0]), 'image/heif'],
    ['MP4', bytes([0, 0, 0, 24], 'ftypisom', [0, 0, 2, 0], 'isomiso2'), 'video/mp4'],
    ['3GP phone video', bytes([0, 0, 0, 20], 'ftyp3gp4', [0, 0, 2, 0], '3gp4'), 'video/mp4'],
  ])('recognises %s', async (_name, head, mediaType) => {
    expect(await sniffContent(head)).toEqual({ kind: 'type', mediaType });
  });

  it('sends containers on to a second look, and refuses the rest saying what they are', async () => {
    expect(await sniffContent(bytes('PK', [3, 4]))).toEqual({ kind: 'zip' });
    expect(await sniffContent(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ kind: 'cfb' });
    expect(await sniffContent(bytes('MZ\x90\x00'))).toEqual({ kind: 'refused', detected: 'Windows 可执行程序' });
    expect(await sniffContent(bytes([0x7f], 'ELF'))).toEqual({ kind: 'refused', detected: 'Linux 可执行程序' });
    expect(await sniffContent(bytes('#!/bin/sh\n'))).toEqual({ kind: 'refused', detected: '脚本文件' });
    expect(await sniffContent(bytes('  <svg xmlns="…">'))).toEqual({ kind: 'refused', detected: 'HTML/XML/SVG 文本' });
    expect(await sniffContent(bytes([0, 0, 0, 20], 'ftypqt  '))).toMatchObject({ kind: 'refused', detected: expect.stringContaining('QuickTime') });
    expect(await sniffContent(bytes('hello'))).toEqual({ kind: 'refused', detected: '未知类型' });
    expect(await sniffContent(bytes('Rar!\x1a\x07\x00'))).toEqual({ kind: 'refused', detected: 'RAR 压缩包' });
    expect(await sniffContent(bytes('GIF89a'))).toEqual({ kind: 'refused', detected: 'GIF 图片' });
    // A PDF signature anywhere but at the start is not a PDF.
    expect(await sniffContent(bytes('MZ%PDF-1.4'))).toMatchObject({ kind: 'refused' });
  });

  describe('containers, read from the finished file', () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'sniff-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = (name: string, data: Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    };

    it('tells legacy Word, Excel and PowerPoint apart, and refuses other compound files (an MSI installer)', async () => {
      expect(await inspectContainer(file('a.doc', compoundFile(['WordDocument', '1Table'])), 'cfb')).toEqual({ mediaType: 'application/msword' });
      expect(await inspectContainer(file('a.xls', compoundFile(['Workbook'])), 'cfb')).toEqual({ mediaType: 'application/vnd.ms-excel' });
      expect(await inspectContainer(file('a.ppt', compoundFile(['PowerPoint Document'])), 'cfb')).toEqual({ mediaType: 'application/vnd.ms-powerpoint' });
      expect(await inspectContainer(file('a.msi', compoundFile(['\u4840\u3b3f\u4577'])), 'cfb')).toMatchObject({ refused: expect.stringContaining('MSI') });
      expect(await inspectContainer(file('cut.doc', compoundFile(['WordDocument']).subarray(0, 300)), 'cfb')).toMatchObject({ refused: expect.stringContaining('损坏') });
    });

    it('tells Word, Excel, OFD and a plain archive apart by the ZIP directory (yauzl)', async () => {
      expect(await inspectContainer(file('a.docx', await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })), 'zip')).toEqual({
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      expect(await inspectContainer(file('a.xlsx', await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' })), 'zip')).toEqual({
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      expect(await inspectContainer(file('a.ofd', await zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' })), 'zip')).toEqual({ mediaType: 'application/ofd' });
      expect(await inspectContainer(file('a.zip', await zip({ 'setup.exe': 'MZ', 'readme.txt': 'hello' })), 'zip')).toMatchObject({ refused: expect.stringContaining('ZIP 压缩包') });
      expect(await sniffContent(await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))).toEqual({ kind: 'zip' });
    });

    it('refuses a truncated ZIP', async () => {
      expect(await inspectContainer(file('cut.docx', bytes('PK', [3, 4], 'truncated')), 'zip')).toMatchObject({ refused: expect.stringContaining('损坏') });
    });
  });
});
