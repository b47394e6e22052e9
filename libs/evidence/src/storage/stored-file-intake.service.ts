import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { EVIDENCE_SETTINGS, type EvidenceSettings } from '../evidence-settings';
import { EvidenceRefusal, evidenceError } from '../evidence.exception';
import { type ReceivedFile, receiveUpload } from '../upload/upload-receiver';
import { ContentIntents } from './content-intents.service';
import { EVIDENCE_STORE, type EvidenceStore } from './evidence-store';
import { StagingArea } from './staging-area';

/** A file taken into the evidence storage for another module (forms): its facts, not its bytes. */
export type StoredFileFacts = Omit<ReceivedFile, 'path'>;

/**
 * The evidence storage's receiver for other modules' files (a form's seal image, an attachment):
 * the same streamed, size-checked, content-typed and content-addressed intake as evidence. The
 * caller records the file in its own table inside `record`; the content stays announced until
 * then, so the housekeeping sweep cannot take it away in between.
 */
@Injectable()
export class StoredFileIntake {
  constructor(
    private readonly staging: StagingArea,
    private readonly intents: ContentIntents,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings,
  ) {}

  /**
   * Receives exactly one file of a multipart request. `check` runs with the fields sent before
   * the file, before any byte of it is written (access checks); `record` stores the caller's row.
   */
  async receiveOne<T>(req: Request, check: (fields: Record<string, string>) => Promise<void>, record: (file: StoredFileFacts, fields: Record<string, string>) => Promise<T>): Promise<T> {
    const { fields, files } = await receiveUpload(req, this.staging, { maxBytes: this.settings.maxBytes, maxFiles: 1 }, check);
    if (files.length !== 1) throw evidenceError(EvidenceRefusal.NoFile, '请选择一个文件上传');
    const [file] = files;
    let intents: string[] = [];
    try {
      intents = await this.intents.announce([file.sha256]);
      await this.store.put(file);
    } finally {
      await this.staging.discard(file.path).catch(() => undefined);
    }
    const { path: _path, ...facts } = file;
    const result = await record(facts, fields);
    await this.intents.settle(intents);
    return result;
  }

  read(sha256: string): Promise<Readable> {
    return this.store.read(sha256);
  }
}
