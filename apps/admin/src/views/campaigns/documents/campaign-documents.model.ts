import { formatDateTime } from '../../../domain/chinese-date';
import { formatFileSize } from '../../../domain/file-size';
import { tr } from '../../../plugins/i18n';
import type { CampaignDocumentFieldsFragment, CampaignRequiredDocumentsQuery } from '../../../graphql/generated/graphql';

// The 自评报告 screen's wording and choices, apart from Vue so that they can be specified.

export type RequiredDocument = CampaignRequiredDocumentsQuery['campaign']['requiredDocuments'][number];
export type RecordedDocument = CampaignDocumentFieldsFragment;

/** The title offered for a new upload: 「<campaign name><label>」, e.g. 沙坪坝区创建全国科普示范区自评报告. */
export function defaultTitle(campaignName: string, label: string): string {
  const name = campaignName.trim();
  return name.endsWith(label) ? name : `${name}${label}`;
}

/** 「申报认定」「申请市级评估」等操作需要此文件; null when no operation of the workflow checks it. */
export function neededBySentence(required: Pick<RequiredDocument, 'neededBy'>): string | null {
  if (required.neededBy.length === 0) return null;
  const operations = required.neededBy
    .map((use) => tr('documents.operation', { label: use.label }))
    .join('')
    .trim();
  return tr(required.neededBy.length > 1 ? 'documents.neededByMany' : 'documents.neededBy', { operations });
}

export type DocumentStatus = { kind: 'missing' } | { kind: 'no-file'; title: string } | { kind: 'uploaded'; title: string; file: string; by: string };

/** 未上传, 已登记但未附文件, or 已上传 with the file, its size, who and when. */
export function documentStatus(document: RecordedDocument | null | undefined): DocumentStatus {
  if (!document) return { kind: 'missing' };
  if (!document.hasFile) return { kind: 'no-file', title: document.title };
  const size = document.fileSize == null ? '' : tr('documents.size', { size: formatFileSize(document.fileSize) });
  const who = document.fileUploadedByName || document.recordedByName;
  return {
    kind: 'uploaded',
    title: document.title,
    file: `${document.fileName ?? ''}${size}`,
    by: who ? tr('documents.by', { who, when: formatDateTime(document.fileUploadedAt ?? document.recordedAt) }) : formatDateTime(document.fileUploadedAt ?? document.recordedAt),
  };
}

/**
 * Where an upload goes: the newest record when it still waits for its file under the same title
 * (recorded through the API without one), so that it gets its file instead of a second record;
 * otherwise a new record with the file (a replacement keeps the earlier version and its file).
 */
export function uploadTarget(required: Pick<RequiredDocument, 'versions'>, title: string): { reuse: string } | { record: true } {
  const newest = required.versions[0];
  if (newest && !newest.hasFile && newest.title === title.trim()) return { reuse: newest.id };
  return { record: true };
}

/** Earlier versions (everything but the one that counts), newest first. */
export function earlierVersions(required: Pick<RequiredDocument, 'versions' | 'document'>): RecordedDocument[] {
  return required.versions.filter((version) => version.id !== required.document?.id && version.hasFile);
}

/**
 * The required documents a campaign transition waits for: those whose neededBy names the event
 * and that have no file yet. For the workflow screen's 「去上传…」 link beside a refused event.
 */
export function missingFor(event: string, required: readonly Pick<RequiredDocument, 'kind' | 'label' | 'neededBy' | 'document'>[]): { kind: string; label: string }[] {
  return required.filter((r) => r.neededBy.some((use) => use.event === event) && !r.document?.hasFile).map((r) => ({ kind: r.kind, label: r.label }));
}
