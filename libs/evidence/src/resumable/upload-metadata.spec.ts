import { AppError } from '@accredit/api-kit';
import { encodeUploadMetadata, formFieldsOf, parseUploadMetadata, resumableFieldsOf } from './upload-metadata';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('resumable upload metadata (tus Upload-Metadata)', () => {
  it('decodes base64 UTF-8 values as tus-js-client sends them, Chinese included, and keys without a value', () => {
    const header = `taskId ${b64('5f0c0a4e-0000-4000-8000-000000000001')},filename ${b64('科普方案（盖章版）.pdf')},description ${b64('区科协 2022 年工作方案')},flag`;
    expect(parseUploadMetadata(header)).toEqual({
      taskId: '5f0c0a4e-0000-4000-8000-000000000001',
      filename: '科普方案（盖章版）.pdf',
      description: '区科协 2022 年工作方案',
      flag: '',
    });
  });

  it('reads back what encodeUploadMetadata wrote', () => {
    const pairs = { taskId: 't-1', requirementCode: '1-1', kind: 'SEALED_DOCUMENT', refersTo: '2022-04-13', description: '说明, 带逗号 和空格', filename: 'a b,c.pdf' };
    expect(parseUploadMetadata(encodeUploadMetadata(pairs))).toEqual(pairs);
  });

  it.each([
    ['an empty header', ''],
    ['a missing header', undefined],
    ['a value that is not base64', 'taskId abc$'],
    ['unpadded base64', `taskId ${b64('ab').replace(/=+$/, '')}`],
    ['a key with a non-ASCII character', `任务 ${b64('x')}`],
    ['a space after the comma', `taskId ${b64('x')}, filename ${b64('y')}`],
    ['three tokens in a pair', `taskId ${b64('x')} extra`],
    ['an empty pair', `taskId ${b64('x')},,filename ${b64('y')}`],
    ['a duplicate key', `taskId ${b64('x')},taskId ${b64('y')}`],
    ['bytes that are not UTF-8', `filename ${Buffer.from([0xff, 0xfe, 0x41, 0x42]).toString('base64')}`],
    ['an over-long header', `description ${'A'.repeat(40 * 1024)}`],
  ])('refuses %s with a Chinese VALIDATION error', (_case, header) => {
    const error = refusal(() => parseUploadMetadata(header));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(error.details).toMatchObject({ reason: 'invalid-metadata' });
  });

  it('takes the upload fields, trimming and leaving out the empty ones, and ignores keys it does not know', () => {
    const fields = resumableFieldsOf({ taskId: ' t-1 ', requirementCode: '1-1', kind: '', description: '  ', filename: '方案.pdf', filetype: 'application/pdf', owner: 'someone-else' });
    expect(fields).toEqual({ taskId: 't-1', requirementCode: '1-1', kind: null, description: null, refersTo: null, filename: '方案.pdf' });
    expect(formFieldsOf(fields)).toEqual({ taskId: 't-1', requirementCode: '1-1' });
  });

  it('requires the task and the file name', () => {
    expect(refusal(() => resumableFieldsOf({ filename: 'a.pdf' })).details).toMatchObject({ field: 'taskId' });
    expect(refusal(() => resumableFieldsOf({ taskId: 't-1', filename: ' ' })).details).toMatchObject({ field: 'filename' });
  });
});
