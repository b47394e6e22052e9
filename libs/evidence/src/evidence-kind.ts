import { registerEnumType } from '@nestjs/graphql';
import type { EvidenceUploadKind } from '@accredit/upload-contract';
import { EvidenceRefusal, evidenceError } from './evidence.exception';

/** What a piece of evidence is; stored as the lower-case key. */
export enum EvidenceKind {
  SEALED_DOCUMENT = 'sealed_document',
  SCREENSHOT = 'screenshot',
  NEWS_ARTICLE = 'news_article',
  PHOTO = 'photo',
  OTHER = 'other',
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Compiles only while the upload contract (what the admin sends) names exactly these kinds. */
export type KindsMatchUploadContract = Holds<Same<keyof typeof EvidenceKind, EvidenceUploadKind>>;

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  [EvidenceKind.SEALED_DOCUMENT]: '正式文件盖章版',
  [EvidenceKind.SCREENSHOT]: '截图',
  [EvidenceKind.NEWS_ARTICLE]: '新闻稿',
  [EvidenceKind.PHOTO]: '图片',
  [EvidenceKind.OTHER]: '其他',
};

registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: '佐证材料类别',
  valuesMap: {
    SEALED_DOCUMENT: { description: '正式文件盖章版' },
    SCREENSHOT: { description: '截图' },
    NEWS_ARTICLE: { description: '新闻稿' },
    PHOTO: { description: '图片' },
    OTHER: { description: '其他' },
  },
});

/** Reads a kind from a form field: the key (sealed_document or SEALED_DOCUMENT) or the Chinese label. */
export function parseEvidenceKind(value: string | undefined): EvidenceKind {
  const text = (value ?? '').trim();
  if (!text) return EvidenceKind.OTHER;
  const normalised = text.toLowerCase();
  for (const kind of Object.values(EvidenceKind)) {
    if (kind === normalised || EVIDENCE_KIND_LABELS[kind] === text) return kind;
  }
  throw evidenceError(EvidenceRefusal.BadKind, `材料类别「${text}」无效，可选：${Object.values(EVIDENCE_KIND_LABELS).join('、')}`, {
    field: 'kind',
    allowed: Object.values(EvidenceKind),
  });
}
