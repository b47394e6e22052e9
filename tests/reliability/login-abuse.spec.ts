// @timing-sensitive: waits out login delays of whole seconds and compares answer times; npm test runs it alone, after the parallel suites.
import { request } from 'node:http';
import { MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, startTestApi } from '../support/test-api';

/**
 * Logins nobody can abuse: strangers cannot lock an account's owner out, unknown and existing
 * usernames cannot be told apart, changePassword guesses count, and the per-address rate limit
 * counts every login of a document. Clients connect from different loopback addresses
 * (127.0.0.0/8 all reach the API) or, behind a "proxy", with X-Forwarded-For.
 */

const ADMIN_PASSWORD = 'Admin@2026first';
const USER_PASSWORD = 'Reliable@2026pw';
/** ACCOUNT_MAX_DELAY_SECONDS in these suites: the longest wait strangers can impose on an account. */
const ACCOUNT_CAP = 4;
/** The installations' argon2id cost (the suites lower it): what hides an unknown username is a hash that costs this much. */
const REAL_HASH_COST = { PASSWORD_HASH_MEMORY_KIB: '65536' };
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token user { username } } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

interface Reply {
  status: number;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions?: { code?: string; details?: any } }[] };
  ms: number;
}

interface From {
  /** The client's own address (a loopback address). */
  address?: string;
  /** An X-Forwarded-For header: spoofed, or set by the "proxy". */
  forwardedFor?: string;
  token?: string;
}

