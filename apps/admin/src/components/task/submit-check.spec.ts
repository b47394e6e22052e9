// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checksEvidenceBefore, missingEvidenceMessage, requirementsWithoutEvidence } from './submit-check';

const requirements = [
  { code: '1-1', text: '印发实施方案' },
  { code: '1-2', text: '召开推进会' },
  { code: '1-3', text: '年度总结' },
];

describe('submit check', () => {
  it('lists the requirements that have no evidence yet, in order', () => {
    expect(requirementsWithoutEvidence(requirements, { '1-2': 2 }).map((r) => r.code)).toEqual(['1-1', '1-3']);
    expect(requirementsWithoutEvidence(requirements, { '1-1': 1, '1-2': 0, '1-3': 1 }).map((r) => r.code)).toEqual(['1-2']);
  });

  it('asks with the codes, the texts and the action', () => {
    const message = missingEvidenceMessage(requirementsWithoutEvidence(requirements, { '1-2': 1 }), '提交')!;
    expect(message).toContain('以下 2 项佐证要求还没有上传材料');
    expect(message).toContain('1-1 印发实施方案');
    expect(message).toContain('1-3 年度总结');
    expect(message).not.toContain('1-2');
    expect(message).toContain('仍要提交吗？');
  });

  it('shortens a long requirement to its opening', () => {
    const long = { code: '2-1', text: '依据《中华人民共和国科学技术普及法》关于各级人民政府领导科普工作的要求，县级经济社会发展规划' };
    const message = missingEvidenceMessage([long], '重新提交')!;
    expect(message).toContain(`2-1 ${long.text.slice(0, 30)}…`);
    expect(message).not.toContain(long.text);
    expect(message).toContain('仍要重新提交吗？');
  });

  it('has nothing to ask when every requirement has evidence', () => {
    expect(missingEvidenceMessage(requirementsWithoutEvidence(requirements, { '1-1': 1, '1-2': 1, '1-3': 3 }), '提交')).toBeNull();
  });

  it('checks before the events the workflow marks (checksEvidence), whatever they are called', () => {
    expect(checksEvidenceBefore({ checksEvidence: true })).toBe(true);
    expect(checksEvidenceBefore({ checksEvidence: false })).toBe(false);
    // Read without the flag (another subject's list), or not found: nothing to check.
    expect(checksEvidenceBefore({})).toBe(false);
    expect(checksEvidenceBefore(undefined)).toBe(false);
  });
});
