import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GraphQLInputType, buildSchema, getNamedType } from 'graphql';
import { ErrorCode } from '@accredit/api-kit';
import { type TestApi, startTestApi } from '../support/test-api';
import { type Expectation, type Variant, operationVariants, operationsOf } from '../support/malformed-graphql';
import { pick, seededRandom } from '../support/seeded-random';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';

/**
 * Thousands of generated malformed requests — every operation of apps/api/schema.gql with one
 * argument made wrong at a time, broken documents, broken HTTP bodies — anonymous and as each
 * role. Every answer must be a refusal the client can read: HTTP status < 500, a JSON body with
 * errors[].extensions.code (never INTERNAL), a Chinese message, nothing of the server's insides
 * (stack, file path, SQL), within 3 s. NUL bytes and impossible dates must come back as
 * VALIDATION. Reproducible: FUZZ_SEED (default 13) seeds every choice.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 13);
const MIN_REQUESTS = 2000;
// A refusal that hangs (a parser waiting for bytes that never come, a loop) runs into the request
// timeout; 3 s tells that apart from a slow answer while the rest of the suites run beside this
// file (a 1 s limit failed on an .xlsx preview at load 15). How fast refusals are is measured alone,
// by the timing-sensitive query-limits and login files.
const TIME_LIMIT_MS = 3000;
const schema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));
/** Codes that mean the server failed rather than refused the input. */
const SERVER_FAULTS: string[] = [ErrorCode.Internal, ErrorCode.ServiceUnavailable, ErrorCode.Timeout];
const REFUSAL_CODES = new Set<string>(Object.values(ErrorCode).filter((code) => !SERVER_FAULTS.includes(code)));
/** Refusals that come before a resolver looks at its arguments: who the caller is. */
const CALLER_REFUSALS = new Set<string>([ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.TooManyRequests]);
const LEAKS: [string, RegExp][] = [
  ['stack trace', /\n\s+at |\bat [\w$.<>]+ \(|stacktrace/i],
  ['node_modules', /node_modules/],
  ['file path', /\/(?:work|home|usr|opt|root|srv|app)\/[\w.-]+\/|\.[jt]s:\d+:\d+/],
  [
    'SQL or driver text',
    /syntax error at or near|violates [\w ]*constraint|invalid input syntax for|duplicate key value|relation "\w+"|column "\w+"|DriverException|QueryFailedError|mikro-?orm|knex|\bselect\b[^"]{0,80}\bfrom\b/i,
  ],
];
const CHINESE = /[\u4e00-\u9fff]/;

interface Probe {
  caller: string;
  operation: string;
  kind: string;
  label: string;
  expect: Expectation;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

interface Answer {
  status: number;
  text: string;
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function send(base: string, probe: Probe): Promise<Answer> {
  const url = new URL(probe.path, base);
  const started = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...probe.headers };
    if (probe.body !== undefined) headers['content-length'] = Buffer.byteLength(probe.body);
    const req = request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: probe.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', () => resolve({ status: 0, text: '', ms: performance.now() - started }));
    });
    req.on('error', (error) => resolve({ status: 0, text: `connection error: ${error.message}`, ms: performance.now() - started }));
    req.end(probe.body);
  });
}

interface Judgement {
  /** The first error's code, or `ok` when the request was answered with data. */
  outcome: string;
  problems: string[];
}

