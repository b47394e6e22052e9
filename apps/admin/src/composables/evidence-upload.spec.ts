import { describe, expect, it } from 'vitest';
import { buildUploadForm, uploadErrorOf } from './evidence-upload';

describe('evidence upload', () => {
  it('sends the fields before the file, leaving out the empty ones', () => {
    const form = buildUploadForm({ taskId: 't-1', requirementCode: '1-1', kind: 'SEALED_DOCUMENT', refersTo: '2022-04-01', description: '' }, new File(['%PDF-1.4'], '方案.pdf'));
    expect([...form.keys()]).toEqual(['taskId', 'requirementCode', 'kind', 'refersTo', 'file']);
    expect(form.get('refersTo')).toBe('2022-04-01');
    expect((form.get('file') as File).name).toBe('方案.pdf');
  });

  it("reads the API's message and code from a refusal, never showing the JSON", () => {
    const error = uploadErrorOf(409, JSON.stringify({ errors: [{ message: '任务已提交、正在审核，佐证材料不能修改；如需修改，请先撤回提交', extensions: { code: 'TRANSITION_NOT_ALLOWED' } }] }));
    expect(error.message).toBe('任务已提交、正在审核，佐证材料不能修改；如需修改，请先撤回提交');
    expect(error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('says in Chinese what went wrong when the answer is not the API’s', () => {
    expect(uploadErrorOf(0, '').message).toBe('无法连接服务器，上传未完成，请检查网络后重试。');
    expect(uploadErrorOf(502, '<html>Bad gateway</html>').message).toBe('服务暂时不可用（HTTP 502），请稍后重试。');
    expect(uploadErrorOf(413, '').message).toContain('文件太大');
  });
});
