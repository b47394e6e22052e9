import { registerEnumType } from '@nestjs/graphql';

/** What a notice is about; the admin opens the campaign, the task or the department's task list. */
export type NotificationSubject = 'campaign' | 'participant' | 'task' | 'department';

export const NotificationSubjectEnum: { [K in NotificationSubject]: K } = { campaign: 'campaign', participant: 'participant', task: 'task', department: 'department' };

registerEnumType(NotificationSubjectEnum, {
  name: 'NotificationSubject',
  description: '通知相关的对象类型',
  valuesMap: {
    campaign: { description: '创建工作' },
    participant: { description: '参与单位' },
    task: { description: '任务' },
    department: { description: '部门（该部门的任务）' },
  },
});
