// @timing-sensitive: waits out a one-second login delay; npm test runs it alone, after the parallel suites.
import { MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, DEMO_PASSWORD, startTestApi } from '../support/test-api';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { username roles department { name } } } }';
const ME = '{ me { username roles organisationName department { name } } }';

describe('logins, sessions and passwords', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ env: { MAX_FAILED_LOGINS: '3', LOCK_MINUTES: '15' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  const userId = async (username: string): Promise<string> => {
    const { data } = await t.gql('query($search: String) { users(search: $search) { edges { node { id username } } } }', { search: username });
    return data!.users.edges.find((edge: any) => edge.node.username === username).node.id;
  };

  it('logs a browser in with an HttpOnly, SameSite=Strict cookie and no token in the body', async () => {
    const response = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'kexie', password: DEMO_PASSWORD } } }),
    });
    const body: any = await response.json();
    expect(body.data.login.token).toBeNull();
    expect(body.data.login.user).toEqual({ username: 'kexie', roles: ['liaison'], department: { name: '区科协' } });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^accredit_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await me.json()) as any).data.me).toEqual({ username: 'kexie', roles: ['liaison'], organisationName: '重庆市沙坪坝区', department: { name: '区科协' } });
  });

  it('answers UNAUTHENTICATED without a session, and after logout', async () => {
    expect((await t.anonymous(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const kexie = await t.as('kexie');
    expect((await kexie('mutation { logout }')).data!.logout).toBe(true);
    expect((await kexie(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates the first system administrator from ADMIN_PASSWORD', async () => {
    const admin = await t.as('admin', 'Admin@2026first');
    expect((await admin(ME)).data!.me).toMatchObject({ username: 'admin', roles: ['system_admin'], organisationName: null });
  });

  it('slows repeated failures with a wait it names, the same answer for every wrong password, until an admin unlocks', async () => {
    const attempt = (password: string) => t.anonymous(LOGIN, { input: { username: 'fagaiwei', password } });
    const first = await attempt('wrong-1');
    expect(first.errors?.[0]).toMatchObject({ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED', details: { reason: 'bad-credentials' } } });
    // No countdown: it would tell a stranger that the username exists.
    expect(first.errors?.[0].message).not.toMatch(/再错|锁定/);
    expect((await attempt('wrong-2')).errors?.[0]).toEqual(first.errors?.[0]);
    expect((await attempt('wrong-3')).errors?.[0]).toEqual(first.errors?.[0]);
    // MAX_FAILED_LOGINS=3: the next attempt waits, and is refused without its password being checked.
    const right = await attempt(DEMO_PASSWORD);
    expect(right.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', details: { reason: 'login-delay', retryAfterSeconds: 1 } } });
    expect(right.errors?.[0].message).toMatch(/请 1 秒后再试/);
    const listed = await t.gql('{ users(search: "fagaiwei") { edges { node { username lockedUntil } } } }');
    expect(new Date(listed.data!.users.edges.find((edge: any) => edge.node.username === 'fagaiwei').node.lockedUntil).getTime()).toBeGreaterThan(Date.now() - 1000);
    const unlocked = await t.gql('mutation($input: UnlockUserInput!) { unlockUser(input: $input) { lockedUntil } }', { input: { userId: await userId('fagaiwei') } });
    expect(unlocked.data!.unlockUser.lockedUntil).toBeNull();
    expect((await attempt(DEMO_PASSWORD)).data!.login.user.username).toBe('fagaiwei');
  });

  it('lifts a wait by itself once it has passed', async () => {
    const attempt = (password: string) => t.anonymous(LOGIN, { input: { username: 'expert', password } });
    for (const password of ['wrong-1', 'wrong-2', 'wrong-3']) expect((await attempt(password)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const waiting = await attempt(DEMO_PASSWORD);
    expect(waiting.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const seconds = (waiting.errors?.[0].extensions?.['details'] as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(seconds).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100));
    expect((await attempt(DEMO_PASSWORD)).data!.login.user.username).toBe('expert');
  });

  it('ends a session when it expires', async () => {
    const supervisor = await t.as('supervisor');
    expect((await supervisor(ME)).data!.me.username).toBe('supervisor');
    const orm = t.api.app.get(MikroORM);
    await orm.em.getConnection().execute(`update user_session set expires_at = now() - interval '1 second' where token_hash = encode(sha256(?::bytea), 'hex')`, [supervisor.token]);
    expect((await supervisor(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a disabled user, including their open sessions', async () => {
    const street = await t.as('xiaolongkan');
    const id = await userId('xiaolongkan');
    await t.gql('mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }', { input: { userId: id, disabled: true } });
    expect((await street(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Only the right password learns that the account is disabled; a wrong one gets the usual answer.
    const wrong = await t.anonymous(LOGIN, { input: { username: 'xiaolongkan', password: 'wrong-password' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: '用户名或密码错误', extensions: { details: { reason: 'bad-credentials' } } });
    const login = await t.anonymous(LOGIN, { input: { username: 'xiaolongkan', password: DEMO_PASSWORD } });
    expect(login.errors?.[0].message).toContain('账号已停用');
    await t.gql('mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }', { input: { userId: id, disabled: false } });
    expect((await t.anonymous(LOGIN, { input: { username: 'xiaolongkan', password: DEMO_PASSWORD } })).errors).toBeUndefined();
  });

  it('ends the other sessions when a password changes, and refuses a weak new password', async () => {
    const here = await t.as('kexie');
    const elsewhere = await t.as('kexie');
    const weak = await here('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } });
    expect(weak.errors?.[0].extensions?.code).toBe('VALIDATION');
    const changed = await here('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Changed@2026pw' } });
    expect(changed.data!.changePassword).toBe(true);
    expect((await here(ME)).data!.me.username).toBe('kexie');
    expect((await elsewhere(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.anonymous(LOGIN, { input: { username: 'kexie', password: DEMO_PASSWORD } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await t.as('kexie', 'Changed@2026pw');
  });

  it('refuses a state-changing request from another origin, and accepts its own', async () => {
    const post = (origin: string) =>
      fetch(`${t.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'office', password: DEMO_PASSWORD } } }),
      });
    const evil = await post('http://evil.example');
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('跨站') });
    const own = await post(t.api.url);
    expect(own.status).toBe(200);
    expect(((await own.json()) as any).data.login.user.username).toBe('office');
  });
});
