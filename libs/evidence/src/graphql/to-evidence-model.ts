import { EVIDENCE_KIND_LABELS } from '../evidence-kind';
import type { EvidenceFile } from '../evidence-file.entity';
import type { EvidenceVersion } from '../evidence-version.entity';
import type { Evidence } from '../evidence.entity';
import { PREVIEWABLE } from '../upload/content-type';
import { EvidenceFileModel, EvidenceModel, EvidenceVersionModel } from './evidence.model';

/** Where a version's bytes are served (see EvidenceFilesController). */
export function contentUrl(evidenceId: string, version: number, mode: 'download' | 'preview'): string {
  return `/api/evidence/${evidenceId}/${mode}?version=${version}`;
}

const nameOf = (user: { getEntity(): { displayName: string } } | null | undefined) => (user ? user.getEntity().displayName : '');

export function toEvidenceFileModel(file: EvidenceFile): EvidenceFileModel {
  return Object.assign(new EvidenceFileModel(), {
    id: file.id,
    name: file.name,
    originalName: file.originalName,
    size: Number(file.size),
    sha256: file.sha256,
    mediaType: file.mediaType,
    uploadedAt: file.uploadedAt,
    uploadedBy: nameOf(file.uploadedBy),
    uploadedById: file.uploadedBy.id,
  });
}

/** A version with its file and people populated. */
export function toEvidenceVersionModel(version: EvidenceVersion): EvidenceVersionModel {
  const file = version.file.getEntity();
  return Object.assign(new EvidenceVersionModel(), {
    id: version.id,
    number: version.number,
    kind: version.kind,
    kindLabel: EVIDENCE_KIND_LABELS[version.kind],
    description: version.description ?? null,
    refersTo: version.refersTo ?? null,
    file: toEvidenceFileModel(file),
    createdAt: version.createdAt,
    createdBy: nameOf(version.createdBy),
    createdById: version.createdBy.id,
    downloadUrl: contentUrl(version.evidence.id, version.number, 'download'),
    previewUrl: PREVIEWABLE.has(file.mediaType) ? contentUrl(version.evidence.id, version.number, 'preview') : null,
  });
}

export function toEvidenceModel(evidence: Evidence, current: EvidenceVersion): EvidenceModel {
  return Object.assign(new EvidenceModel(), {
    id: evidence.id,
    taskId: evidence.task.id,
    requirementCode: evidence.requirementCode,
    currentVersion: evidence.currentVersion,
    current: toEvidenceVersionModel(current),
    createdAt: evidence.createdAt,
    createdBy: nameOf(evidence.createdBy),
    createdById: evidence.createdBy.id,
    updatedAt: evidence.updatedAt,
    deletedAt: evidence.deletedAt ?? null,
    deletedBy: evidence.deletedBy ? nameOf(evidence.deletedBy) : null,
    revision: evidence.revision,
  });
}
