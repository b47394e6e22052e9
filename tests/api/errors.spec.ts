import { type TestApi, startTestApi } from '../support/test-api';

describe('errors reach clients as a stable code and a Chinese message, never a stack trace', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  afterAll(async () => {
    await t?.close();
  });

  const expectCleanError = (error: { message: string; extensions?: Record<string, unknown> } | undefined, code: string) => {
    expect(error).toBeDefined();
    expect(error!.extensions?.['code']).toBe(code);
    expect(error!.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|\bat [\w.]+ \(|node_modules/);
  };

  it('gives NOT_FOUND for an unknown campaign id', async () => {
    const result = await t.gql('{ campaign(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expectCleanError(result.errors?.[0], 'NOT_FOUND');
    expect(result.errors![0].message).toContain('找不到');
  });

  it('gives VALIDATION for a malformed id', async () => {
    const result = await t.gql('{ campaign(id: "not-a-uuid") { id } }');
    expectCleanError(result.errors?.[0], 'VALIDATION');
  });

  it('gives VALIDATION for a page size out of range and for a forged cursor', async () => {
    const { data } = await t.gql('{ campaigns { id } }');
    const id = data!.campaigns[0].id;
    const tooMany = await t.gql('query($id: ID!) { tasks(campaignId: $id, first: 100000) { totalCount } }', { id });
    expectCleanError(tooMany.errors?.[0], 'VALIDATION');
    expect(tooMany.errors![0].message).toContain('100');
    const forged = await t.gql('query($id: ID!) { tasks(campaignId: $id, after: "abc") { totalCount } }', { id });
    expectCleanError(forged.errors?.[0], 'VALIDATION');
  });

  it('gives VALIDATION for a wrongly typed argument, an unknown field and a syntax error', async () => {
    const typed = await t.gql('{ tasks(campaignId: "x", first: "ten") { totalCount } }');
    expectCleanError(typed.errors?.[0], 'VALIDATION');
    const unknown = await t.gql('{ campaigns { nope } }');
    expectCleanError(unknown.errors?.[0], 'VALIDATION');
    const syntax = await t.gql('{ campaigns { id ');
    expectCleanError(syntax.errors?.[0], 'VALIDATION');
  });

  it('gives VALIDATION naming the value and the closed set for a value outside an enum (literal or variable)', async () => {
    const literal = await t.gql('{ availableTransitions(entityType: evidence, id: "00000000-0000-4000-8000-000000000000") { event } }');
    expectCleanError(literal.errors?.[0], 'VALIDATION');
    expect(literal.errors![0].message).toContain('「evidence」不在 WorkflowSubjectType 的可选范围内');
    const variable = await t.gql('query($t: WorkflowSubjectType!) { availableTransitions(entityType: $t, id: "00000000-0000-4000-8000-000000000000") { event } }', { t: 'due-soon' });
    expectCleanError(variable.errors?.[0], 'VALIDATION');
    expect(variable.errors![0].message).toContain('「due-soon」不在 WorkflowSubjectType 的可选范围内');
  });

  it('gives VALIDATION for a NUL character in a variable or a literal (PostgreSQL cannot store it), before anything runs', async () => {
    const viaVariable = await t.gql('mutation($input: TransitionInput!) { transition(input: $input) { state } }', {
      input: { entityType: 'task', id: '00000000-0000-4000-8000-000000000000', event: 'submit', comment: 'bad\u0000text' },
    });
    expectCleanError(viaVariable.errors?.[0], 'VALIDATION');
    expect(viaVariable.errors![0].message).toContain('空字符');
    const viaLiteral = await t.gql('{ tasks(campaignId: "00000000-0000-4000-8000-000000000000", search: "a\\u0000b") { totalCount } }');
    expectCleanError(viaLiteral.errors?.[0], 'VALIDATION');
  });

  it('gives VALIDATION for a date that does not exist (2022-02-31), not a rolled-over day or INTERNAL', async () => {
    for (const refersTo of ['2022-02-31', '2022-13-01', '2021-02-29']) {
      const result = await t.gql('mutation($input: ReplaceEvidenceInput!) { replaceEvidence(input: $input) { id } }', {
        input: { evidenceId: '00000000-0000-4000-8000-000000000000', fileId: '00000000-0000-4000-8000-000000000000', refersTo },
      });
      expectCleanError(result.errors?.[0], 'VALIDATION');
      expect(result.errors![0].message).toContain('日期');
    }
  });

  it('gives VALIDATION for such a date in every Date input (plans, due dates, sign-offs), before any resolver runs', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const cases: [string, Record<string, unknown>][] = [
      ['query($input: SetUpCampaignInput!) { previewCampaignSetUp(input: $input) { taskCount } }', { input: { templateId: id, backSchedule: { targetDate: '2022-02-31', phases: [] } } }],
      [
        'query($input: SetUpCampaignInput!) { previewCampaignSetUp(input: $input) { taskCount } }',
        { input: { templateId: id, phases: [{ key: 'a', name: 'A', startsOn: '2022-13-01', endsOn: '2022-12-31' }] } },
      ],
      ['mutation($input: ReplanCampaignInput!) { replanCampaign(input: $input) { batchId } }', { input: { campaignId: id, reason: '调整', tasks: [{ taskId: id, dueOn: '2021-02-29' }] } }],
      [
        'mutation($input: ReplanCampaignInput!) { replanCampaign(input: $input) { batchId } }',
        { input: { campaignId: id, reason: '调整', dueDates: [{ scope: 'rule', target: '1.1', dueOn: '2022/04/01' }] } },
      ],
      ['mutation($input: SignOffFormInput!) { signOffForm(input: $input) { id } }', { input: { formId: id, field: 'x', date: '2022-04-31', expectedVersion: 0 } }],
    ];
    for (const [query, variables] of cases) {
      const result = await t.gql(query, variables);
      expectCleanError(result.errors?.[0], 'VALIDATION');
      expect(result.errors![0].message).toContain('日期不正确');
    }
  });

  it('refuses a cross-site simple POST (Apollo CSRF prevention)', async () => {
    const response = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ campaigns { id } }' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('in production, refusals reveal nothing of the schema', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ seed: false, env: { GRAPHQL_INTROSPECTION: 'false' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('gives no "Did you mean …" suggestions and no introspection', async () => {
    const typo = await t.anonymous('{ campaignz { id } }');
    expect(typo.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean|campaigns/);
    const introspection = await t.anonymous('{ __schema { types { name } } }');
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0].extensions?.code).toBe('VALIDATION');
  });
});
