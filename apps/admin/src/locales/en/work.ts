import type { WorkMessages } from '../zh-CN/work';

const work: WorkMessages = {
  section: 'Work',
  myTasks: { title: 'My tasks', empty: 'No tasks match' },
  review: { title: 'Review queue', empty: 'No tasks waiting for review' },
  filter: {
    todo: 'To do',
    returned: 'Returned',
    submitted: 'Submitted',
    done: 'Done',
    all: 'All',
    queue: 'To review',
  },
  search: 'Search rules, numbers, indicators',
  selected: '{n} selected',
  selectAll: 'Select all',
  selectTask: 'Select {code}',
  batchApprove: 'Approve selected',
  batchReturn: 'Return selected for revision',
  backToList: 'Back to the task list',
  cannotOpen: 'This task cannot be opened',
  opening: 'Opening the task…',
  pickOne: 'Choose a task on the left',
  notInQueue: 'This task is not in the review queue (it may have been reviewed or withdrawn)',
  notInList: 'This task is not in your task list',
  batch: {
    approve: 'Approve',
    return: 'Return for revision',
    title: '{action}: several tasks',
    confirmButton: '{action} ({n})',
    commentRequired: '“{action}” needs a comment',
    done: '{action}: {n} task done | {action}: {n} tasks done',
    failedIntro:
      '{n} task could not be handled ({action}): | {n} tasks could not be handled ({action}):',
    failedTitle: 'Some tasks were not handled',
    gotIt: 'OK',
    failureLine: '{what}: {reason}',
    taskWhat: '{code} ({department})',
    someTask: 'A task',
    notDone: 'could not be handled',
    approveQuestion:
      'Approve the {n} selected tasks? Once approved, their evidence can no longer be changed.',
    returnQuestion:
      'Write what needs revising. All {n} selected tasks go back to their liaisons with this comment.',
  },
};

export default work;