/** What is wrong with one answer (nothing, for a clean refusal or a legal success). */
function judge(probe: Probe, answer: Answer): Judgement {
  const problems: string[] = [];
  if (answer.status === 0) return { outcome: 'no answer', problems: ['no HTTP answer (connection dropped)'] };
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.ms >= TIME_LIMIT_MS) problems.push(`answered in ≥ ${TIME_LIMIT_MS} ms`);
  // A download or an export that succeeded is not JSON; its refusals are.
  if (probe.kind === 'http-route' && answer.status < 400) {
    if (probe.expect !== 'any') problems.push('accepted');
    return { outcome: `HTTP ${answer.status}`, problems };
  }
  for (const [what, pattern] of LEAKS) if (pattern.test(answer.text)) problems.push(`body shows ${what}`);
  let body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null = null;
  try {
    body = JSON.parse(answer.text);
  } catch {
    body = null;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    problems.push(`not a JSON object (HTTP ${answer.status})`);
    return { outcome: `HTTP ${answer.status}`, problems };
  }
  const errors = Array.isArray(body.errors) ? body.errors : null;
  if (!errors && (body.data === undefined || answer.status >= 400)) {
    problems.push(`not our error body: no errors[] (HTTP ${answer.status})`);
    return { outcome: `HTTP ${answer.status}`, problems };
  }
  for (const error of errors ?? []) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string') problems.push('an error without extensions.code');
    else if (!REFUSAL_CODES.has(code)) problems.push(`code ${code}`);
    if (typeof error?.message !== 'string' || !CHINESE.test(error.message)) problems.push('a message that is not Chinese');
  }
  const code = errors?.[0]?.extensions?.code;
  const outcome = errors ? String(code ?? 'no code') : 'ok';
  if (probe.expect !== 'any' && !errors) problems.push('accepted');
  if (probe.expect === 'validation' && errors && code !== ErrorCode.Validation && !CALLER_REFUSALS.has(String(code))) problems.push(`${String(code)} instead of VALIDATION`);
  return { outcome, problems };
}

