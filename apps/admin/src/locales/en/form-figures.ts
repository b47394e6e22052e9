import type zh from '../zh-CN/form-figures';

// Form figures (components/form-figures.vue): figures entered in forms that are tied to the indicator system, shown beside a task's evidence.
const en: typeof zh = {
  title: 'Figures from forms',
  hint: 'These figures were entered in forms and are tied to this task’s scoring rule or requirements; they can support its evidence.',
  empty: 'No figure in the forms is tied to this task yet',
  field: 'Field',
  value: 'Entered',
  form: 'Form',
  tie: 'Tied to',
  requirement: 'Requirement {code}',
  rule: 'Scoring rule {code}',
  changed: 'Changed by {name} on {at}',
  draft: 'Draft',
  submitted: 'Submitted',
};

export default en;
