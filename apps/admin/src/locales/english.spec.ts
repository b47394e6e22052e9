import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CampaignDashboardDocument,
  CampaignListDocument,
  CampaignScoresDocument,
  CampaignWorkflowDocument,
  DepartmentsDocument,
  FormFiguresForDocument,
  GrantableRolesDocument,
  MyOrganisationDocument,
  TaskAvailableTransitionsDocument,
  TaskEvidenceDocument,
  TaskWorkListDocument,
  TransitionHistoryDocument,
  UsersDocument,
  type TaskWorkFieldsFragment,
} from '../graphql/generated/graphql';
import { LIAISON, OFFICE_ADMIN, answerFor, apiError, meAnswer, notLoggedIn, type Answer, onePage } from '../testing/fake-api';
import { mountAdminAt } from '../testing/mount-admin';

// 「English」 translates whole screens, not just the menu: with the data in Latin letters, any
// Chinese character left on the dashboard, 我的任务 (with a task open) or 用户与角色 is interface
// text that missed the locale files. The choice is kept in this browser (localStorage) and a new
// visit starts in it.

setLogVerbosity('error');

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/u;
const cjkIn = (text: string): string[] => text.match(new RegExp(`.{0,12}${CJK.source}+.{0,12}`, 'gu')) ?? [];

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

// Objects read through a fragment need the __typename a real server sends (the generated types leave it out).
const withType = <T extends object>(typename: string, value: T): T => ({ __typename: typename, ...value });

const CAMPAIGN = { id: 'c-1', name: 'Shapingba Demonstration District 2021-2025', state: 'creation', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null };
const STATES = [
  { key: 'pending', label: 'Pending', kind: 'open' as const },
  { key: 'submitted', label: 'Submitted', kind: 'submitted' as const },
  { key: 'returned', label: 'Returned', kind: 'returned' as const },
  { key: 'approved', label: 'Approved', kind: 'done' as const },
];

const TASK: TaskWorkFieldsFragment = {
  id: 't-1',
  state: 'returned',
  stateLabel: 'Returned',
  stateKind: 'returned',
  evidenceEditable: true,
  inReviewQueue: false,
  role: 'lead',
  dueOn: '2026-12-01',
  version: 3,
  deadlineStatus: 'overdue',
  daysUntilDue: -4,
  department: { id: 'd-kexie', name: 'Science Association' },
  scoringRule: {
    id: 'r-1',
    code: '1.1',
    text: 'A leading group is set up and meets twice a year',
    points: 2,
    kind: 'fixed',
    note: 'Minutes of both meetings',
    indicator: { id: 'i-1', code: '1', title: 'Organisation', requirements: [{ id: 'q-1', code: '1-1', text: 'Founding document' }] },
    responsibleUnits: [{ name: 'Science Association', role: 'lead', isGroup: false }],
  },
};

