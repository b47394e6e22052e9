import { open } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import yauzl, { type ZipFile } from 'yauzl';

/** What the content of a file is, as far as the first bytes tell. */
export type Sniffed =
  | { kind: 'type'; mediaType: string }
  /** A ZIP container: an Office (OOXML) document or OFD, decided from its central directory. */
  | { kind: 'zip' }
  /** An OLE2 compound file: a legacy Office document (doc/xls/ppt, WPS), decided from its directory. */
  | { kind: 'cfb' }
  | { kind: 'refused'; detected: string };

/**
 * Bytes read before a decision (file-type's own "reasonable detection size"); shorter files are
 * judged on what there is.
 */
export const SNIFF_BYTES = 4100;

export const ALLOWED_TYPES_TEXT = 'PDF、图片（JPEG/PNG/WebP/HEIC）、Office 文档（Word/Excel/PowerPoint）、OFD 或 MP4 视频';

/** What file-type reports → the media type we store (a 3GP phone video is an MP4 file). */
const ACCEPTED: Record<string, string> = {
  'application/pdf': 'application/pdf',
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/apng': 'image/png',
  'image/webp': 'image/webp',
  'image/heic': 'image/heic',
  'image/heic-sequence': 'image/heic',
  'image/heif': 'image/heif',
  'image/heif-sequence': 'image/heif',
  'video/mp4': 'video/mp4',
  'video/x-m4v': 'video/mp4',
  'video/3gpp': 'video/mp4',
  'video/3gpp2': 'video/mp4',
};

/** ZIP containers we decide on from their central directory: Office (OOXML) documents or OFD. */
const ZIP_CONTAINERS = new Set([
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.ms-word.document.macroenabled.12',
  'application/vnd.ms-excel.sheet.macroenabled.12',
  'application/vnd.ms-powerpoint.presentation.macroenabled.12',
]);

/** Refused types that users meet often, said in Chinese (file-type's extension otherwise). */
const REFUSED_LABELS: Record<string, string> = {
  exe: 'Windows 可执行程序',
  elf: 'Linux 可执行程序',
  macho: 'macOS 可执行程序',
  rar: 'RAR 压缩包',
  '7z': '7z 压缩包',
  gz: 'gzip 压缩包',
  gif: 'GIF 图片',
  bmp: 'BMP 图片',
  mov: 'QuickTime 视频（.mov），请转为 MP4',
  xml: 'HTML/XML/SVG 文本',
};

/** file-type leaves text alone; scripts and markup are worth naming in a refusal. */
function describeText(head: Buffer): string {
  const text = head.subarray(0, 256).toString('latin1');
  if (text.startsWith('#!')) return '脚本文件';
  if (/^\s*<(!doctype|html|svg|\?xml)/i.test(text)) return 'HTML/XML/SVG 文本';
  return '未知类型';
}

/** Decides by content (magic bytes, through file-type), never by the name, whether a file may be evidence. */
export async function sniffContent(head: Buffer): Promise<Sniffed> {
  const detected = await fileTypeFromBuffer(head);
  if (!detected) return { kind: 'refused', detected: describeText(head) };
  const mediaType = ACCEPTED[detected.mime];
  if (mediaType) return { kind: 'type', mediaType };
  if (ZIP_CONTAINERS.has(detected.mime)) return { kind: 'zip' };
  if (detected.ext === 'cfb') return { kind: 'cfb' };
  return { kind: 'refused', detected: REFUSED_LABELS[detected.ext] ?? `不支持的格式（${detected.ext}）` };
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

/** Names in a ZIP's central directory (yauzl: ZIP64 included), or null when it is not a readable ZIP. */
export async function zipEntryNames(path: string): Promise<string[] | null> {
  let zip: ZipFile | undefined;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
    if (zip.entryCount > MAX_ENTRIES) return null;
    const names: string[] = [];
    for await (const entry of zip.eachEntry()) names.push(entry.fileName);
    return names;
  } catch {
    return null;
  } finally {
    zip?.close();
  }
}

const ENDOFCHAIN = 0xfffffffe;

/**
 * Names in an OLE2 compound file's directory, or null when it is not a readable compound file.
 * (file-type stops at "a compound file"; which Office program wrote it is in the directory.)
 */
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
  if (kind === 'zip') {
    const names = await zipEntryNames(path);
    if (!names) return { refused: '损坏的 ZIP/Office 文件' };
    if (names.includes('[Content_Types].xml')) {
      for (const [prefix, mediaType] of Object.entries(OOXML_TYPES)) if (names.some((name) => name.startsWith(prefix))) return { mediaType };
    }
    if (names.includes('OFD.xml')) return { mediaType: 'application/ofd' };
    return { refused: 'ZIP 压缩包（不是 Office 文档或 OFD）' };
  }
  return withReader(path, async (reader) => {
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
