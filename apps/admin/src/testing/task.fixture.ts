import type { TaskWorkFieldsFragment } from '../graphql/generated/graphql';

/** A county department's open task as the work list sends it: rule 1.1 with two requirements. */
export const OPEN_TASK: TaskWorkFieldsFragment = {
  id: 't-1',
  state: 'open',
  stateLabel: '办理中',
  stateKind: 'open',
  evidenceEditable: true,
  inReviewQueue: false,
  role: 'lead',
  dueOn: '2026-12-31',
  version: 4,
  deadlineStatus: 'on_track',
  daysUntilDue: 25,
  department: { id: 'd-kexie', name: '区科协' },
  scoringRule: {
    id: 'r-1',
    code: '1.1',
    text: '成立创建工作领导小组',
    points: 2,
    kind: 'fixed',
    note: null,
    indicator: {
      id: 'i-1',
      code: '1',
      title: '组织领导',
      requirements: [
        { id: 'q-1', code: '1-1', text: '成立文件' },
        { id: 'q-2', code: '1-2', text: '会议纪要' },
      ],
    },
    responsibleUnits: [{ name: '区科协', role: 'lead', isGroup: false }],
  },
};
