import { formRolesOf } from './form-roles';

const definition = {
  roles: { applicant: '申报单位', province: '省级科协', expert: '评审专家', national: '中国科协科普部' },
  filledBy: { role: 'applicant', stages: ['applied'] },
};
const filler = {
  organisationId: 'county',
  ancestors: [
    { id: 'nation', level: 'national' },
    { id: 'province', level: 'province' },
    { id: 'city', level: 'city' },
  ],
};
const facts = (organisationId: string | null, roles: string[], campaignRoles: string[] = []) => ({
  definition,
  actor: { organisationId, roles, campaignRoles },
  filler,
  ownerOrganisationId: 'nation',
});

describe('formRolesOf', () => {
  it('makes the filling organisation’s office admins the filler, and nobody else of it', () => {
    expect(formRolesOf(facts('county', ['office_admin']))).toEqual(['applicant']);
    expect(formRolesOf(facts('county', ['liaison']))).toEqual([]);
    expect(formRolesOf(facts('county', ['supervisor']))).toEqual([]);
  });

  it('gives a level role to the office of the filler’s ancestor at that level only', () => {
    expect(formRolesOf(facts('province', ['office_admin']))).toEqual(['province']);
    expect(formRolesOf(facts('other-province', ['office_admin']))).toEqual([]);
    expect(formRolesOf(facts('province', ['expert']))).toEqual([]);
  });

  it('gives expert to the owner’s experts and national to the owner’s office', () => {
    expect(formRolesOf(facts('nation', ['expert']))).toEqual(['expert']);
    expect(formRolesOf(facts('nation', ['office_admin']))).toEqual(['national']);
    expect(formRolesOf(facts('province', ['expert']))).toEqual([]);
  });

  it('counts a role assigned in the campaign, and gives nothing to a platform admin', () => {
    expect(formRolesOf(facts('county', ['liaison'], ['applicant']))).toEqual(['applicant']);
    expect(formRolesOf(facts(null, ['system_admin']))).toEqual([]);
  });

  it('lets a province fill a form it is the filler of (宣讲团人选)', () => {
    const byProvince = { roles: { province: '省级科协' }, filledBy: { role: 'province', stages: [] } };
    const provinceFiller = { organisationId: 'province', ancestors: [{ id: 'nation', level: 'national' }] };
    expect(formRolesOf({ definition: byProvince, actor: { organisationId: 'province', roles: ['office_admin'], campaignRoles: [] }, filler: provinceFiller, ownerOrganisationId: 'nation' })).toEqual([
      'province',
    ]);
    expect(formRolesOf({ definition: byProvince, actor: { organisationId: 'nation', roles: ['office_admin'], campaignRoles: [] }, filler: provinceFiller, ownerOrganisationId: 'nation' })).toEqual([]);
  });
});
