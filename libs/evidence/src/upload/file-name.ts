import { EXTENSIONS } from './content-type';

// C0/C1 controls, bidirectional overrides and zero-width characters: invisible or misleading in a name.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_NAME_BYTES = 200;
export const UNNAMED = '未命名文件';

/** The name as given, for display: Unicode-normalised, invisible characters shown as �, bounded. */
export function displayName(original: string): string {
  return original.normalize('NFC').replace(INVISIBLE, '\ufffd').slice(0, 1000) || UNNAMED;
}

function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char, 'utf8') > maxBytes) break;
    out += char;
  }
  return out;
}

/**
 * A safe file name from whatever the client sent: only the last path segment, no `..`, no
 * control, bidi or reserved characters, no leading/trailing dots or spaces, at most 200 bytes
 * (keeping the extension), never a Windows device name, never empty.
 */
export function safeFileName(original: string): string {
  const normalised = original.normalize('NFC');
  const lastSegment =
    normalised
      .split(/[/\\]/)
      .filter((part) => part.trim() !== '')
      .pop() ?? '';
  let name = lastSegment
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = truncateUtf8(name.slice(0, extension ? dot : undefined), MAX_NAME_BYTES - Buffer.byteLength(extension, 'utf8')) + extension;
  }
  return name || UNNAMED;
}

/** The name to download as: the safe name, with the real type's extension added when it lacks one. */
export function downloadName(name: string, mediaType: string): string {
  const extensions = EXTENSIONS[mediaType];
  if (!extensions) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return extensions.includes(extension) ? name : `${name}.${extensions[0]}`;
}
