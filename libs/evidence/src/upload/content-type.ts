import { open } from 'node:fs/promises';

/** What the content of a file is, as far as the first bytes tell. */
export type Sniffed =
  | { kind: 'type'; mediaType: string }
  /** A ZIP container: an Office (OOXML) document or OFD, decided from its central directory. */
  | { kind: 'zip' }
  /** An OLE2 compound file: a legacy Office document (doc/xls/ppt, WPS), decided from its directory. */
  | { kind: 'cfb' }
  | { kind: 'refused'; detected: string };

/** Bytes needed for a decision; shorter files are judged on what there is. */
export const SNIFF_BYTES = 64;

export const ALLOWED_TYPES_TEXT = 'PDF、图片（JPEG/PNG/WebP/HEIC）、Office 文档（Word/Excel/PowerPoint）、OFD 或 MP4 视频';

const startsWith = (head: Buffer, bytes: number[], offset = 0) => head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (head: Buffer, start: number, end: number) => head.subarray(start, end).toString('latin1');

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'f4v ', 'mmp4', 'MSNV', '3gp4', '3gp5', '3gp6', '3g2a']);

/** Recognises known dangerous or merely unsupported content, to say what it is. */
function describeRefused(head: Buffer): string {
  if (startsWith(head, [0x4d, 0x5a])) return 'Windows 可执行程序';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'Linux 可执行程序';
  if (startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(head, [0xca, 0xfe, 0xba, 0xbe])) return 'macOS 可执行程序';
  if (startsWith(head, [0x23, 0x21])) return '脚本文件';
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21])) return 'RAR 压缩包';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf])) return '7z 压缩包';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip 压缩包';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'GIF 图片';
  if (startsWith(head, [0x42, 0x4d])) return 'BMP 图片';
  if (/^\s*<(!doctype|html|svg|\?xml)/i.test(ascii(head, 0, head.length))) return 'HTML/XML/SVG 文本';
  return '未知类型';
}

/** Decides by content (magic bytes), never by the name, whether a file may be evidence. */
export function sniffContent(head: Buffer): Sniffed {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'type', mediaType: 'application/pdf' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'type', mediaType: 'image/jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'type', mediaType: 'image/png' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { kind: 'type', mediaType: 'image/webp' };
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const size = head.readUInt32BE(0);
    const brands = [ascii(head, 8, 12)];
    for (let offset = 16; offset + 4 <= Math.min(size, head.length); offset += 4) brands.push(ascii(head, offset, offset + 4));
    if (brands.some((brand) => HEIF_BRANDS.has(brand))) return { kind: 'type', mediaType: brands.some((b) => b.startsWith('he')) ? 'image/heic' : 'image/heif' };
    if (brands.some((brand) => MP4_BRANDS.has(brand))) return { kind: 'type', mediaType: 'video/mp4' };
    return { kind: 'refused', detected: brands[0] === 'qt  ' ? 'QuickTime 视频（.mov），请转为 MP4' : `不支持的媒体格式（${brands[0].trim()}）` };
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'cfb' };
  return { kind: 'refused', detected: describeRefused(head) };
}

interface FileReader {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
}

async function withReader<T>(path: string, work: (reader: FileReader) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return await work({
      size,
      read: async (position, length) => {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        return buffer.subarray(0, bytesRead);
      },
    });
  } finally {
    await handle.close();
  }
}

const MAX_ENTRIES = 20_000;