function answer(operation: Operation): Answer | undefined {
  switch (operation.operationName) {
    case 'MyOrganisation':
      return answerFor(MyOrganisationDocument, { myOrganisation: { id: 'o-1', name: 'Shapingba District', shortName: 'Shapingba', levelLabel: 'County', ancestors: [] } });
    case 'CampaignList':
      return answerFor(CampaignListDocument, { campaigns: [CAMPAIGN] });
    case 'CampaignDashboard':
      return answerFor(CampaignDashboardDocument, {
        campaignDashboard: {
          today: '2026-12-05',
          progress: 0.25,
          totalTasks: 12,
          doneTasks: 3,
          byState: [
            { state: 'approved', label: 'Approved', count: 3 },
            { state: 'pending', label: 'Pending', count: 9 },
          ],
          byIndicator: [{ code: '1', title: 'Organisation', maxScore: 10, total: 12, done: 3, submitted: 0, overdue: 2, progress: 0.25 }],
          byDepartment: [
            { departmentId: 'd-1', name: 'Science Association', kind: 'department', rank: 1, score: 0.083, board: 'red', total: 12, done: 3, submitted: 0, returned: 0, overdue: 2, progress: 0.25 },
            { departmentId: 'd-2', name: 'Education Bureau', kind: 'department', rank: 2, score: -0.1, board: 'black', total: 10, done: 0, submitted: 0, returned: 1, overdue: 1, progress: 0 },
          ],
          overdueTasks: [
            {
              taskId: 't-1',
              ruleCode: '1.1',
              ruleText: 'A leading group is set up',
              points: 2,
              departmentName: 'Science Association',
              dueOn: '2026-12-01',
              daysUntilDue: -4,
              deadlineStatus: 'overdue',
              state: 'pending',
              stateLabel: 'Pending',
            },
          ],
        },
      });
    case 'CampaignWorkflow':
      return answerFor(CampaignWorkflowDocument, {
        campaign: {
          id: 'c-1',
          name: CAMPAIGN.name,
          state: 'creation',
          stateLabel: 'Creation',
          version: 1,
          taskStates: STATES,
          phases: [
            { key: 'prepare', name: 'Preparation', startsOn: '2021-12-01', endsOn: '2022-03-31' },
            { key: 'create', name: 'Creation', startsOn: '2022-04-01', endsOn: '2027-06-30' },
          ],
          documents: [],
        },
      });
    case 'CampaignScores':
      return answerFor(CampaignScoresDocument, {
        campaignScores: {
          campaignId: 'c-1',
          projected: { points: 62.5, maxTotal: 100, uncapped: 62.5, capped: false, complete: false, rules: 55, scoredRules: 20, vetoed: false, vetoedBy: [], hasPoints: true },
          self: { rules: 55, judgedRules: 0, verdict: null },
          pointsAtRisk: [
            {
              ruleId: 'r-1',
              ruleCode: '1.1',
              ruleText: 'A leading group is set up',
              indicatorCode: '1',
              points: 2,
              lateTasks: 1,
              returnedTasks: 0,
              departments: ['Science Association', 'Education Bureau'],
              veto: false,
            },
          ],
        },
      });
    case 'TaskWorkList':
      return answerFor(TaskWorkListDocument, { tasks: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: withType('Task', TASK) }] } });
    case 'TaskEvidence':
      return answerFor(TaskEvidenceDocument, { taskEvidence: [] });
    case 'FormFiguresFor':
      return answerFor(FormFiguresForDocument, { formFiguresFor: [] });
    case 'TaskAvailableTransitions':
      return answerFor(TaskAvailableTransitionsDocument, {
        availableTransitions: [
          {
            event: 'resubmit',
            label: 'Resubmit',
            allowed: false,
            available: true,
            needsComment: false,
            confirm: null,
            checksEvidence: true,
            to: 'submitted',
            toLabel: 'Submitted',
            code: 'TRANSITION_NOT_ALLOWED',
            reasons: ['No evidence yet'],
          },
        ],
      });
    case 'TransitionHistory':
      return answerFor(TransitionHistoryDocument, {
        transitionHistory: [
          withType('TransitionLogEntry', {
            id: 'h-1',
            event: 'return',
            eventLabel: 'Return',
            from: 'submitted',
            fromLabel: 'Submitted',
            to: 'returned',
            toLabel: 'Returned',
            actorName: 'Wang Xiaomei',
            actorRoles: ['office_admin'],
            comment: 'Please add the minutes',
            at: '2026-12-02T09:30:00Z',
            definitionVersion: 1,
          }),
        ],
      });
    case 'Users':
      return answerFor(UsersDocument, {
        users: onePage([
          withType('User', {
            id: 'u-1',
            username: 'office',
            displayName: 'Wang Xiaomei',
            email: null,
            roles: ['office_admin'],
            disabled: false,
            lockedUntil: null,
            lastLoginAt: '2026-12-05T01:00:00Z',
            organisationName: 'Shapingba',
            organisationId: 'o-1',
            department: null,
          }),
          withType('User', {
            id: 'u-2',
            username: 'kexie',
            displayName: 'Li Wen',
            email: 'li@example.org',
            roles: ['liaison'],
            disabled: true,
            lockedUntil: null,
            lastLoginAt: null,
            organisationName: 'Shapingba',
            organisationId: 'o-1',
            department: { id: 'd-kexie', name: 'Science Association' },
          }),
        ]),
      });
    case 'GrantableRoles':
      return answerFor(GrantableRolesDocument, { grantableRoles: ['office_admin', 'liaison', 'supervisor', 'expert'] });
    case 'Departments':
      return answerFor(DepartmentsDocument, { departments: onePage([withType('Department', { id: 'd-kexie', name: 'Science Association', fullName: null, kind: 'government', tags: [] })]) });
    default:
      return apiError('not part of this test', 'NOT_FOUND');
  }
}

