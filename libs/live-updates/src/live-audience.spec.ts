import { hears, type LiveViewer } from './live-audience';
import { parseLiveChange } from './live-change';

const county = { organisationId: 'county', organisationPath: '/nation/province/county/' };
const office: LiveViewer = { roles: ['office_admin'], organisationId: 'county', organisationPath: '/nation/province/county/', departmentId: null };
const liaison: LiveViewer = { roles: ['liaison'], organisationId: 'county', organisationPath: '/nation/province/county/', departmentId: 'd1' };
const province: LiveViewer = { roles: ['office_admin'], organisationId: 'province', organisationPath: '/nation/province/', departmentId: null };
const neighbour: LiveViewer = { roles: ['office_admin'], organisationId: 'other', organisationPath: '/nation/province/other/', departmentId: null };
const systemAdmin: LiveViewer = { roles: ['system_admin'], organisationId: null, organisationPath: null, departmentId: null };

const taskChange = (departmentIds: string[] | null) => ({ kind: 'task' as const, campaignId: 'c1', departmentIds, taskIds: ['t1'] });

describe('who hears of a change', () => {
  it('tells the campaign organisation, its ancestors and the platform admin, never a neighbour', () => {
    expect(hears(office, taskChange(['d2']), county)).toBe(true);
    expect(hears(province, taskChange(['d2']), county)).toBe(true);
    expect(hears(systemAdmin, taskChange(['d2']), county)).toBe(true);
    expect(hears(neighbour, taskChange(['d2']), county)).toBe(false);
  });

  it('tells a liaison of their own department’s tasks only, and of campaign-wide changes', () => {
    expect(hears(liaison, taskChange(['d1', 'd2']), county)).toBe(true);
    expect(hears(liaison, taskChange(['d2']), county)).toBe(false);
    expect(hears(liaison, { kind: 'evidence', campaignId: 'c1', departmentIds: ['d3'], taskIds: null }, county)).toBe(false);
    // Too many departments to list: everyone of the campaign asks again.
    expect(hears(liaison, taskChange(null), county)).toBe(true);
    expect(hears(liaison, { kind: 'campaign', campaignId: 'c1', departmentIds: [], taskIds: [] }, county)).toBe(true);
  });

  it('tells nobody of a campaign it cannot place (deleted, or the database was away)', () => {
    expect(hears(office, taskChange(['d1']), null)).toBe(false);
  });

  it('tells the offices on a participant’s path of its change in a campaign owned above them, and no other office', () => {
    // The national batch is owned by the nation; the county's province is outside its subtree but on the county's path.
    const batch = { organisationId: 'nation', organisationPath: '/nation/' };
    const change = { kind: 'participant' as const, campaignId: 'batch', participantIds: ['p1'], organisationIds: ['nation', 'province', 'county'] };
    const nationOffice: LiveViewer = { roles: ['office_admin'], organisationId: 'nation', organisationPath: '/nation/', departmentId: null };
    const otherProvince: LiveViewer = { roles: ['office_admin'], organisationId: 'province-2', organisationPath: '/nation/province-2/', departmentId: null };
    expect(hears(nationOffice, change, batch)).toBe(true);
    expect(hears(province, change, batch)).toBe(true);
    expect(hears(office, change, batch)).toBe(true);
    expect(hears(otherProvince, change, batch)).toBe(false);
    expect(hears(neighbour, change, batch)).toBe(false);
    // Too many to name: the owner's side still hears, the offices below it ask again when they look.
    expect(hears(nationOffice, { ...change, organisationIds: null }, batch)).toBe(true);
    expect(hears(province, { ...change, organisationIds: null }, batch)).toBe(false);
  });

  it('delivers a notification to its addressees only', () => {
    const toOffice = { kind: 'notification' as const, organisationId: 'county', departmentId: null, role: 'office_admin' };
    expect(hears(office, toOffice, null)).toBe(true);
    expect(hears(liaison, toOffice, null)).toBe(false);
    expect(hears(province, toOffice, null)).toBe(false);
    const toDepartment = { kind: 'notification' as const, organisationId: 'county', departmentId: 'd1', role: null };
    expect(hears(liaison, toDepartment, null)).toBe(true);
    expect(hears({ ...liaison, departmentId: 'd2' }, toDepartment, null)).toBe(false);
  });
});

describe('reading the channel', () => {
  it('reads the triggers’ payloads and ignores anything else', () => {
    expect(parseLiveChange('{"kind":"task","campaignId":"c","departmentIds":["d"],"taskIds":null}')).toEqual({ kind: 'task', campaignId: 'c', departmentIds: ['d'], taskIds: null });
    expect(parseLiveChange('{"kind":"notification","organisationId":"o","departmentId":null,"role":"liaison"}')).toEqual({
      kind: 'notification',
      organisationId: 'o',
      departmentId: null,
      role: 'liaison',
    });
    expect(parseLiveChange('{"kind":"participant","campaignId":"c","participantIds":["p"],"organisationIds":null}')).toEqual({
      kind: 'participant',
      campaignId: 'c',
      participantIds: ['p'],
      organisationIds: null,
    });
    expect(parseLiveChange('not json')).toBeNull();
    expect(parseLiveChange('null')).toBeNull();
    expect(parseLiveChange('{"kind":"drop table"}')).toBeNull();
    expect(parseLiveChange('{"kind":"task","campaignId":7}')).toBeNull();
  });
});
