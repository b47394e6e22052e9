// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { UploadFields } from './evidence-upload';
import { RESUMABLE_THRESHOLD, resumableFingerprint, resumableMetadata, shouldRetryUpload, uploadedFileOf, usesResumableUpload } from './resumable-upload';

const fields: UploadFields = { taskId: 't-1', requirementCode: '1-1', kind: 'SEALED_DOCUMENT', refersTo: '2022-04-01', description: '' };
const file = { name: '宣传片.mp4', size: 200 * 1024 * 1024, type: 'video/mp4', lastModified: 1_650_000_000_000 };
const refusal = (status: number, code: string, reason?: string) => [status, JSON.stringify({ errors: [{ message: '…', extensions: { code, details: reason ? { reason } : {} } }] })] as const;

describe('resumable evidence upload', () => {
  it('sends files over the threshold resumably, and smaller ones in one request', () => {
    expect(usesResumableUpload({ size: RESUMABLE_THRESHOLD })).toBe(false);
    expect(usesResumableUpload({ size: RESUMABLE_THRESHOLD + 1 })).toBe(true);
  });

  it('puts the fields and the file name in the upload metadata, leaving out the empty ones', () => {
    expect(resumableMetadata(fields, file)).toEqual({ taskId: 't-1', requirementCode: '1-1', kind: 'SEALED_DOCUMENT', refersTo: '2022-04-01', filename: '宣传片.mp4' });
  });

  it('resumes only the same file with the same tags', () => {
    const key = resumableFingerprint(fields, file);
    expect(resumableFingerprint({ ...fields }, { ...file })).toBe(key);
    expect(resumableFingerprint({ ...fields, requirementCode: '1-2' }, file)).not.toBe(key);
    expect(resumableFingerprint(fields, { ...file, lastModified: file.lastModified + 1 })).not.toBe(key);
    expect(resumableFingerprint({ ...fields, taskId: 't-2' }, file)).not.toBe(key);
  });

  it('retries a dropped connection, a busy or failing server and an offset mismatch, never the API’s refusals', () => {
    expect(shouldRetryUpload(0, '')).toBe(true);
    expect(shouldRetryUpload(502, '<html>Bad gateway</html>')).toBe(true);
    expect(shouldRetryUpload(...refusal(503, 'SERVICE_UNAVAILABLE'))).toBe(true);
    expect(shouldRetryUpload(423, '')).toBe(true);
    expect(shouldRetryUpload(...refusal(409, 'CONFLICT', 'offset-mismatch'))).toBe(true);
    expect(shouldRetryUpload(...refusal(409, 'TRANSITION_NOT_ALLOWED'))).toBe(false);
    expect(shouldRetryUpload(...refusal(400, 'VALIDATION', 'type-not-allowed'))).toBe(false);
    expect(shouldRetryUpload(...refusal(404, 'NOT_FOUND'))).toBe(false);
    expect(shouldRetryUpload(413, '')).toBe(false);
  });

  it('reads the evidence from the last answer when it carries it', () => {
    const uploaded = { fileId: 'f', evidenceId: 'e', name: 'a.mp4', originalName: 'a.mp4', size: 1, sha256: 'x', mediaType: 'video/mp4' };
    expect(uploadedFileOf(JSON.stringify({ uploadId: 'u', offset: 1, length: 1, complete: true, file: uploaded }))).toEqual(uploaded);
    expect(uploadedFileOf(JSON.stringify({ uploadId: 'u', offset: 0, length: 1, complete: false, file: null }))).toBeNull();
    expect(uploadedFileOf('')).toBeNull();
  });
});
