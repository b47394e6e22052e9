import type zh from '../zh-CN/form-selections';

// Selections (views/forms/selections): a province chooses among its counties' submitted forms; the owner reads every province's choice.
const en: typeof zh = {
  title: 'Selections',
  section: 'Campaign',
  link: 'Selections',
  noCampaign: 'Choose a campaign under Forms first',
  none: 'No form of this campaign is selected',
  capLine: 'At most {max} per {per} organisation',
  per: { PROVINCE: 'province-level', CITY: 'city-level' },
  counted: '{count} / {max} selected',
  full: 'Cap reached',
  onlySelected: 'Selected only',
  county: 'Filled by',
  submittedAt: 'Submitted',
  selected: 'Selection',
  selectedBy: 'Selected by {name} on {at}',
  notSubmitted: 'Returned, not resubmitted',
  select: 'Select',
  unselect: 'Withdraw',
  selectedOk: 'Selected {name}',
  unselectedOk: 'Withdrew {name}',
  exportSelected: 'Export selected (Excel)',
  empty: 'No submitted form yet',
  emptySelected: 'None selected yet',
  caps: 'Set selection caps',
  capsTitle: 'Selection caps',
  capsHint: 'Give a cap to each form that is selected (e.g. at most 5 typical cases per province); a form without one is not selected.',
  capsForm: 'Form',
  capsPer: 'Counted per',
  capsMax: 'Cap',
  capsNone: 'Not selected',
  capsSaved: 'Selection caps saved',
};

export default en;
