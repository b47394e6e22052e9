import { type TestApi, startTestApi } from '../support/test-api';

const ME = '{ me { username mustChangePassword } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

describe('a password someone else set must be changed by its user first', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('marks a new account and a reset, and clears the mark when the user chooses their own', async () => {
    const created = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id mustChangePassword } }', {
      input: { username: 'newcomer', displayName: '新同事', password: 'Given@2026pass', roles: ['supervisor'] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser.mustChangePassword).toBe(true);

    const newcomer = await t.as('newcomer', 'Given@2026pass');
    expect((await newcomer(ME)).data!.me).toEqual({ username: 'newcomer', mustChangePassword: true });
    const weak = await newcomer(CHANGE, { input: { currentPassword: 'Given@2026pass', newPassword: 'short' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', details: { reason: 'weak-password' } });
    expect((await newcomer(ME)).data!.me.mustChangePassword).toBe(true);
    expect((await newcomer(CHANGE, { input: { currentPassword: 'Given@2026pass', newPassword: 'Mine@2026chosen' } })).errors).toBeUndefined();

    const again = await t.as('newcomer', 'Mine@2026chosen');
    expect((await again(ME)).data!.me.mustChangePassword).toBe(false);

    const reset = await t.gql('mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { mustChangePassword } }', {
      input: { userId: created.data!.createUser.id, newPassword: 'Reset@2026given' },
    });
    expect(reset.data!.resetUserPassword.mustChangePassword).toBe(true);
  });

  it('leaves the demo accounts and a first administrator whose password came from ADMIN_PASSWORD unmarked', async () => {
    expect((await t.gql(ME)).data!.me.mustChangePassword).toBe(false);
    const admin = await t.as('admin', 'Admin@2026first');
    expect((await admin(ME)).data!.me.mustChangePassword).toBe(false);
  });
});
