import { EvidenceRefusal, evidenceError } from './evidence.exception';

// The codes clients act on: the admin's upload client resumes on CONFLICT/offset-mismatch and
// must NOT retry a refused cancel of a finished upload (a 409 would be retried).
describe('evidence refusals', () => {
  it('keeps the wire names and codes the upload clients rely on', () => {
    expect(evidenceError(EvidenceRefusal.OffsetMismatch, '续传位置不一致')).toMatchObject({ code: 'CONFLICT', details: { reason: 'offset-mismatch' } });
    expect(evidenceError(EvidenceRefusal.CannotCancelFinished, '已完成的上传不能取消')).toMatchObject({ code: 'VALIDATION', details: { reason: 'cannot-cancel-finished' } });
    expect(evidenceError(EvidenceRefusal.TooLarge, '超过大小上限', { status: 413 })).toMatchObject({ code: 'VALIDATION', details: { reason: 'too-large', status: 413 } });
    expect(evidenceError(EvidenceRefusal.DiskFull, '存储空间不足')).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('has a distinct wire name for every refusal', () => {
    const values = Object.values(EvidenceRefusal);
    expect(new Set(values).size).toBe(values.length);
  });
});