// The users' names are data: in Latin letters here, like the rest of the data.
const OFFICE = { ...OFFICE_ADMIN, displayName: 'Wang Xiaomei', organisationName: 'Shapingba' };
const KEXIE = { ...LIAISON, displayName: 'Li Wen', organisationName: 'Shapingba', department: { id: 'd-kexie', name: 'Science Association' } };

async function open(path: string, user = OFFICE) {
  const mounted = await mountAdminAt(path, (operation) => (operation.operationName === 'Me' ? meAnswer(user) : answer(operation)));
  await flushPromises();
  return mounted;
}

const mainText = (w: VueWrapper): string => w.get('.layout__main').text();

describe('the admin in English', { timeout: 30_000 }, () => {
  it('switches the dashboard and the users page to English, and remembers the choice', async () => {
    const { w: wrapper, admin } = await open('/dashboard');
    await vi.waitFor(() => expect(wrapper.find('[data-test="kpi-total"]').exists()).toBe(true));
    await vi.waitFor(() => expect(wrapper.find('[data-test="risk-table"]').exists()).toBe(true));
    expect(mainText(wrapper)).toContain('任务总数');

    await wrapper.get('[data-test="locale-switch"]').trigger('click');
    await flushPromises();
    expect(localStorage.getItem('accredit.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    expect(mainText(wrapper)).toContain('Completion = approved tasks / all tasks');
    expect(mainText(wrapper)).toContain('Points at risk');
    expect(mainText(wrapper)).toContain('Red list (top 10)');
    expect(wrapper.get('[data-test="phase-bar"]').text()).toContain('December 2021 – March 2022');
    expect(cjkIn(mainText(wrapper))).toEqual([]);
    // The menu and the header too (the organisation's name is data, in Latin letters here).
    // The switch offers the other language in its own script (中文), as language pickers do.
    expect(wrapper.get('[data-test="locale-switch"]').text()).toBe('中文');
    expect(cjkIn(wrapper.get('.layout__header').text().replace('中文', ''))).toEqual([]);
    expect(cjkIn(wrapper.get('[data-test="side-menu"]').text())).toEqual([]);

    await admin.router.push('/settings/users');
    await vi.waitFor(() => expect(wrapper.find('[data-test="users-table"]').text()).toContain('Li Wen'));
    await flushPromises();
    expect(mainText(wrapper)).toContain('Department liaison');
    expect(mainText(wrapper)).toContain('Disabled');
    expect(cjkIn(mainText(wrapper))).toEqual([]);
  });

  it('offers English on the login page, before anyone has logged in', async () => {
    const { w: wrapper } = await mountAdminAt('/login', () => notLoggedIn());
    await flushPromises();
    expect(wrapper.text()).toContain('用户登录');

    await wrapper.get('[data-test="locale-switch"]').trigger('click');
    await flushPromises();
    expect(localStorage.getItem('accredit.locale')).toBe('en');
    expect(wrapper.get('#login-title').text()).toBe('Log in');
    expect(wrapper.get('[data-test="locale-switch"]').text()).toBe('中文');
    expect(cjkIn(wrapper.text().replace('中文', ''))).toEqual([]);
  });

  it('starts in English on the next visit and shows my tasks with a task open in English', async () => {
    localStorage.setItem('accredit.locale', 'en');
    const { w: wrapper } = await open('/my-tasks/t-1', KEXIE);
    await vi.waitFor(() => expect(wrapper.find('[data-test="task-state"]').exists(), mainText(wrapper)).toBe(true));
    await vi.waitFor(() => expect(mainText(wrapper)).toContain('Please add the minutes'));
    await flushPromises();

    expect(mainText(wrapper)).toContain('My tasks');
    expect(mainText(wrapper)).toContain('Overdue by 4 days');
    expect(mainText(wrapper)).toContain('Wang Xiaomei (Lead office admin)');
    expect(mainText(wrapper)).toContain('No evidence uploaded yet');
    expect(cjkIn(mainText(wrapper))).toEqual([]);

    // And back: the same screen in Chinese, the choice remembered.
    await wrapper.get('[data-test="locale-switch"]').trigger('click');
    await flushPromises();
    expect(localStorage.getItem('accredit.locale')).toBe('zh-CN');
    expect(mainText(wrapper)).toContain('逾期 4 天');
  });
});
