import type { EvidenceKind } from '../graphql/generated/graphql';

// The kinds of evidence (the schema's EvidenceKind), in Chinese, in the order a liaison picks them.

export const EVIDENCE_KINDS: ReadonlyArray<{ value: EvidenceKind; label: string }> = [
  { value: 'SEALED_DOCUMENT', label: '正式文件盖章版' },
  { value: 'SCREENSHOT', label: '截图' },
  { value: 'NEWS_ARTICLE', label: '新闻稿' },
  { value: 'PHOTO', label: '图片' },
  { value: 'OTHER', label: '其他' },
];

/** A first guess from the file: photos are photos, PDFs usually sealed documents. */
export function guessEvidenceKind(fileName: string, mediaType: string): EvidenceKind {
  if (mediaType.startsWith('image/') || /\.(jpe?g|png|webp|heic)$/i.test(fileName)) return /截图|screenshot/i.test(fileName) ? 'SCREENSHOT' : 'PHOTO';
  if (mediaType === 'application/pdf' || /\.pdf$/i.test(fileName)) return 'SEALED_DOCUMENT';
  return 'OTHER';
}
