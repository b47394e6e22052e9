import type { AttachmentKind } from './types';

// Which stored media types (as the evidence storage records them after reading the bytes) belong to
// which kind an attachment field may accept.

export const ATTACHMENT_KIND_LABELS: Readonly<Record<AttachmentKind, string>> = {
  image: '图片',
  pdf: 'PDF',
  document: 'Word/WPS/OFD 文档',
  spreadsheet: 'Excel 表格',
  presentation: '演示文稿',
  video: '视频',
};

/**
 * The image types a seal may be: those a .docx can draw (Word shows no WebP, HEIC, SVG or TIFF, so
 * such a seal would silently be missing from the printed 申报表).
 */
export const SEAL_IMAGE_TYPES: Readonly<Record<string, string>> = { 'image/png': 'PNG', 'image/jpeg': 'JPG', 'image/gif': 'GIF', 'image/bmp': 'BMP' };

export function attachmentKindOf(mediaType: string): AttachmentKind | undefined {
  const type = mediaType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'application/msword' || type === 'application/ofd' || type.includes('wordprocessingml') || type.includes('ms-word')) return 'document';
  if (type === 'application/vnd.ms-excel' || type.includes('spreadsheetml') || type.includes('ms-excel')) return 'spreadsheet';
  if (type === 'application/vnd.ms-powerpoint' || type.includes('presentationml') || type.includes('ms-powerpoint')) return 'presentation';
  return undefined;
}
