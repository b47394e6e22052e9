import { describe, expect, it } from 'vitest';
import { defaultTitle, documentStatus, earlierVersions, missingFor, neededBySentence, uploadTarget, type RecordedDocument } from './campaign-documents.model';

const doc = (over: Partial<RecordedDocument> = {}): RecordedDocument => ({
  id: 'd1',
  kind: 'self-assessment',
  title: '沙坪坝区自评报告',
  recordedAt: '2026-12-05T02:00:00Z',
  recordedByName: '王晓梅',
  hasFile: true,
  fileName: '自评报告.pdf',
  fileSize: 1536,
  fileMediaType: 'application/pdf',
  fileUploadedAt: '2026-12-05T02:01:00Z',
  fileUploadedByName: '王晓梅',
  ...over,
});

describe('campaign documents: wording and choices', () => {
  it('offers 「<campaign name><label>」 as the title, without doubling the label', () => {
    expect(defaultTitle('沙坪坝区创建全国科普示范区', '自评报告')).toBe('沙坪坝区创建全国科普示范区自评报告');
    expect(defaultTitle(' 2026年度自评报告 ', '自评报告')).toBe('2026年度自评报告');
  });

  it('says which operations need the document', () => {
    expect(neededBySentence({ neededBy: [{ event: 'submit-for-accreditation', label: '申报认定', needsFile: false }] })).toBe('「申报认定」需要此文件');
    expect(
      neededBySentence({
        neededBy: [
          { event: 'request-city-assessment', label: '申请市级评估', needsFile: false },
          { event: 'submit-for-accreditation', label: '申报认定', needsFile: false },
        ],
      }),
    ).toBe('「申请市级评估」「申报认定」等操作需要此文件');
    expect(neededBySentence({ neededBy: [] })).toBeNull();
  });

  it('describes the state: 未上传, recorded without a file, 已上传 with file, size, who and when', () => {
    expect(documentStatus(null)).toEqual({ kind: 'missing' });
    expect(documentStatus(doc({ hasFile: false, fileName: null, fileSize: null }))).toEqual({ kind: 'no-file', title: '沙坪坝区自评报告' });
    const uploaded = documentStatus(doc());
    expect(uploaded).toMatchObject({ kind: 'uploaded', file: '自评报告.pdf（1.5 KB）' });
    expect(uploaded.kind === 'uploaded' && uploaded.by).toMatch(/^王晓梅，2026年12月5日 \d\d:01$/);
  });

  it('retries into a record still waiting for its file, and records anew otherwise', () => {
    const waiting = doc({ id: 'd2', hasFile: false });
    expect(uploadTarget({ versions: [waiting, doc()] }, ' 沙坪坝区自评报告 ')).toEqual({ reuse: 'd2' });
    expect(uploadTarget({ versions: [waiting, doc()] }, '修订稿')).toEqual({ record: true });
    expect(uploadTarget({ versions: [doc()] }, '沙坪坝区自评报告')).toEqual({ record: true });
    expect(uploadTarget({ versions: [] }, '沙坪坝区自评报告')).toEqual({ record: true });
  });

  it('lists earlier versions with files, not the current one', () => {
    const current = doc({ id: 'new' });
    expect(earlierVersions({ document: current, versions: [current, doc({ id: 'empty', hasFile: false }), doc({ id: 'old' })] }).map((v) => v.id)).toEqual(['old']);
  });

  it('finds the documents a refused event waits for', () => {
    const required = [{ kind: 'self-assessment', label: '自评报告', neededBy: [{ event: 'submit-for-accreditation', label: '申报认定', needsFile: false }], document: null }];
    expect(missingFor('submit-for-accreditation', required)).toEqual([{ kind: 'self-assessment', label: '自评报告' }]);
    expect(missingFor('accredit', required)).toEqual([]);
    expect(missingFor('submit-for-accreditation', [{ ...required[0]!, document: { hasFile: true } as RecordedDocument }])).toEqual([]);
  });
});
