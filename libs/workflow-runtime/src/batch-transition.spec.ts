import { AppError, ErrorCode } from '@accredit/api-kit';
import { MAX_BATCH, applyEach, checkBatch } from './batch-transition';

describe('batch transition', () => {
  it('refuses an empty, oversized or repeated batch before touching any task', () => {
    expect(() => checkBatch([])).toThrow('请至少选择一项任务');
    const many = Array.from({ length: MAX_BATCH + 1 }, (_, i) => ({ id: `t${i}`, expectedVersion: 1 }));
    expect(() => checkBatch(many)).toThrow(`一次最多处理 ${MAX_BATCH} 项任务`);
    expect(() =>
      checkBatch([
        { id: 'a', expectedVersion: 1 },
        { id: 'a', expectedVersion: 2 },
      ]),
    ).toThrow('同一项任务选择了两次');
    expect(() =>
      checkBatch([
        { id: 'a', expectedVersion: 1 },
        { id: 'b', expectedVersion: 3 },
      ]),
    ).not.toThrow();
  });

  it('names participants as participants', () => {
    const participants = { measure: '个', what: '参与单位' };
    expect(() => checkBatch([], participants)).toThrow('请至少选择一个参与单位');
    expect(() =>
      checkBatch(
        [
          { id: 'a', expectedVersion: 1 },
          { id: 'a', expectedVersion: 1 },
        ],
        participants,
      ),
    ).toThrow('同一个参与单位选择了两次');
  });

  it('applies each task on its own: a refusal is reported for its task and the others go on', async () => {
    const applied: string[] = [];
    const logged: unknown[] = [];
    const outcomes = await applyEach(
      [
        { id: 'a', expectedVersion: 2 },
        { id: 'b', expectedVersion: 1 },
        { id: 'c', expectedVersion: 4 },
        { id: 'd', expectedVersion: 1 },
      ],
      async (item) => {
        if (item.id === 'b') throw new AppError(ErrorCode.Conflict, '数据已被他人修改，请刷新后重试');
        if (item.id === 'd') throw new Error('connection reset');
        applied.push(item.id);
        return item.expectedVersion + 1;
      },
      (error) => logged.push(error),
    );
    expect(applied).toEqual(['a', 'c']);
    expect(outcomes).toEqual([
      { id: 'a', ok: true, applied: 3 },
      { id: 'b', ok: false, code: 'CONFLICT', message: '数据已被他人修改，请刷新后重试' },
      { id: 'c', ok: true, applied: 5 },
      { id: 'd', ok: false, code: 'INTERNAL', message: '处理该任务时出错，请稍后单独重试' },
    ]);
    expect(logged).toHaveLength(1);
  });
});
