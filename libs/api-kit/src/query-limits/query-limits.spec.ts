import { EventEmitter } from 'node:events';
import { ApolloServer } from '@apollo/server';
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { requestLoader } from '../request-loaders';
import { DEFAULT_QUERY_LIMITS, queryLimitsPlugin } from './query-limits';

const STEP_MS = 20;

/**
 * Node.child loads through a per-request DataLoader (where the API's resolvers do their database
 * work) that takes STEP_MS, so a query `child { child { … } }` runs level after level.
 */
function slowSchema(calls: { count: number }): GraphQLSchema {
  const Node: GraphQLObjectType = new GraphQLObjectType({
    name: 'Node',
    fields: () => ({
      depth: { type: GraphQLInt, resolve: (depth: number) => depth },
      child: {
        type: Node,
        resolve: (depth: number, _args: unknown, context: object) =>
          requestLoader<number, number>(context, 'child', async (depths) => {
            calls.count++;
            await new Promise((resolve) => setTimeout(resolve, STEP_MS));
            return depths.map((d) => d + 1);
          }).load(depth),
      },
    }),
  });
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { root: { type: Node, resolve: () => 0 } } }) });
}

const LEVELS = 20;
const query = `{ root { ${'child { '.repeat(LEVELS)}depth${' }'.repeat(LEVELS)} } }`;

async function run(options: { timeoutMs?: number; closeAfterMs?: number }) {
  const calls = { count: 0 };
  const server = new ApolloServer({
    schema: slowSchema(calls),
    plugins: [queryLimitsPlugin({ ...DEFAULT_QUERY_LIMITS, requestTimeoutMs: options.timeoutMs ?? 60_000 })],
  });
  await server.start();
  const res = Object.assign(new EventEmitter(), { writableFinished: false });
  if (options.closeAfterMs) setTimeout(() => res.emit('close'), options.closeAfterMs);
  const started = Date.now();
  const response = await server.executeOperation({ query }, { contextValue: { res } as never });
  const ms = Date.now() - started;
  await server.stop();
  return { calls: calls.count, ms, errors: response.body.kind === 'single' ? response.body.singleResult.errors : undefined };
}

describe('queryLimitsPlugin: work stops when the client goes away or time runs out', () => {
  it('loads every level when nothing interrupts', async () => {
    const { calls, errors } = await run({});
    expect(calls).toBe(LEVELS);
    expect(errors).toBeUndefined();
  });

  it('starts no more loads once the client has closed the connection', async () => {
    // Beside the same query left to run, in the same run (a busy machine slows both).
    const whole = await run({});
    const { calls, ms, errors } = await run({ closeAfterMs: STEP_MS * 3 });
    expect(calls).toBeLessThan(6);
    expect(ms).toBeLessThan(whole.ms / 2);
    expect(errors?.[0].message).toContain('客户端已断开');
  });

  it('starts no more loads past the request timeout', async () => {
    const { calls, errors } = await run({ timeoutMs: STEP_MS * 3 });
    expect(calls).toBeLessThan(6);
    expect(errors?.[0].message).toContain('请求处理超过');
  });
});

describe('a cancelled request’s loaders', () => {
  it('reject with the cancellation itself (a TIMEOUT AppError), not DataLoader’s complaint', async () => {
    const { cancelRequest, timedOut } = await import('../request-cancellation');
    const context = {};
    const loader = requestLoader<number, number>(context, 'x', async (keys) => keys.map((k) => k));
    cancelRequest(context, timedOut(1000));
    await expect(loader.load(1)).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});

describe('queryLimitsPlugin: the cost estimate of a document sent again', () => {
  const Item = new GraphQLObjectType({ name: 'Item', fields: { n: { type: GraphQLInt, resolve: () => 1 } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        items: {
          type: new GraphQLList(Item),
          args: { first: { type: GraphQLInt }, label: { type: GraphQLString } },
          resolve: (_root: unknown, args: { first: number }) => Array.from({ length: Math.min(args.first, 3) }, () => ({})),
        },
      },
    }),
  });
  const query = 'query Items($first: Int!, $label: String) { items(first: $first, label: $label) { n } }';

  it('is kept per page size: the same text with a larger page is still refused, a smaller one still answered', async () => {
    const server = new ApolloServer({ schema, plugins: [queryLimitsPlugin({ ...DEFAULT_QUERY_LIMITS, maxCost: 100 })] });
    await server.start();
    const ask = async (variables: Record<string, unknown>) => {
      const response = await server.executeOperation({ query, variables });
      // Without the API's formatError the refusal shows as its message (the code is added there).
      const error = response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined;
      return error ? (error.message.startsWith('查询的数据量过大') ? 'QUERY_TOO_COMPLEX' : error.message) : 'ok';
    };
    // Each twice, alternating, and with another non-page variable: a cached estimate must never answer for another page size.
    expect(await ask({ first: 10, label: 'a' })).toBe('ok');
    expect(await ask({ first: 1000, label: 'a' })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ first: 10, label: 'b' })).toBe('ok');
    expect(await ask({ first: 1000, label: 'b' })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ first: 99 })).toBe('ok'); // 1 + 99 × 1
    expect(await ask({ first: 100 })).toBe('QUERY_TOO_COMPLEX'); // 101 > 100
    await server.stop();
  });
});
