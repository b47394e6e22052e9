import { describe, expect, it } from 'vitest';
import { batchQuestion, batchTasks, summariseBatch } from './batch-review.model';

const task = (id: string, code: string, department: string, version = 3) => ({ id, version, scoringRule: { code }, department: { name: department } }) as never;

describe('batch review', () => {
  it('sends each task with the version the page read', () => {
    expect(
      batchTasks([
        { id: 'a', version: 2 },
        { id: 'b', version: 7 },
      ]),
    ).toEqual([
      { id: 'a', expectedVersion: 2 },
      { id: 'b', expectedVersion: 7 },
    ]);
  });

  it('counts what went through and names each refused task with the API reason', () => {
    const tasks = [task('a', '1.5', '区科协'), task('b', '2.3', '区教委'), task('c', '3.1', '区文旅委')];
    const summary = summariseBatch(
      [
        { taskId: 'a', ok: true, message: null },
        { taskId: 'b', ok: false, message: '数据已被他人修改，请刷新后重试' },
        { taskId: 'c', ok: true, message: null },
      ],
      tasks,
    );
    expect(summary).toEqual({ done: 2, failures: ['2.3（区教委）：数据已被他人修改，请刷新后重试'] });
  });

  it('asks with the count, and for a return says every task gets the same comment', () => {
    expect(batchQuestion('approve', 3)).toBe('确认通过选中的 3 项任务？通过后材料不能再修改。');
    expect(batchQuestion('return', 2)).toContain('选中的 2 项任务都会退回并附上这条意见');
  });
});
