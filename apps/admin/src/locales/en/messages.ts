import type { Messages } from '../zh-CN/messages';

const messages: Messages = {
  listSeparator: '; ',
  withPrefix: '{prefix}: {message}',
  requestFailed: 'The request did not go through. Please try again later.',
  sessionInvalid: 'Your session has ended. Please log in again.',
  sessionExpired: 'Your session has expired. Please log in again.',
  forbidden: 'You do not have access. Please contact the lead office admin.',
  unavailable: 'The service is temporarily unavailable (HTTP {status}). Please try again later.',
  refusedReload:
    'The request was not accepted (HTTP {status}). Please reload the page and try again.',
  refused: 'The request was not accepted (HTTP {status}).',
  offline: 'Cannot reach the server. Please check your network and try again.',
  tooLarge: 'The file is too large; the server refused it.',
  cancelled: 'Cancelled',
  unreadable: 'The server’s answer could not be read. Please try again later.',
  loginFailed: 'Login did not go through. Please try again later.',
  logoutFailed: 'Logout did not go through: {message}',
  logoutFailedRetry: 'Logout did not go through. Please try again later.',
  upload: {
    offline:
      'Cannot reach the server; the upload is not complete. Please check your network and try again.',
    refused: 'The upload was not accepted (HTTP {status}).',
    unreadable:
      'The server’s answer could not be read. Please reload to see whether the file was uploaded.',
    cancelled: 'Upload cancelled',
    retrying: 'Connection lost, retrying…',
    gaveUp:
      'Connection lost and several retries failed. Check your network and click Upload again: it continues where it stopped.',
    incomplete: 'The server has not received the whole file yet. Click Upload again to continue.',
  },
  urge: {
    failed: 'The reminder was not sent',
    taskDone: 'Reminder sent to {who} ({n} account) | Reminder sent to {who} ({n} accounts)',
    taskUnread: 'Reminder sent to {who}, but the department has no active account, so nobody will read it: create a liaison account for it under Settings → Users and roles first',
    departmentDone:
      'Reminder sent, covering {n} unfinished task | Reminder sent, covering {n} unfinished tasks',
    previewFailed: 'Could not count the tasks to remind',
    nothingToday: 'No tasks need a reminder today (each task is reminded at most once a day)',
    confirm:
      'Reminders will go to {departments} departments about {tasks} tasks ({overdue} of them overdue). Each task is reminded at most once a day. Send them?',
    confirmTitle: 'Send reminders',
    send: 'Send',
    sendFailed: 'The reminders were not sent',
    busy: 'Reminders are already being sent from elsewhere; nothing was sent this time',
    sent: 'Reminded {departments} departments about {tasks} tasks',
  },
  action: {
    commentPrompt: 'Please write your comment for “{action}”; the other side will see it.',
    commentRequired: '“{action}” needs a comment',
    notePrompt: '{what}: you may add a note',
    doAction: 'Do “{action}”',
    notePlaceholder: 'Note (optional)',
    done: '{event} done: the task is now “{state}”',
    conflict: '{message} (now showing the latest state; please check and try again)',
  },
};

export default messages;