/** Names in a ZIP's central directory (ZIP64 included), or null when it is not a readable ZIP. */
export async function zipEntryNames(reader: FileReader): Promise<string[] | null> {
  const tailLength = Math.min(reader.size, 65_535 + 22 + 20);
  const tail = await reader.read(reader.size - tailLength, tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) return null;
  let entries = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50) return null;
    const zip64 = await reader.read(Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (zip64.length < 56 || zip64.readUInt32LE(0) !== 0x06064b50) return null;
    entries = Number(zip64.readBigUInt64LE(32));
    cdSize = Number(zip64.readBigUInt64LE(40));
    cdOffset = Number(zip64.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > reader.size || entries > MAX_ENTRIES) return null;
  const directory = await reader.read(cdOffset, cdSize);
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.push(directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const ENDOFCHAIN = 0xfffffffe;

/** Names in an OLE2 compound file's directory, or null when it is not a readable compound file. */
export async function compoundFileNames(reader: FileReader): Promise<string[] | null> {
  const header = await reader.read(0, 512);
  if (header.length < 512) return null;
  const sectorSize = 1 << header.readUInt16LE(30);
  if (sectorSize !== 512 && sectorSize !== 4096) return null;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(header.readUInt32LE(76 + i * 4));
  let difat = header.readUInt32LE(68);
  for (let hops = 0; difat < ENDOFCHAIN && hops < 10_000; hops++) {
    const sector = await reader.read(sectorOffset(difat), sectorSize);
    if (sector.length < sectorSize) return null;
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(sector.readUInt32LE(i * 4));
    difat = sector.readUInt32LE(sectorSize - 4);
  }
  const perSector = sectorSize / 4;
  const fatCache = new Map<number, Buffer>();
  const next = async (sector: number): Promise<number> => {
    const index = Math.floor(sector / perSector);
    const fatSector = fatSectors[index];
    if (fatSector === undefined || fatSector >= ENDOFCHAIN) return ENDOFCHAIN;
    let fat = fatCache.get(index);
    if (!fat) {
      fat = await reader.read(sectorOffset(fatSector), sectorSize);
      fatCache.set(index, fat);
    }
    return fat.length >= ((sector % perSector) + 1) * 4 ? fat.readUInt32LE((sector % perSector) * 4) : ENDOFCHAIN;
  };
  const names: string[] = [];
  let sector = header.readUInt32LE(48);
  for (let hops = 0; sector < ENDOFCHAIN && hops < 10_000; hops++) {
    const directory = await reader.read(sectorOffset(sector), sectorSize);
    for (let at = 0; at + 128 <= directory.length; at += 128) {
      const nameLength = directory.readUInt16LE(at + 64);
      if (nameLength >= 2 && nameLength <= 64) names.push(directory.subarray(at, at + nameLength - 2).toString('utf16le'));
    }
    sector = await next(sector);
  }
  return names.length ? names : null;
}

export const OOXML_TYPES: Record<string, string> = {
  'word/': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'xl/': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'ppt/': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/**
 * The media type of a container once the whole file is on disk: reads the ZIP central directory
 * (OOXML, OFD) or the compound file directory (legacy Office); refuses other archives.
 */
export async function inspectContainer(path: string, kind: 'zip' | 'cfb'): Promise<{ mediaType: string } | { refused: string }> {
  return withReader(path, async (reader) => {
    if (kind === 'zip') {
      const names = await zipEntryNames(reader);
      if (!names) return { refused: '损坏的 ZIP/Office 文件' };
      if (names.includes('[Content_Types].xml')) {
        for (const [prefix, mediaType] of Object.entries(OOXML_TYPES)) if (names.some((name) => name.startsWith(prefix))) return { mediaType };
      }
      if (names.includes('OFD.xml')) return { mediaType: 'application/ofd' };
      return { refused: 'ZIP 压缩包（不是 Office 文档或 OFD）' };
    }
    const names = await compoundFileNames(reader);
    if (!names) return { refused: '损坏的 Office 文件' };
    if (names.includes('WordDocument')) return { mediaType: 'application/msword' };
    if (names.includes('Workbook') || names.includes('Book')) return { mediaType: 'application/vnd.ms-excel' };
    if (names.includes('PowerPoint Document')) return { mediaType: 'application/vnd.ms-powerpoint' };
    return { refused: '不是 Word/Excel/PowerPoint 文档的复合文件（如 MSI 安装包）' };
  });
}

/** The usual file extension of each accepted type, for download names that lack it. */
export const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heif', 'heic'],
  'video/mp4': ['mp4', 'm4v'],
  'application/ofd': ['ofd'],
  'application/msword': ['doc', 'wps', 'dot'],
  'application/vnd.ms-excel': ['xls', 'et', 'xlt'],
  'application/vnd.ms-powerpoint': ['ppt', 'dps', 'pps'],
  [OOXML_TYPES['word/']]: ['docx', 'docm', 'dotx'],
  [OOXML_TYPES['xl/']]: ['xlsx', 'xlsm', 'xltx'],
  [OOXML_TYPES['ppt/']]: ['pptx', 'pptm', 'ppsx'],
};

/** Shown inline by browsers (preview); everything else downloads. */
export const PREVIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);
