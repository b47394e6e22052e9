import type { MessageSchema } from '../zh-CN';

// Filing status: the national office sees, per province, who has not filed and sends reminders.
const filingStatus: MessageSchema['filingStatus'] = {
  title: 'Filing status',
  noCampaign: 'This campaign has no participants. Choose one with participants (such as the yearly report) at the top of the page.',
  summary: '{total} units in {regions} provinces: {finished} done, {open} not filed',
  region: 'Province',
  direct: 'Directly under',
  total: 'Units',
  finished: 'Filed',
  open: 'Not filed',
  unit: 'Unit',
  state: 'State',
  actions: 'Actions',
  noneOpen: 'All filed',
  notAllowed: 'Not possible now',
  bulk: '{label} all not filed ({n})',
  bulkTitle: '{label} all not filed',
  bulkConfirm: '“{label}” will be applied to {n} units not filed in {regions} provinces.',
  bulkSkipped: '{skipped} more units not filed cannot be handled now (for instance already done) and stay as they are.',
  bulkDone: '“{label}” applied to {n} units',
  bulkRefused: '{n} units could not be handled: {reasons}',
  done: '{label}: {unit} is now “{state}”',
  conflict: ' (refreshed to the latest state; check and try again)',
  export: 'Export the not-filed list',
  exportName: 'not-filed.xlsx',
};

export default filingStatus;
