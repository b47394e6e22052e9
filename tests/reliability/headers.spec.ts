import { type TestApi, startTestApi } from '../support/test-api';

// Browser-side defences on every response (the admin UI's own pages are checked for CSP
// violations in the browser journey): CSP with no framing by other sites, no MIME sniffing,
// no referrer to other sites, no X-Powered-By, and HSTS only behind HTTPS.
describe('security headers', () => {
  let t: TestApi;
  let secure: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ seed: false });
    secure = await startTestApi({ seed: false, env: { COOKIE_SECURE: 'true' } });
  });

  afterAll(async () => {
    await t?.close();
    await secure?.close();
  });

  const headersOf = async (url: string, init?: RequestInit) => {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    return response.headers;
  };

  it.each([
    ['GET /healthz', '/healthz', undefined],
    ['POST /graphql', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }],
    ['GET an unknown path', '/nope', undefined],
  ])('%s carries the headers', async (_name, path, init) => {
    const headers = await headersOf(`${t.api.url}${path}`, init as RequestInit | undefined);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
    expect(headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the deployment says it is behind HTTPS (COOKIE_SECURE)', async () => {
    const headers = await headersOf(`${secure.api.url}/healthz`);
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it('lets only the admin itself frame an evidence preview (PDFs in the review queue)', async () => {
    const headers = await headersOf(`${t.api.url}/api/evidence/00000000-0000-4000-8000-000000000000/preview`);
    expect(headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});
