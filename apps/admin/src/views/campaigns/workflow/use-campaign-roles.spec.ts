import { describe, expect, it } from 'vitest';
import { describeViews } from './use-campaign-roles';

describe('campaign roles', () => {
  it('says in Chinese what a declared role may read in its campaign', () => {
    expect(describeViews(['campaign', 'tasks', 'history'])).toBe('创建工作、任务、流转记录');
    expect(describeViews([])).toBe('（只能执行流程中交给它的操作）');
  });
});
