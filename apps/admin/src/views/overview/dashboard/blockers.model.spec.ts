import { describe, expect, it } from 'vitest';
import { campaignBlockers } from './blockers.model';

const report = (hasFile: boolean | null) => ({
  kind: 'self-assessment',
  label: '自评报告',
  neededBy: [{ event: 'submit-for-accreditation', label: '申报认定', needsFile: true }],
  document: hasFile === null ? null : ({ hasFile } as never),
});

const action = (event: string, label: string, fields: { allowed?: boolean; available?: boolean; code?: 'FORBIDDEN' | 'TRANSITION_NOT_ALLOWED' | null; reasons?: string[] } = {}) => ({
  event,
  label,
  allowed: fields.allowed ?? false,
  available: fields.available ?? true,
  code: fields.code === undefined ? ('TRANSITION_NOT_ALLOWED' as const) : fields.code,
  reasons: fields.reasons ?? [],
});

describe('campaign blockers', () => {
  it('lists the refused events of the current step with their reasons and the documents they wait for', () => {
    const blockers = campaignBlockers(
      [
        action('submit-for-accreditation', '申报认定', { reasons: ['不能申报认定：还有 3 项任务未处于"已通过"状态（共 43 项）', '不能申报认定：尚未上传自评报告的文件'] }),
        action('request-city-assessment', '申请市级评估', { allowed: true, code: null }),
        action('accredit', '认定通过', { available: false, reasons: ['不能认定通过：当前状态下不可执行此操作'] }),
        action('collect-evidence', '进入材料完善', { code: 'FORBIDDEN', reasons: ['角色不允许'] }),
      ],
      [report(null)],
    );
    expect(blockers).toEqual([
      {
        event: 'submit-for-accreditation',
        label: '申报认定',
        reasons: ['不能申报认定：还有 3 项任务未处于"已通过"状态（共 43 项）', '不能申报认定：尚未上传自评报告的文件'],
        documents: [{ kind: 'self-assessment', label: '自评报告' }],
      },
    ]);
  });

  it('offers no upload once the document has its file, and a document recorded without one still waits', () => {
    const refused = [action('submit-for-accreditation', '申报认定', { reasons: ['不能申报认定：还有 1 项任务未处于"已通过"状态（共 43 项）'] })];
    expect(campaignBlockers(refused, [report(true)])[0]!.documents).toEqual([]);
    expect(campaignBlockers(refused, [report(false)])[0]!.documents).toEqual([{ kind: 'self-assessment', label: '自评报告' }]);
  });

  it('has nothing to show when everything of the step is allowed', () => {
    expect(campaignBlockers([action('submit-for-accreditation', '申报认定', { allowed: true, code: null })], [report(true)])).toEqual([]);
  });
});