describe('bad input: thousands of generated malformed requests, no 5xx, no stack trace, a clear message each', () => {
  let t: TestApi;
  let dir: string;
  const callers: { name: string; token?: string }[] = [{ name: 'anonymous' }];
  const known: Record<string, unknown> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-fuzz-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir } });
    for (const name of ['office', 'kexie', 'supervisor', 'expert', 'sysadmin']) callers.push({ name, token: (await t.as(name)).token });
    const kexie = await t.as('kexie');
    const campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    const me = await kexie('{ me { department { id } } }');
    const tasks = await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 1) { edges { node { id scoringRule { id } } } } }', { id: campaignId });
    const task = tasks.data!.tasks.edges[0].node;
    const groups = await t.gql('{ departmentGroups(first: 1) { edges { node { id } } } }');
    const user = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'fuzz-target', displayName: '模糊测试账号', password: 'Fuzz@2026target', roles: ['supervisor'] },
    });
    const upload = (fields: Record<string, string>) =>
      uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: task.id, ...fields }, [{ filename: '材料.pdf', data: fixtures.pdf() }], { token: kexie.token });
    const evidence = await upload({ requirementCode: '1-1' });
    const fileOnly = await upload({});
    Object.assign(known, {
      campaignId,
      taskId: task.id,
      ruleId: task.scoringRule.id,
      departmentId: me.data!.me.department.id,
      groupId: groups.data!.departmentGroups.edges[0].node.id,
      userId: user.data!.createUser.id,
      evidenceId: evidence.json.files[0].evidenceId,
      fileId: fileOnly.json.files[0].fileId,
    });
    expect(Object.values(known).every((value) => typeof value === 'string' && value.length === 36)).toBe(true);
  });

  afterAll(async () => {
    agent.destroy();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Plausible values, so that one wrong leaf is what the API has to deal with. */
  function baseline(name: string, type: GraphQLInputType, operation: string): unknown {
    if (name === 'id') return operation === 'Query.campaign' ? known['campaignId'] : operation === 'Mutation.updateDepartment' ? known['departmentId'] : known['taskId'];
    if (name === 'departmentIds') return [known['departmentId']];
    if (typeof known[name] === 'string') return known[name];
    const values: Record<string, unknown> = {
      entityType: 'task',
      event: 'submit',
      requirementCode: '1-1',
      indicatorCode: '1',
      state: 'pending',
      key: 'task',
      first: 10,
      after: null,
      version: 1,
      expectedVersion: 1,
      expectedRevision: 1,
      roles: ['supervisor'],
      // An unknown username: the fuzz never throttles a real account.
      username: 'fuzz-nobody',
      password: 'Wrong@password1',
      currentPassword: 'Wrong@password1',
      newPassword: 'Fuzz@2026changed',
      issueToken: true,
      contentBase64: Buffer.from('指标,分值\n1,10\n').toString('base64'),
      fileName: '指标.csv',
      input: { achieved: true },
      email: null,
      organisationId: null,
      workflowKey: null,
      taskWorkflowKey: null,
    };
    if (name in values) return values[name];
    return getNamedType(type).name === 'String' ? '模糊测试' : undefined;
  }

  /** Broken HTTP requests to /graphql and the other routes, whatever the document. */
  function transportProbes(caller: { name: string; token?: string }): Omit<Probe, 'caller'>[] {
    const auth: Record<string, string> = caller.token ? { authorization: `Bearer ${caller.token}` } : {};
    const json = { 'content-type': 'application/json', ...auth };
    const post = (label: string, body: string | Buffer, headers: Record<string, string> = json, expect: Expectation = 'refused'): Omit<Probe, 'caller'> => ({
      operation: 'HTTP /graphql',
      kind: 'http-body',
      label,
      expect,
      method: 'POST',
      path: '/graphql',
      headers,
      body,
    });
    const me = JSON.stringify({ query: '{ me { id } }' });
    const bad = pick(seededRandom(SEED), ['not-a-uuid', '%00', '..%2F..%2Fetc%2Fpasswd', '%E2%80%AE', '00000000-0000-4000-8000-00000000000g']);
    const route = (method: string, path: string, expect: Expectation = 'refused', headers: Record<string, string> = auth, body?: Buffer): Omit<Probe, 'caller'> => ({
      operation: `HTTP ${method} ${path.replace(/\?.*$/, '')}`,
      kind: 'http-route',
      label: path,
      expect,
      method,
      path,
      headers,
      body,
    });
    return [
      post('not JSON', '{not json'),
      post('truncated JSON', me.slice(0, 10)),
      post('an empty body', ''),
      post('a JSON array (a batch)', JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }])),
      post('an empty JSON array', '[]'),
      post('a JSON number', '42'),
      post('a JSON string', '"{ me { id } }"'),
      post('JSON null', 'null'),
      post('an empty object', '{}'),
      post('query is a number', JSON.stringify({ query: 42 })),
      post('query is an object', JSON.stringify({ query: { me: 1 } })),
      post('variables is a string', JSON.stringify({ query: '{ me { id } }', variables: '{}' })),
      post('variables is an array', JSON.stringify({ query: '{ me { id } }', variables: [1] }), json, 'any'),
      post('operationName is a number', JSON.stringify({ query: '{ me { id } }', operationName: 5 })),
      post('extensions is a string', JSON.stringify({ query: '{ me { id } }', extensions: 'x' })),
      post('a persisted-query hash only', JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } })),
      post('an operator object in variables', JSON.stringify({ query: 'query($a: ID!) { campaign(id: $a) { id } }', variables: { a: { $ne: null } } })),
      post('__proto__ in variables', '{"query":"query($a: ID!) { campaign(id: $a) { id } }","variables":{"__proto__":{"a":"x"},"a":"x"}}'),
      post('duplicated JSON keys', '{"query":"{ me { id } }","query":"{ me { id } }"}', json, 'any'),
      post('JSON nested 10,000 deep', `{"query":"{ me { id } }","variables":{"a":${'['.repeat(10000)}${']'.repeat(10000)}}}`, json, 'any'),
      post('invalid UTF-8 bytes', Buffer.concat([Buffer.from('{"query":"{ me { id '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' } }"}')])),
      post('a byte-order mark before the JSON', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(me)]), json, 'any'),
      post('a 5 MB body', JSON.stringify({ query: '{ me { id } }', variables: { a: 'x'.repeat(5 * 1024 * 1024) } })),
      post('text/plain (a cross-site simple request)', me, { 'content-type': 'text/plain', ...auth }),
      post('form-urlencoded', 'query=%7B%20me%20%7B%20id%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded', ...auth }),
      post('multipart/form-data', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--\r\n', { 'content-type': 'multipart/form-data; boundary=x', ...auth }),
      post('application/xml', '<query>me</query>', { 'content-type': 'application/xml', 'apollo-require-preflight': '1', ...auth }),
      post('no content-type', me, { 'apollo-require-preflight': '1', ...auth }),
      post('an unknown charset', me, { 'content-type': 'application/json; charset=klingon', ...auth }),
      post('UTF-16 declared, UTF-8 sent', me, { 'content-type': 'application/json; charset=utf-16', ...auth }),
      post('gzip declared, not gzip', me, { 'content-encoding': 'gzip', ...json }),
      post('an unknown content-encoding', me, { 'content-encoding': 'zz', ...json }),
      post('a cross-site mutation', JSON.stringify({ query: 'mutation { logout }' }), { ...json, origin: 'https://evil.example' }),
      post('a malformed bearer token', me, { 'content-type': 'application/json', authorization: `Bearer ${'x'.repeat(4000)}` }),
      post('another authorization scheme', me, { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4=' }),
      post('a garbage session cookie', me, { 'content-type': 'application/json', cookie: 'accredit_session=%%%; other=\u00ff' }),
      {
        operation: 'HTTP /graphql',
        kind: 'http-body',
        label: 'GET with a JSON body',
        expect: 'refused',
        method: 'GET',
        path: '/graphql',
        headers: { ...json, 'apollo-require-preflight': '1' },
        body: me,
      },
      {
        operation: 'HTTP /graphql',
        kind: 'http-body',
        label: 'GET without a query',
        expect: 'refused',
        method: 'GET',
        path: '/graphql?variables=%7B%7D',
        headers: { 'apollo-require-preflight': '1', ...auth },
      },
      {
        operation: 'HTTP /graphql',
        kind: 'http-body',
        label: 'GET with malformed variables',
        expect: 'refused',
        method: 'GET',
        path: '/graphql?query=%7Bme%7Bid%7D%7D&variables=%7Bnope',
        headers: { 'apollo-require-preflight': '1', ...auth },
      },
      { operation: 'HTTP /graphql', kind: 'http-body', label: 'PUT', expect: 'refused', method: 'PUT', path: '/graphql', headers: json, body: me },
      { operation: 'HTTP /graphql', kind: 'http-body', label: 'DELETE', expect: 'refused', method: 'DELETE', path: '/graphql', headers: { 'apollo-require-preflight': '1', ...auth } },
      route('GET', `/api/evidence/${bad}/download`),
      route('GET', `/api/evidence/${known['evidenceId']}/download?version=-1`),
      route('GET', `/api/evidence/${known['evidenceId']}/download?version=1e400`),
      route('GET', `/api/evidence/${known['evidenceId']}/preview`, 'any', { ...auth, range: 'bytes=99999999999999999999-' }),
      route('GET', `/api/evidence/${known['evidenceId']}/preview`, 'any', { ...auth, range: 'bytes=5-1,zz' }),
      route('GET', `/api/campaigns/${bad}/export/task-table.xlsx`),
      route('GET', `/api/campaigns/${bad}/export/self-assessment.docx`),
      route('GET', `/api/campaigns/${bad}/export/evidence-package.zip`),
      // A preview answers with the problems it found in the file.
      route('POST', '/api/indicator-tables/preview?fileName=%00.xlsx', 'any', { ...auth, 'content-type': 'application/octet-stream' }, Buffer.from('PK\u0003\u0004 not really a zip')),
      route('POST', '/api/indicator-tables/import?fileName=..%2F..%2Fa.csv', 'refused', { ...auth, 'content-type': 'application/octet-stream' }, Buffer.alloc(0)),
      route('POST', '/api/evidence/upload', 'refused', { ...auth, 'content-type': 'multipart/form-data' }, Buffer.from('no boundary')),
    ];
  }

  it(`answers ≥ ${MIN_REQUESTS} malformed requests (seed ${SEED}) with clean refusals`, async () => {
    const random = seededRandom(SEED);
    const operations = operationsOf(schema);
    const variants = new Map<string, Variant[]>(operations.map((operation) => [operation, operationVariants(schema, operation, baseline, random)]));
    const perCaller = [...variants.values()].reduce((sum, list) => sum + list.length, 0);
    // The office admin reaches deepest: every variant. The others: a seeded share, enough for the total.
    const share = Math.min(1, (MIN_REQUESTS * 1.2 - perCaller) / (perCaller * (callers.length - 1)));
    const probes: Probe[] = [];
    for (const caller of callers) {
      const auth: Record<string, string> = caller.token ? { authorization: `Bearer ${caller.token}` } : {};
      for (const [operation, list] of variants) {
        for (const variant of list) {
          if (caller.name !== 'office' && random() >= share) continue;
          const common = { caller: caller.name, operation, kind: variant.kind, label: variant.label, expect: variant.expect };
          if (variant.get) {
            const query = new URLSearchParams({ query: variant.body.query, variables: JSON.stringify(variant.body.variables ?? {}), operationName: variant.body.operationName ?? '' });
            probes.push({ ...common, method: 'GET', path: `/graphql?${query}`, headers: { 'apollo-require-preflight': '1', ...auth } });
          } else probes.push({ ...common, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(variant.body) });
        }
      }
      for (const probe of transportProbes(caller)) probes.push({ ...probe, caller: caller.name });
    }
    expect(probes.length).toBeGreaterThanOrEqual(MIN_REQUESTS);

    const outcomes = new Map<string, number>();
    const byKind = new Map<string, Map<string, number>>();
    const problems = new Map<string, string[]>();
    const times: number[] = [];
    const started = Date.now();
    for (const probe of probes) {
      const answer = await send(t.api.url, probe);
      times.push(answer.ms);
      const { outcome, problems: found } = judge(probe, answer);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      const kind = byKind.get(probe.kind) ?? new Map<string, number>();
      kind.set(outcome, (kind.get(outcome) ?? 0) + 1);
      byKind.set(probe.kind, kind);
      for (const problem of found) {
        // A transport-level problem is one cause whatever the operation: one line for it.
        const key = problem.startsWith('not our error body') ? problem : `${problem} — ${probe.operation}`;
        const examples = problems.get(key) ?? [];
        examples.push(`${probe.caller} · ${probe.operation} · ${probe.label} → HTTP ${answer.status} ${Math.round(answer.ms)} ms ${answer.text.slice(0, 240)}`);
        problems.set(key, examples);
      }
    }

    times.sort((a, b) => a - b);
    const count = (map: Map<string, number>) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([key, n]) => `${key} ${n}`)
        .join(', ');
    process.stdout.write(
      [
        `bad-input fuzz, seed ${SEED}: ${probes.length} requests (${operations.length} operations × ${callers.length} callers + HTTP) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          `p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p99 ${times[Math.floor(times.length * 0.99)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
        `answers by code: ${count(outcomes)}`,
        ...[...byKind.entries()].sort().map(([kind, map]) => `  ${kind}: ${count(map)}`),
        problems.size ? `PROBLEMS (${[...problems.values()].reduce((n, list) => n + list.length, 0)} answers):` : 'no problems',
        ...[...problems.entries()].map(
          ([key, examples]) =>
            `  ${examples.length} × ${key}\n${examples
              .slice(0, 3)
              .map((e) => `      e.g. ${e}`)
              .join('\n')}`,
        ),
      ].join('\n') + '\n',
    );

    // Still serving after all of it.
    const me = await t.gql('{ me { id } }');
    expect(me.data?.me.id).toBeTruthy();
    expect([...problems.entries()].map(([key, examples]) => `${examples.length} × ${key}`)).toEqual([]);
    // ~60 s on a quiet machine; each request's own limit is checked above, not the suite's pace.
  }, 300_000);
});
