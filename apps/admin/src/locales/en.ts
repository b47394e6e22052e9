import domain from './en/domain';
import messages from './en/messages';
import layout from './en/layout';
import auth from './en/auth';
import work from './en/work';
import task from './en/task';
import overview from './en/overview';
import settings from './en/settings';
import nationalBatch from './en/national-batch';
import scoring from './en/scores';
import importer from './en/indicator-import';
import plan from './en/campaign-plan';
import designer from './en/campaign-designer';
import templates from './en/indicator-templates';
import tree from './en/indicator-tree';
import documents from './en/campaign-documents';
import campaignWorkflow from './en/campaign-workflow';
import forms from './en/forms';
import filingStatus from './en/filing-status';
import formFigures from './en/form-figures';
import formSelections from './en/form-selections';
import type { MessageSchema } from './zh-CN';

// Interface texts in English. Data and the API's messages stay as the API sends them.
const en: MessageSchema = {
  domain,
  messages,
  layout,
  auth,
  work,
  task,
  overview,
  settings,
  scoring,
  importer,
  plan,
  designer,
  templates,
  tree,
  documents,
  campaignWorkflow,
  forms,
  nationalBatch,
  filingStatus,
  formSelections,
  formFigures,
  nav: {
    overview: 'Overview',
    work: 'Work',
    campaign: 'Campaign',
    settings: 'Settings',
    dashboard: 'Dashboard',
    taskTable: 'Task table',
    exports: 'Exports',
    myTasks: 'My tasks',
    review: 'Review queue',
    indicatorTree: 'Indicators',
    scores: 'Scoring',
    indicatorImport: 'Indicator import',
    campaignDesigner: 'New campaign',
    campaignPlan: 'Re-plan',
    indicatorTemplates: 'Indicator templates',
    workflow: 'Campaign workflow',
    documents: 'Campaign documents',
    participants: 'Participants',
    applications: 'Applications',
    forms: 'Forms',
    filingStatus: 'Filing status',
    departments: 'Departments & groups',
    organisations: 'Organisations',
    users: 'Users & roles',
    workflows: 'Workflow definitions',
    login: 'Log in',
    fillForm: 'Fill in a form',
    changePassword: 'Change password',
    account: 'My account',
  },
  common: {
    refresh: 'Refresh',
    search: 'Search',
    all: 'All',
    save: 'Save',
    cancel: 'Cancel',
    confirm: 'OK',
    edit: 'Edit',
    create: 'New',
    close: 'Close',
    loading: 'Loading…',
    empty: 'No data',
    actions: 'Actions',
    state: 'State',
    department: 'Department',
    indicator: 'Indicator',
    dueOn: 'Due',
    points: 'Points',
    rule: 'Scoring rule',
    requirements: 'Requirements',
    note: 'Note',
    lead: 'Lead',
    support: 'Support',
    overdueOnly: 'Overdue only',
    language: '中文',
    notifications: 'Notifications',
    noNotifications: 'No notifications',
    noCampaign: 'No campaign yet',
    forbiddenPage: 'Your account cannot open that page',
  },
  dashboard: {
    title: 'Dashboard',
    timeline: 'Campaign timeline',
    today: 'Today',
    progress: 'Completion',
    progressHint: 'Completion = approved tasks / all tasks',
    totalTasks: 'Tasks',
    approved: 'Approved',
    submitted: 'To review',
    overdue: 'Overdue',
    projectedScore: 'Projected score',
    byIndicator: 'Completion by indicator',
    byState: 'Tasks by state',
    ranking: 'Department ranking',
    redList: 'Top 10',
    blackList: 'Bottom 10',
    overdueTasks: 'Overdue and due soon',
    pointsAtRisk: 'Points at risk',
    remind: 'Send reminders',
  },
  taskTable: { title: 'Task table', filtered: 'Shown' },
  myTasks: { title: 'My tasks' },
  review: { title: 'Review queue' },
  workflow: { title: 'Campaign workflow' },
  scores: { title: 'Scoring', self: 'Self score', expert: 'Expert score', readOnly: 'Read only' },
  indicatorImport: { title: 'Indicator-table import' },
  exports: { title: 'Exports' },
};

export default en;
