import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from '@accredit/tasks';
import { EvidenceFile } from './evidence-file.entity';
import { EvidenceVersion } from './evidence-version.entity';
import { Evidence } from './evidence.entity';

// Evidence carried into a new cycle of a campaign, for the module that starts cycles
// (campaign-setup): it picks what goes to which task, this module makes the rows (ADR 14). They
// join the caller's unit of work and are written by its flush.

/** One piece of the earlier cycle's evidence, its current version, and the new cycle's task that takes it. */
export interface CarriedEvidence {
  from: Evidence;
  version: EvidenceVersion;
  into: Task;
}

/**
 * Copies each piece as new evidence of its task: a new file row linked to the same stored content
 * by its hash (no bytes copied), version 1 with the earlier version's kind and description, and
 * `carriedFrom` naming where it came from; replaceable like any evidence.
 */
export function copyEvidenceIntoCycle(em: EntityManager, carried: readonly CarriedEvidence[], actorId: string): Evidence[] {
  return carried.map(({ from, version, into }) => {
    // Only what the earlier cycle still shows is carried: its current version of live evidence.
    if (from.deletedAt || version.evidence.id !== from.id || version.number !== from.currentVersion) {
      throw new Error(`evidence ${from.id}: only the current version of live evidence is carried into a new cycle`);
    }
    const file = version.file.getEntity();
    const linked = em.create(EvidenceFile, {
      task: into,
      sha256: file.sha256,
      size: file.size,
      mediaType: file.mediaType,
      originalName: file.originalName,
      name: file.name,
      uploadedBy: file.uploadedBy.id,
      uploadedAt: file.uploadedAt,
    });
    const evidence = em.create(Evidence, { task: into, requirementCode: from.requirementCode, createdBy: actorId, carriedFrom: from });
    em.create(EvidenceVersion, {
      evidence,
      number: 1,
      file: linked,
      kind: version.kind,
      description: version.description ?? null,
      refersTo: version.refersTo ?? null,
      createdBy: actorId,
    });
    return evidence;
  });
}
