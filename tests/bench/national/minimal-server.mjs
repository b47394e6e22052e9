// The limit for whole requests: a minimal Node GraphQL server over the product's own schema
// (apps/api/schema.gql) whose root fields answer from the hand-written SQL (limit-answers.mjs),
// with the same bearer-token sessions. It answers the UI's documents with identical JSON (the
// suite checks); graphql-js does the rest, served by graphql-http (which adds
// nothing else on a POST with a JSON body).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { buildSchema, execute, parse } from 'graphql';
import pg from 'pg';
import { root } from '../bench-harness.mjs';
import * as answers from './limit-answers.mjs';

const tokenHash = (token) => createHash('sha256').update(token).digest('hex');

/** A pg pool whose query() returns rows and counts statements. */
export function countingPool(url, max = 10) {
  const pool = new pg.Pool({ connectionString: url, max });
  const db = {
    statements: 0,
    query: async (sql, params) => {
      db.statements++;
      return (await pool.query(sql, params)).rows;
    },
    end: () => pool.end(),
  };
  return db;
}

export const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

/** Root fields of the documents the suite compares, each answered by its SQL. */
export function rootValue(db) {
  const wrap = (answer) => (args, context) => answer(db, context.actor, args);
  return {
    campaignDashboard: wrap(answers.campaignDashboard),
    campaignScores: wrap(answers.campaignScores),
    campaign: wrap(answers.campaign),
    tasks: wrap(answers.tasks),
  };
}

/** The GraphQL data of `document` over a ready answer (for the equality check of the SQL alone). */
export async function project(document, variables, data) {
  const result = await execute({
    schema,
    document: parse(document),
    rootValue: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, () => value])),
    variableValues: variables,
  });
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data;
}

export async function startMinimalServer(url, { poolMax = 10 } = {}) {
  const db = countingPool(url, poolMax);
  const resolvers = rootValue(db);
  const actorOf = async (authorization) => {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    return token ? answers.authenticate(db, token, tokenHash) : null;
  };
  const { createHandler } = await import('graphql-http/lib/use/http');
  const handler = createHandler({
    schema,
    rootValue: resolvers,
    context: async (req) => ({ actor: await actorOf(req.raw.headers.authorization) }),
  });
  const handle = (req, res) => handler(req, res);
  const implementation = 'graphql-http + pg';
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    implementation,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.end();
    },
  };
}
