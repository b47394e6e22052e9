// @timing-sensitive: times how fast requests fail and recover while the database is away; npm test runs it alone, after the parallel suites.
import { type TestApi, startTestApi } from '../support/test-api';
import { createTestDatabase } from '../support/test-database';
import { type TcpProxy, startTcpProxy } from '../support/tcp-proxy';
import { status, waitFor } from '../support/api-process';

// An external PostgreSQL (DATABASE_URL) that goes away under traffic: requests fail fast with
// SERVICE_UNAVAILABLE (never a hang, a 500 body or a crash), /readyz says so, and the API
// serves again within 10 s of the database coming back, without a restart.
describe('the API when its external database goes away and comes back', () => {
  let proxy: TcpProxy;
  let t: TestApi;
  let campaignsQuery: () => Promise<{ status: number; body: any; ms: number }>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    const url = new URL(database.url);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    t = await startTestApi({ database: { ...database, url: url.toString() } });
    campaignsQuery = async () => {
      const started = performance.now();
      const response = await fetch(`${t.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${(t.gql as unknown as { token: string }).token}` },
        body: JSON.stringify({ query: '{ campaigns { id } }' }),
      });
      return { status: response.status, body: await response.json(), ms: performance.now() - started };
    };
  });

  afterAll(async () => {
    await proxy?.restore().catch(() => undefined);
    await t?.close();
    await proxy?.close();
  });

  it('serves before the outage', async () => {
    const { body } = await campaignsQuery();
    expect(body.data.campaigns.length).toBe(1);
    expect(await status(`${t.api.url}/readyz`)).toBe(200);
    expect(await status(`${t.api.url}/healthz`)).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE quickly while the database is gone, and /readyz says 503', async () => {
    await proxy.cut();
    for (let i = 0; i < 5; i++) {
      const { status: code, body, ms } = await campaignsQuery();
      expect(code).toBeLessThan(600);
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0].message).toContain('数据库');
      expect(JSON.stringify(body)).not.toMatch(/\bat [\w.<>]+ \(|node_modules|ECONNREFUSED/);
      expect(ms).toBeLessThan(7000);
    }
    expect(await status(`${t.api.url}/readyz`)).toBe(503);
    expect(await status(`${t.api.url}/healthz`)).toBe(200);
  });

  it('serves again within 10 s of the database coming back', async () => {
    await proxy.restore();
    const back = Date.now();
    await waitFor('恢复', async () => Array.isArray((await campaignsQuery()).body.data?.campaigns), 10_000, 200);
    const took = Date.now() - back;
    process.stdout.write(`external database back → API answering again in ${took} ms\n`);
    expect(took).toBeLessThan(10_000);
    expect(await status(`${t.api.url}/readyz`)).toBe(200);
  });
});
