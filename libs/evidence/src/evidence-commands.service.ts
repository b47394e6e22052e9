import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { type Actor, AppError, ErrorCode, assertId, hasRole } from '@accredit/api-kit';
import { type AuditEntry, appendAudit } from '@accredit/audit';
import { User } from '@accredit/identity';
import { TASK_STATE_VOCABULARY, type Task, type TaskStateVocabulary, lockTaskStateForShare } from '@accredit/tasks';
import { EvidenceAccess } from './evidence-access.service';
import { assertEvidenceEditable } from './evidence-editable-states';
import { EvidenceEvent, type EvidenceAction } from './evidence-event.entity';
import { EvidenceFile } from './evidence-file.entity';
import { assertRequirementCode, parseDescription, parseRefersTo } from './evidence-input';
import { EvidenceKind, parseEvidenceKind } from './evidence-kind';
import { EvidenceVersion } from './evidence-version.entity';
import { Evidence } from './evidence.entity';
import { EVIDENCE_STORE, type EvidenceStore } from './storage/evidence-store';
import { ContentIntents } from './storage/content-intents.service';
import type { StagingArea } from './storage/staging-area';
import type { ReceivedFile } from './upload/upload-receiver';
import type { UploadedEvidenceFile } from '@accredit/upload-contract';
import { EvidenceRefusal, evidenceError, evidenceNotFound } from './evidence.exception';

/** An upload's fields, checked before any file byte is accepted. */
export interface PreparedUpload {
  task: Task;
  /** Null: files only, to replace a version with (replaceEvidence). */
  requirementCode: string | null;
  kind: EvidenceKind;
  description: string | null;
  refersTo: string | null;
}

export interface ReplaceEvidenceCommand {
  evidenceId: string;
  fileId: string;
  kind?: EvidenceKind | null;
  description?: string | null;
  refersTo?: string | null;
  expectedRevision?: number | null;
}

const logger = new Logger('Evidence');

/** Every change of evidence: uploads, replacements, soft deletes and restores, each audited. */
@Injectable()
export class EvidenceCommands {
  constructor(
    private readonly em: EntityManager,
    private readonly access: EvidenceAccess,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    private readonly intents: ContentIntents,
    @Inject(TASK_STATE_VOCABULARY) private readonly vocabulary: TaskStateVocabulary,
  ) {}

  /** Refuses unless the task's workflow declares its state evidenceEditable. */
  async assertEditable(taskId: string, state: string, em: EntityManager = this.em): Promise<void> {
    assertEvidenceEditable(await this.vocabulary.taskDefinition(taskId, em), state);
  }

  /** Checks an upload's fields, the actor's access to the task and the task's state. */
  async prepareUpload(actor: Actor, fields: Record<string, string>): Promise<PreparedUpload> {
    const taskId = fields['taskId']?.trim();
    if (!taskId) throw evidenceError(EvidenceRefusal.FieldRequired, '缺少任务编号 taskId；请把 taskId 等表单字段放在文件之前', { field: 'taskId' });
    const task = await this.access.task(actor, taskId, 'change');
    await this.assertEditable(task.id, task.state);
    const code = fields['requirementCode']?.trim();
    return {
      task,
      requirementCode: code ? await assertRequirementCode(this.em, task, code) : null,
      kind: parseEvidenceKind(fields['kind']),
      description: parseDescription(fields['description']),
      refersTo: parseRefersTo(fields['refersTo']),
    };
  }

  /**
   * Stores the received files (content-addressed; identical content once) and records them in
   * one transaction that re-checks the task's state under a share lock. Rows are written only
   * after their files are completely stored, so there is never a row without its file.
   */
  async commitUpload(actor: Actor, upload: PreparedUpload, files: ReceivedFile[], staging: StagingArea): Promise<UploadedEvidenceFile[]> {
    const stored: boolean[] = [];
    // Announced first: if the rows never come (a crash, a refusal), the sweep finds this content.
    let intents: string[] = [];
    try {
      intents = await this.intents.announce(files.map((file) => file.sha256));
      for (const file of files) stored.push((await this.store.put(file)).created);
    } finally {
      // Whatever was not taken into the store is removed: nothing half-stored stays behind.
      await Promise.allSettled(files.map((file) => staging.discard(file.path)));
    }
    const results = await this.recordUpload(actor, upload, files, stored);
    await this.intents.settle(intents);
    return results;
  }

