import { expandResponsibilities } from './expand-responsibilities';

const members: Record<string, string[]> = { towns: ['t1', 't2', 't3'], farming: ['t2'] };
const membersOf = (id: string) => members[id] ?? [];

describe('expandResponsibilities', () => {
  it('expands a group into one assignment per member, keeping the group’s role', () => {
    expect(
      expandResponsibilities(
        [
          { role: 'lead', departmentId: 'kexie', groupId: null },
          { role: 'support', departmentId: null, groupId: 'towns' },
        ],
        membersOf,
      ),
    ).toEqual([
      { departmentId: 'kexie', role: 'lead' },
      { departmentId: 't1', role: 'support' },
      { departmentId: 't2', role: 'support' },
      { departmentId: 't3', role: 'support' },
    ]);
  });

  it('gives a department named twice one assignment, lead winning over support', () => {
    expect(
      expandResponsibilities(
        [
          { role: 'lead', departmentId: null, groupId: 'farming' },
          { role: 'support', departmentId: null, groupId: 'towns' },
        ],
        membersOf,
      ),
    ).toEqual([
      { departmentId: 't2', role: 'lead' },
      { departmentId: 't1', role: 'support' },
      { departmentId: 't3', role: 'support' },
    ]);
  });

  it('gives an empty group no assignments', () => {
    expect(expandResponsibilities([{ role: 'lead', departmentId: null, groupId: 'nobody' }], membersOf)).toEqual([]);
  });

  it('makes a rule with no units the organisation’s own work: one lead task for its office', () => {
    expect(expandResponsibilities([], membersOf, 'office')).toEqual([{ departmentId: 'office', role: 'lead' }]);
    expect(expandResponsibilities([], membersOf)).toEqual([]);
    expect(expandResponsibilities([{ role: 'lead', departmentId: 'd1', groupId: null }], membersOf, 'office')).toEqual([{ departmentId: 'd1', role: 'lead' }]);
  });
});
