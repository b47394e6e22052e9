import type { AttachmentRef } from '@accredit/forms/browser';
import { inject, provide, type InjectionKey } from 'vue';

// What every box of a rendered form may need without passing it down each level: how to store a
// file (attachments, seals), and the labels of the form's roles and workflow stages.

export type FormFileUploader = (file: File, onProgress: (percent: number) => void) => Promise<AttachmentRef>;
/**
 * Deletes a stored file already removed from the values: the page saves the form first (the API
 * refuses a file a saved form still holds), then deletes; rejects with the API's refusal.
 */
export type FormFileDeleter = (fileId: string) => Promise<void>;

export interface RendererContext {
  /** Null: files cannot be added here (a preview, or a page without a campaign). */
  uploadFile: FormFileUploader | null;
  /** Null: a removed file is only taken out of the form (a preview). */
  deleteFile: FormFileDeleter | null;
  roles: Readonly<Record<string, string>>;
  stageLabels: Readonly<Record<string, string>>;
}

const KEY: InjectionKey<RendererContext> = Symbol('form-renderer');

export function provideRendererContext(context: RendererContext): void {
  provide(KEY, context);
}

export function useRendererContext(): RendererContext {
  return inject(KEY, { uploadFile: null, deleteFile: null, roles: {}, stageLabels: {} });
}
