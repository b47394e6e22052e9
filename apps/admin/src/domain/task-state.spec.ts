// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import TaskStateTag from '../components/task-state-tag.vue';
import { kindOfState, stateColours, statesOfKinds, taskKindView, UNFINISHED_KINDS, type TaskStateOption } from './task-state';

// An inspection round's task workflow, named otherwise than workflows/task.yaml, with two open states.
const STATES: TaskStateOption[] = [
  { key: 'drafting', label: '起草', kind: 'open' },
  { key: 'collecting', label: '收集材料', kind: 'open' },
  { key: 'in_review', label: '审阅中', kind: 'submitted' },
  { key: 'sent_back', label: '退回修改', kind: 'returned' },
  { key: 'closed', label: '已办结', kind: 'done' },
];

describe('task states by what they mean', () => {
  it("finds the kind and the unfinished states by the campaign's own states", () => {
    expect(kindOfState(STATES, 'sent_back')).toBe('returned');
    expect(kindOfState(STATES, 'approved')).toBeNull();
    expect(statesOfKinds(STATES, UNFINISHED_KINDS)).toEqual(['drafting', 'collecting', 'in_review', 'sent_back']);
  });

  it('colours each state by its kind, a second state of the same kind lighter', () => {
    expect(stateColours(STATES)).toEqual({ drafting: '#1a56b0', collecting: '#5f89c8', in_review: '#e6a23c', sent_back: '#c81e1e', closed: '#2f9e44' });
  });

  it("tags a state in its kind's tone, sent back and done filled, an unknown kind grey", () => {
    const tag = (kind: TaskStateOption['kind'] | null, label: string) => mount(TaskStateTag, { props: { kind, label } });
    expect(tag('returned', '退回修改').classes()).toEqual(expect.arrayContaining(['el-tag--danger', 'el-tag--dark']));
    expect(tag('done', '已办结').classes()).toEqual(expect.arrayContaining(['el-tag--success', 'el-tag--dark']));
    expect(tag('submitted', '审阅中').classes()).toEqual(expect.arrayContaining(['el-tag--warning', 'el-tag--light']));
    expect(tag('open', '起草').classes()).toEqual(expect.arrayContaining(['el-tag--primary', 'el-tag--light']));
    expect(tag(null, '未知').classes()).toContain('el-tag--info');
    expect(tag('returned', '退回修改').text()).toBe('退回修改');
    expect(taskKindView('done').color).toBe('#2f9e44');
  });
});