function post(t: TestApi, query: string, variables: Record<string, unknown>, from: From = {}): Promise<Reply> {
  const url = new URL(`${t.api.url}/graphql`);
  const payload = JSON.stringify({ query, variables });
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        localAddress: from.address ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
          ...(from.token ? { authorization: `Bearer ${from.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), ms });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const login = (t: TestApi, username: string, password: string, from: From = {}) => post(t, LOGIN, { input: { username, password, issueToken: true } }, from);
const outcome = (reply: Reply): string => (reply.body.errors ? `${reply.body.errors[0].extensions?.code}:${reply.body.errors[0].extensions?.details?.reason}` : 'ok');
const waitOf = (reply: Reply): number => reply.body.errors?.[0].extensions?.details?.retryAfterSeconds;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function adminSession(t: TestApi, from: From): Promise<string> {
  const reply = await login(t, 'admin', ADMIN_PASSWORD, from);
  if (!reply.body.data?.login.token) throw new Error(`admin login failed: ${JSON.stringify(reply.body)}`);
  return reply.body.data.login.token;
}

async function createUsers(t: TestApi, token: string, from: From, usernames: string[]): Promise<void> {
  for (const username of usernames) {
    const reply = await post(
      t,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username, displayName: username, password: USER_PASSWORD, roles: ['system_admin'] } },
      { ...from, token },
    );
    if (reply.body.errors) throw new Error(`createUser ${username}: ${JSON.stringify(reply.body.errors)}`);
  }
}

async function userId(t: TestApi, token: string, from: From, username: string): Promise<string> {
  const reply = await post(t, 'query($search: String) { users(search: $search) { edges { node { id username } } } }', { search: username }, { ...from, token });
  return reply.body.data.users.edges.find((edge: { node: { username: string } }) => edge.node.username === username).node.id;
}

/** The real admin from `from`: the time it took to get in, retrying after each wait the API names (never longer than `bound` seconds). */
async function ownerLogsIn(t: TestApi, from: From, bound: number): Promise<{ seconds: number; waits: number[] }> {
  const started = Date.now();
  const waits: number[] = [];
  for (;;) {
    const reply = await login(t, 'admin', ADMIN_PASSWORD, from);
    if (reply.body.data?.login.token) return { seconds: (Date.now() - started) / 1000, waits };
    expect(outcome(reply)).toBe('TOO_MANY_REQUESTS:login-delay');
    waits.push(waitOf(reply));
    expect(waitOf(reply)).toBeLessThanOrEqual(bound);
    if ((Date.now() - started) / 1000 > bound + 2) throw new Error(`admin still refused after ${bound} s: ${JSON.stringify(waits)}`);
    await sleep(waitOf(reply) * 1000 + 50);
  }
}

// At the argon2id cost installations use: at the suites' lowered cost the hash would take a few
// milliseconds, less than this comparison's tolerance, and would hide nothing.
describe('logins nobody can abuse: timing, at the real password-hash cost', () => {
  let t: TestApi;
  let token: string;
  const office = { address: '127.0.0.9' };

  beforeAll(async () => {
    t = await startTestApi({ seed: false, env: { ...REAL_HASH_COST, MAX_FAILED_LOGINS: '5', LOCK_MINUTES: '15', ACCOUNT_MAX_DELAY_SECONDS: String(ACCOUNT_CAP), LOGIN_RATE_PER_MINUTE: '100000' } });
    token = await adminSession(t, office);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers an unknown username exactly like a wrong password, in the same time, and charges the same counters', async () => {
    const known = Array.from({ length: 12 }, (_, i) => `member${String(i + 1).padStart(2, '0')}`);
    await createUsers(t, token, office, [...known, 'retired']);
    const retired = await userId(t, token, office, 'retired');
    await post(t, 'mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }', { input: { userId: retired, disabled: true } }, { ...office, token });

    const existing: Reply[] = [];
    const unknown: Reply[] = [];
    // Interleaved in alternating order, each from its own address, so neither throttling nor load drift favours one side.
    for (let i = 0; i < known.length; i += 1) {
      const tryExisting = async () => existing.push(await login(t, known[i], 'Wrong@2026pass', { address: `127.0.1.${i + 1}` }));
      const tryUnknown = async () => unknown.push(await login(t, `ghost${String(i + 1).padStart(2, '0')}`, 'Wrong@2026pass', { address: `127.0.2.${i + 1}` }));
      if (i % 2 === 0) {
        await tryExisting();
        await tryUnknown();
      } else {
        await tryUnknown();
        await tryExisting();
      }
    }
    const disabled = await login(t, 'retired', 'Wrong@2026pass', { address: '127.0.3.1' });
    const bodies = [...existing, ...unknown, disabled].map((reply) => JSON.stringify(reply.body));
    expect(new Set(bodies).size).toBe(1);
    expect(existing[0].body).toEqual({
      data: null,
      errors: [{ message: '用户名或密码错误', locations: expect.any(Array), path: ['login'], extensions: { code: 'UNAUTHENTICATED', details: { reason: 'bad-credentials' } } }],
    });

    const [a, b] = [median(existing.map((r) => r.ms)), median(unknown.map((r) => r.ms))];
    process.stdout.write(`login timing medians: existing ${a.toFixed(1)} ms, unknown ${b.toFixed(1)} ms\n`);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(25, 0.25 * Math.max(a, b)));

    const orm = t.api.app.get(MikroORM);
    const counters = async (account: string) =>
      (await orm.em.getConnection().execute(`select kind, failures from login_throttle where account = ? order by kind`, [account])) as { kind: string; failures: number }[];
    expect(await counters('ghost01')).toEqual(await counters('member01'));
    expect(await counters('ghost01')).toEqual([
      { kind: 'account', failures: 1 },
      { kind: 'ip+account', failures: 1 },
    ]);
  });
});

describe('logins nobody can abuse: clients connecting directly (TRUST_PROXY off)', () => {
  let t: TestApi;
  let token: string;
  const office = { address: '127.0.0.9' };

  beforeAll(async () => {
    t = await startTestApi({
      seed: false,
      env: { MAX_FAILED_LOGINS: '5', LOCK_MINUTES: '15', ACCOUNT_MAX_DELAY_SECONDS: String(ACCOUNT_CAP), LOGIN_RATE_PER_MINUTE: '100000' },
    });
    token = await adminSession(t, office);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a stranger failing 100 times against admin, spoofing X-Forwarded-For, is slowed down; the real admin elsewhere gets in within the account cap', async () => {
    const started = Date.now();
    const outcomes: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      outcomes.push(outcome(await login(t, 'admin', `guess-${i}`, { address: '127.0.0.1', forwardedFor: `198.51.100.${i + 1}` })));
    }
    const seconds = (Date.now() - started) / 1000;
    const tried = outcomes.filter((o) => o === 'UNAUTHENTICATED:bad-credentials').length;
    // Spoofed headers are ignored: all 100 count against 127.0.0.1. Five free failures, then at
    // most one try after each wait (every wait is at least a second).
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED:bad-credentials'));
    expect(outcomes[5]).toBe('TOO_MANY_REQUESTS:login-delay');
    expect(tried).toBeLessThanOrEqual(5 + 1 + Math.ceil(seconds));
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS:login-delay').length).toBe(100 - tried);

    // The real admin, from another address they never used: in at once, or after at most ACCOUNT_CAP seconds.
    const owner = await ownerLogsIn(t, { address: '127.0.0.2' }, ACCOUNT_CAP);
    expect(owner.seconds).toBeLessThanOrEqual(ACCOUNT_CAP + 1.5);
    // The owner's success starts the account's counter afresh, but not the stranger's: the
    // growing waits (up to LOCK_MINUTES) stay on the address that failed.
    const orm = t.api.app.get(MikroORM);
    const rows = (await orm.em.getConnection().execute(`select kind, key, failures from login_throttle where account = 'admin' order by kind, key`)) as {
      kind: string;
      key: string;
      failures: number;
    }[];
    expect(rows).toEqual([
      { kind: 'account', key: 'admin', failures: 0 },
      { kind: 'ip+account', key: '127.0.0.1 admin', failures: tried },
      { kind: 'ip+account', key: '127.0.0.2 admin', failures: 0 },
      { kind: 'ip+account', key: '127.0.0.9 admin', failures: 0 },
    ]);
  });

  it('counts parallel attempts one after another: 30 at once get no more tries than 30 in a row', async () => {
    await createUsers(t, token, office, ['parallel']);
    const started = Date.now();
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => login(t, 'parallel', `guess-${i}`, { address: '127.0.0.30' })));
    const seconds = (Date.now() - started) / 1000;
    const outcomes = replies.map(outcome);
    // Five free failures; every later attempt finds the wait the fifth one set (checking first and
    // counting afterwards would have let all 30 through). Waits are 1 s, 2 s, 4 s …: a burst that
    // the machine stretched over `seconds` can honestly let one more through per wait that ran out.
    const waitsRunOut = Math.max(1, Math.floor(Math.log2(seconds + 1)));
    const tried = outcomes.filter((o) => o === 'UNAUTHENTICATED:bad-credentials').length;
    expect(tried).toBeGreaterThanOrEqual(5);
    expect(tried).toBeLessThanOrEqual(5 + waitsRunOut);
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS:login-delay')).toHaveLength(30 - tried);
  });

  it('counts a wrong current password in changePassword as a failed login of the account from that address', async () => {
    await createUsers(t, token, office, ['changer']);
    const desk = { address: '127.0.0.20' };
    const session = (await login(t, 'changer', USER_PASSWORD, desk)).body.data.login.token as string;
    for (let i = 0; i < 5; i += 1) {
      const wrong = await post(t, CHANGE_PASSWORD, { input: { currentPassword: `Guess@2026no${i}`, newPassword: 'Another@2026pw' } }, { ...desk, token: session });
      expect(wrong.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('当前密码不正确'), extensions: { code: 'VALIDATION', details: { reason: 'wrong-current-password' } } });
    }
    // Five failures: the next attempt from this address waits, whether changePassword or login, right password or not.
    const right = await post(t, CHANGE_PASSWORD, { input: { currentPassword: USER_PASSWORD, newPassword: 'Another@2026pw' } }, { ...desk, token: session });
    expect(outcome(right)).toBe('TOO_MANY_REQUESTS:login-delay');
    expect(outcome(await login(t, 'changer', USER_PASSWORD, desk))).toBe('TOO_MANY_REQUESTS:login-delay');
    const listed = await post(t, '{ users(search: "changer") { edges { node { username lockedUntil } } } }', {}, { ...office, token });
    expect(listed.body.data.users.edges.find((edge: any) => edge.node.username === 'changer').node.lockedUntil).not.toBeNull();
    // An administrator's unlock clears it at once.
    const unlocked = await post(
      t,
      'mutation($input: UnlockUserInput!) { unlockUser(input: $input) { lockedUntil } }',
      { input: { userId: await userId(t, token, office, 'changer') } },
      { ...office, token },
    );
    expect(unlocked.body.data.unlockUser.lockedUntil).toBeNull();
    const changed = await post(t, CHANGE_PASSWORD, { input: { currentPassword: USER_PASSWORD, newPassword: 'Another@2026pw' } }, { ...desk, token: session });
    expect(changed.body).toEqual({ data: { changePassword: true } });
  });
});

describe('logins nobody can abuse: behind a reverse proxy (TRUST_PROXY=loopback)', () => {
  let t: TestApi;
  let token: string;
  /** The admin's usual address: known to the account, so strangers' failures never make it wait. */
  const adminOffice = { forwardedFor: '203.0.113.10' };
  const RATE = 5;

  beforeAll(async () => {
    t = await startTestApi({
      seed: false,
      env: {
        TRUST_PROXY: 'loopback',
        MAX_FAILED_LOGINS: '5',
        LOCK_MINUTES: '15',
        ACCOUNT_MAX_DELAY_SECONDS: String(ACCOUNT_CAP),
        LOGIN_RATE_PER_MINUTE: String(RATE),
      },
    });
    token = await adminSession(t, adminOffice);
    await createUsers(t, token, adminOffice, ['limited']);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a distributed stranger (100 addresses) only slows admin down for a few seconds, and never at an address admin uses', async () => {
    const attack = async (count: number, offset: number) => {
      const started = Date.now();
      const outcomes: string[] = [];
      for (let i = 0; i < count; i += 1) outcomes.push(outcome(await login(t, 'admin', `guess-${i}`, { forwardedFor: `10.${offset}.${i >> 8}.${i & 255}` })));
      return { outcomes, seconds: (Date.now() - started) / 1000, tried: outcomes.filter((o) => o === 'UNAUTHENTICATED:bad-credentials').length };
    };
    const first = await attack(100, 1);
    // Every address is new, so only the account's short wait holds them back.
    expect(first.tried).toBeGreaterThanOrEqual(5);
    expect(first.tried).toBeLessThanOrEqual(5 + 1 + Math.ceil(first.seconds));
    const owner = await ownerLogsIn(t, { forwardedFor: '192.0.2.77' }, ACCOUNT_CAP);
    expect(owner.seconds).toBeLessThanOrEqual(ACCOUNT_CAP + 1.5);

    // Again, until a failure has just set the account's longest wait (5 free, then 1, 2, 4 s).
    let failures = 0;
    for (let i = 0; failures < 8; i += 1) {
      if (outcome(await login(t, 'admin', `again-${i}`, { forwardedFor: `10.2.${i >> 8}.${i & 255}` })) === 'UNAUTHENTICATED:bad-credentials') failures += 1;
      else await sleep(100);
      if (i > 2000) throw new Error('the attack never got through');
    }
    const stranger = await login(t, 'admin', ADMIN_PASSWORD, { forwardedFor: '192.0.2.78' });
    expect(outcome(stranger)).toBe('TOO_MANY_REQUESTS:login-delay');
    expect(waitOf(stranger)).toBeLessThanOrEqual(ACCOUNT_CAP);
    // At the same moment, from the address admin logged in from before: straight in.
    const atOffice = await login(t, 'admin', ADMIN_PASSWORD, adminOffice);
    expect(atOffice.body.data?.login.user.username).toBe('admin');
  });

  it('limits password attempts per address per minute, with a retry-after, and recovers after the minute', async () => {
    const from = { forwardedFor: '192.0.2.50' };
    for (let i = 0; i < RATE; i += 1) expect((await login(t, 'limited', USER_PASSWORD, from)).body.data?.login.user.username).toBe('limited');
    const refused = await login(t, 'limited', USER_PASSWORD, from);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', details: { reason: 'rate-limit' } } });
    expect(refused.body.errors?.[0].message).toMatch(/^登录请求过于频繁，请 \d+ 秒后再试$/);
    expect(waitOf(refused)).toBeGreaterThanOrEqual(1);
    expect(waitOf(refused)).toBeLessThanOrEqual(60);
    // Another address is not affected.
    expect((await login(t, 'limited', USER_PASSWORD, { forwardedFor: '192.0.2.51' })).body.data?.login.user.username).toBe('limited');
    // A minute later (the window moved back instead of waiting), the address may log in again.
    const orm = t.api.app.get(MikroORM);
    await orm.em.getConnection().execute(`update login_rate set window_start = window_start - interval '61 seconds' where address = '192.0.2.50'`);
    expect((await login(t, 'limited', USER_PASSWORD, from)).body.data?.login.user.username).toBe('limited');
  });

  it('counts every login of a document: aliases cannot multiply the attempts of one request', async () => {
    const aliased = (count: number) => `mutation($input: LoginInput!) { ${Array.from({ length: count }, (_, i) => `a${i + 1}: login(input: $input) { token }`).join(' ')} }`;
    const input = { username: 'limited', password: USER_PASSWORD, issueToken: true };
    const from = { forwardedFor: '192.0.2.60' };
    const four = await post(t, aliased(4), { input }, from);
    expect(Object.values(four.body.data).every((login: any) => typeof login.token === 'string')).toBe(true);
    expect((await login(t, 'limited', USER_PASSWORD, from)).body.data?.login).toBeTruthy();
    // 4 + 1 = the limit of 5: one request carrying four logins counted four.
    expect(outcome(await login(t, 'limited', USER_PASSWORD, from))).toBe('TOO_MANY_REQUESTS:rate-limit');

    const ten = await post(t, aliased(10), { input }, { forwardedFor: '192.0.2.61' });
    expect(ten.body.data).toBeNull();
    expect(ten.body.errors).toHaveLength(1);
    expect(ten.body.errors?.[0]).toMatchObject({ path: ['a6'], extensions: { code: 'TOO_MANY_REQUESTS', details: { reason: 'rate-limit' } } });

    // Batched HTTP requests (an array of operations) are not accepted at all.
    const batch = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.62' },
      body: JSON.stringify([
        { query: LOGIN, variables: { input } },
        { query: LOGIN, variables: { input } },
      ]),
    });
    expect(batch.status).toBe(400);
  });
});
