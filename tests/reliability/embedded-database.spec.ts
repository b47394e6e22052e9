// @timing-sensitive: times the embedded database's restart; npm test runs it alone, after the parallel suites.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiProcess, assertBuilt, freePort, runCli, spawnApiProcess, status, waitFor } from '../support/api-process';

// The product's own default: no DATABASE_URL, the API runs an embedded PostgreSQL under DATA_DIR.
// Every documented command run beside it leaves it working; when its database dies it says
// SERVICE_UNAVAILABLE, restarts the database itself and recovers; SIGTERM ends it within 5 s.
const DEMO_PASSWORD = 'Cli@2026beside';

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the API with its embedded PostgreSQL', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let api: ApiProcess;

  const gql = async (query: string, token?: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const login = async () => (await gql(`mutation { login(input: {username: "office", password: "${DEMO_PASSWORD}", issueToken: true}) { token } }`)).body.data?.login.token as string;
  const ready = () => waitFor('API 就绪（/readyz 200）', async () => (await status(`${api.url}/readyz`)) === 200, 60_000, 200);

  beforeAll(async () => {
    assertBuilt();
    work = mkdtempSync(join(tmpdir(), 'accredit-embedded-'));
    // As root the database runs as the postgres user, who must reach the data directory.
    chmodSync(work, 0o755);
    env = {
      NODE_ENV: 'production',
      DATABASE_URL: '',
      DATA_DIR: join(work, 'data'),
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      ADMIN_DIST: '/nonexistent',
      ADMIN_PASSWORD: 'Admin@2026beside',
      DEMO_PASSWORD,
      REMINDER_INTERVAL_MINUTES: '0',
      LOGIN_RATE_PER_MINUTE: '10000',
    };
    api = spawnApiProcess(env);
    await ready();
  }, 120_000);

  afterAll(async () => {
    if (api?.child.exitCode === null) {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['db:migrate', 'cli/migrate'],
    ['db:seed', 'cli/seed'],
    ['db:seed-demo', 'cli/seed-demo'],
    ['evidence:verify', 'cli/evidence-verify'],
  ])('%s beside the running API leaves it working on the same database server', async (_name, entry) => {
    const server = postmasterPid(env['DATA_DIR']!);
    const result = await runCli(entry, env);
    expect({ code: result.code, output: result.code === 0 ? '' : result.output }).toEqual({ code: 0, output: '' });
    expect(result.output).toContain('正在运行的内置数据库');
    expect(postmasterPid(env['DATA_DIR']!)).toBe(server);
    expect(alive(server)).toBe(true);
    expect(await status(`${api.url}/readyz`)).toBe(200);
    const { body } = await gql('{ __typename }');
    expect(body.data.__typename).toBe('Query');
  });

  it('answers the demo accounts and their data after the commands', async () => {
    const token = await login();
    expect(token).toBeTruthy();
    const { body } = await gql('{ campaigns { name } }', token);
    expect(body.data.campaigns.length).toBeGreaterThanOrEqual(1);
  });

  it('logs a refusal as one short JSON line, never a stack: a flood of bad requests cannot flood the log', async () => {
    const before = api.output().length;
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: departments { totalCount }`).join(' ')} }`;
    for (let i = 0; i < 20; i++) {
      await gql(aliases);
      await gql('{ campaigns { id } }'); // not logged in
      await gql('{ campaigns { nope } }');
    }
    const written = api.output().slice(before);
    process.stdout.write(`60 refused requests wrote ${written.length} bytes of log\n`);
    expect(written.length).toBeLessThan(60 * 400);
    expect(written).not.toMatch(/\n\s+at [\w.<>]+ \(/);
    for (const line of written.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('reports SERVICE_UNAVAILABLE while its database is dead, restarts it, and recovers within 10 s', async () => {
    const token = await login();
    const old = postmasterPid(env['DATA_DIR']!);
    process.kill(old, 'SIGKILL');
    const killedAt = Date.now();
    // While it is down: clear errors in the API's own shape, never a crash or a stack trace.
    const during = await gql('{ campaigns { id } }', token);
    expect(during.status).toBeLessThan(600);
    if (during.body.errors) {
      expect(during.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(during.body.errors[0].message).toMatch(/数据库/);
      expect(JSON.stringify(during.body)).not.toMatch(/\bat [\w.<>]+ \(|node_modules/);
    }
    await waitFor(
      'GraphQL 恢复',
      async () => {
        const { body } = await gql('{ campaigns { id } }', token);
        return Array.isArray(body.data?.campaigns);
      },
      10_000,
      200,
    );
    const recoveredIn = Date.now() - killedAt;
    process.stdout.write(`embedded database killed → API answering again in ${recoveredIn} ms\n`);
    expect(recoveredIn).toBeLessThan(10_000);
    expect(postmasterPid(env['DATA_DIR']!)).not.toBe(old);
    expect(api.child.exitCode).toBeNull();
    // The supervisor says so once pg_ctl returns, which can be a moment after the server already
    // accepts connections (and the API answers again): wait for the line rather than race it.
    await waitFor('重启日志', async () => api.output().includes('内置数据库已重启'), 5_000, 100).catch(() => undefined);
    if (!api.output().includes('内置数据库已重启')) process.stdout.write(api.output().slice(-5000));
    expect(api.output()).toContain('内置数据库已重启');
    expect(api.output().match(/数据库不可用/g)?.length ?? 0).toBeLessThan(5);
  });

  it('stops within 5 s on SIGTERM, and its database with it', async () => {
    const server = postmasterPid(env['DATA_DIR']!);
    const started = Date.now();
    api.child.kill('SIGTERM');
    await api.exited;
    const took = Date.now() - started;
    process.stdout.write(`SIGTERM → exit in ${took} ms\n`);
    expect(took).toBeLessThan(5000);
    await waitFor('内置数据库停止', async () => !alive(server), 3000);
  });

  it('after a kill -9 of the API, the next start adopts the database left running', async () => {
    api = spawnApiProcess(env);
    await ready();
    const server = postmasterPid(env['DATA_DIR']!);
    api.child.kill('SIGKILL');
    await api.exited;
    expect(alive(server)).toBe(true);
    api = spawnApiProcess(env);
    await ready();
    expect(postmasterPid(env['DATA_DIR']!)).toBe(server);
    expect(api.output()).toContain('接管已在运行的内置数据库');
  });

  it('stops within 5 s on SIGTERM while its database is down', async () => {
    process.kill(postmasterPid(env['DATA_DIR']!), 'SIGKILL');
    await gql('{ __typename }');
    const started = Date.now();
    api.child.kill('SIGTERM');
    await api.exited;
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