  /**
   * Records files already taken into the store: a file row each, and for an upload tagged to a
   * requirement the evidence and its first version; one `upload` event per file. `newContent`
   * says per file whether the store had to add it. With `uploadId` (a resumable upload) the
   * event carries it, and a second call for the same upload (a retry after a lost answer or a
   * crash) returns what the first recorded instead of recording twice.
   */
  async recordUpload(actor: Actor, upload: PreparedUpload, files: ReceivedFile[], newContent: boolean[], options: { uploadId?: string } = {}): Promise<UploadedEvidenceFile[]> {
    try {
      return await this.em.transactional(async (em) => {
        await this.lockEditableTask(em, upload.task.id);
        if (options.uploadId) {
          const earlier = await this.recordedUpload(em, upload.task.id, options.uploadId);
          if (earlier) return [earlier];
        }
        const audits: AuditEntry[] = [];
        const results = files.map((file, index) => {
          const row = em.create(EvidenceFile, {
            task: upload.task.id,
            sha256: file.sha256,
            size: file.size,
            mediaType: file.mediaType,
            originalName: file.originalName,
            name: file.name,
            uploadedBy: actor.userId,
          });
          let evidenceId: string | null = null;
          if (upload.requirementCode) {
            const evidence = em.create(Evidence, { task: upload.task.id, requirementCode: upload.requirementCode, createdBy: actor.userId });
            em.create(EvidenceVersion, {
              evidence,
              number: 1,
              file: row,
              kind: upload.kind,
              description: upload.description,
              refersTo: upload.refersTo,
              createdBy: actor.userId,
            });
            evidenceId = evidence.id;
          }
          audits.push(
            this.audit(em, actor, 'upload', upload.task.id, evidenceId, {
              fileId: row.id,
              sha256: file.sha256,
              size: file.size,
              mediaType: file.mediaType,
              name: file.originalName,
              requirementCode: upload.requirementCode,
              kind: upload.kind,
              ...(options.uploadId ? { uploadId: options.uploadId } : {}),
            }),
          );
          return {
            fileId: row.id,
            evidenceId,
            name: file.name,
            originalName: file.originalName,
            size: file.size,
            sha256: file.sha256,
            mediaType: file.mediaType,
            newContent: newContent[index] ?? false,
          };
        });
        await appendAudit(em, audits);
        return results;
      });
    } catch (error) {
      // Content stored above stays (another upload may share it); `evidence:verify` lists content no row refers to.
      logger.warn(`上传记录未写入（任务 ${upload.task.id}）：${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  /** What an earlier call recorded for a resumable upload, found by the upload id its event carries (within the task). */
  private async recordedUpload(em: EntityManager, taskId: string, uploadId: string): Promise<UploadedEvidenceFile | null> {
    const [event] = await em.execute<{ evidence_id: string | null; file_id: string }[]>(
      "select evidence_id, details->>'fileId' as file_id from evidence_event where task_id = ? and action = 'upload' and details->>'uploadId' = ? limit 1",
      [taskId, uploadId],
    );
    if (!event) return null;
    const file = await em.findOneOrFail(EvidenceFile, { id: event.file_id });
    return {
      fileId: file.id,
      evidenceId: event.evidence_id,
      name: file.name,
      originalName: file.originalName,
      size: Number(file.size),
      sha256: file.sha256,
      mediaType: file.mediaType,
      newContent: false,
    };
  }

  /** Adds a version with a file uploaded for the same task; the earlier versions stay. */
  async replace(actor: Actor, command: ReplaceEvidenceCommand): Promise<Evidence> {
    const { id } = await this.loadForChange(actor, command.evidenceId);
    assertId(command.fileId, 'fileId');
    const description = command.description === undefined ? undefined : parseDescription(command.description);
    const refersTo = command.refersTo === undefined ? undefined : parseRefersTo(command.refersTo);
    try {
      return await this.em.transactional(async (em) => {
        const evidence = await this.lockForChange(em, id);
        this.assertRevision(evidence, command.expectedRevision);
        if (evidence.deletedAt) throw evidenceError(EvidenceRefusal.EvidenceDeleted, '这份材料已删除，请先恢复再替换', { evidenceId: evidence.id });
        const file = await em.findOne(EvidenceFile, { id: command.fileId });
        if (!file || file.task.id !== evidence.task.id) throw evidenceNotFound(EvidenceRefusal.FileNotFound, '本任务上传的文件', command.fileId);
        if (await em.count(EvidenceVersion, { file: file.id })) throw evidenceError(EvidenceRefusal.FileInUse, '这个文件已用作材料的某个版本，请重新上传', { fileId: file.id });
        const previous = await em.findOneOrFail(EvidenceVersion, { evidence: evidence.id, number: evidence.currentVersion });
        const number = evidence.currentVersion + 1;
        em.create(EvidenceVersion, {
          evidence,
          number,
          file,
          kind: command.kind ?? previous.kind,
          description: description === undefined ? previous.description : description,
          refersTo: refersTo === undefined ? previous.refersTo : refersTo,
          createdBy: actor.userId,
        });
        evidence.currentVersion = number;
        await appendAudit(em, this.audit(em, actor, 'replace', evidence.task.id, evidence.id, { fromVersion: number - 1, toVersion: number, fileId: file.id, sha256: file.sha256, size: file.size }));
        return evidence;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw evidenceError(EvidenceRefusal.ReplacedMeanwhile, '材料刚被他人替换，请刷新后重试', { evidenceId: id });
      throw error;
    }
  }

  /** Soft delete: the evidence leaves the task's list; every version stays and can be restored. */
  async remove(actor: Actor, evidenceId: string, expectedRevision?: number | null, reason?: string | null): Promise<Evidence> {
    const { id } = await this.loadForChange(actor, evidenceId);
    return this.em.transactional(async (em) => {
      const evidence = await this.lockForChange(em, id);
      this.assertRevision(evidence, expectedRevision);
      if (evidence.deletedAt) throw evidenceError(EvidenceRefusal.EvidenceDeleted, '这份材料已经删除', { evidenceId: evidence.id });
      evidence.deletedAt = new Date();
      evidence.deletedBy = em.getReference(User, actor.userId, { wrapped: true });
      await appendAudit(
        em,
        this.audit(em, actor, 'delete', evidence.task.id, evidence.id, { requirementCode: evidence.requirementCode, version: evidence.currentVersion, reason: parseDescription(reason) }),
      );
      return evidence;
    });
  }

  /** Undoes a soft delete (office admin). */
  async restore(actor: Actor, evidenceId: string, expectedRevision?: number | null): Promise<Evidence> {
    if (!hasRole(actor, 'office_admin')) throw evidenceError(EvidenceRefusal.OfficeAdminOnly, '只有办公室管理员可以恢复已删除的材料');
    const { id } = await this.loadForChange(actor, evidenceId);
    return this.em.transactional(async (em) => {
      const evidence = await this.lockForChange(em, id);
      this.assertRevision(evidence, expectedRevision);
      if (!evidence.deletedAt) throw evidenceError(EvidenceRefusal.NotDeleted, '这份材料没有被删除，无需恢复', { evidenceId: evidence.id });
      const deletedAt = evidence.deletedAt;
      evidence.deletedAt = null;
      evidence.deletedBy = null;
      await appendAudit(em, this.audit(em, actor, 'restore', evidence.task.id, evidence.id, { deletedAt: deletedAt.toISOString() }));
      return evidence;
    });
  }

  private async loadForChange(actor: Actor, evidenceId: string): Promise<Evidence> {
    assertId(evidenceId, 'evidenceId');
    const evidence = await this.em.findOne(Evidence, { id: evidenceId });
    if (!evidence) throw evidenceNotFound(EvidenceRefusal.EvidenceNotFound, '佐证材料', evidenceId);
    const task = await this.access.task(actor, evidence.task.id, 'change').catch((error: unknown) => {
      // Another district's evidence does not exist for this actor.
      throw error instanceof AppError && error.code === ErrorCode.NotFound ? evidenceNotFound(EvidenceRefusal.EvidenceNotFound, '佐证材料', evidenceId) : error;
    });
    await this.assertEditable(task.id, task.state);
    return evidence;
  }

  /** The task's state under a share lock, then the evidence row locked for this change and re-read. */
  private async lockForChange(em: EntityManager, evidenceId: string): Promise<Evidence> {
    const [row] = await em.execute<{ task_id: string }[]>('select task_id from evidence where id = ?', [evidenceId]);
    if (!row) throw evidenceNotFound(EvidenceRefusal.EvidenceNotFound, '佐证材料', evidenceId);
    await this.lockEditableTask(em, row.task_id);
    return em.findOneOrFail(Evidence, { id: evidenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** Re-reads the task's state under a share lock (the tasks module's, in this transaction): a concurrent transition waits for this change. */
  private async lockEditableTask(em: EntityManager, taskId: string): Promise<void> {
    const state = await lockTaskStateForShare(em, taskId);
    if (state === null) throw evidenceNotFound(EvidenceRefusal.TaskNotFound, '任务', taskId);
    await this.assertEditable(taskId, state, em);
  }

  private assertRevision(evidence: Evidence, expected: number | null | undefined): void {
    if (expected !== undefined && expected !== null && expected !== evidence.revision) {
      throw evidenceError(EvidenceRefusal.StaleRevision, '材料已被他人修改，请刷新后重试', { evidenceId: evidence.id, expectedRevision: expected, revision: evidence.revision });
    }
  }

  /** Records the action in evidence_event and returns the entry for the audit log (appendAudit, last in the transaction). */
  private audit(em: EntityManager, actor: Actor, action: EvidenceAction, taskId: string, evidenceId: string | null, details: Record<string, unknown>): AuditEntry {
    em.create(EvidenceEvent, { actorId: actor.userId, actorUsername: actor.username, action, taskId, evidenceId, details });
    return { action: `evidence_${action}`, actor, entityType: evidenceId ? 'evidence' : 'task', entityId: evidenceId ?? taskId, details: { taskId, ...details } };
  }
}
