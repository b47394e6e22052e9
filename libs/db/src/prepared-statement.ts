import type { EntityManager } from '@mikro-orm/postgresql';

/** A statement written once with `:name` placeholders, sent by name so PostgreSQL parses it once per connection. */
export interface PreparedStatement<P extends string> {
  readonly name: string;
  readonly text: string;
  readonly params: readonly P[];
}

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
}

/**
 * `:name` (not `::type`) becomes `$n`, the same name the same number. Done once at load: a request
 * only binds values (no query builder, no SQL text built or escaped per request).
 */
export function prepareStatement<P extends string>(name: string, sql: string): PreparedStatement<P> {
  const params: P[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z]\w*)/g, (_match, param: P) => {
    let index = params.indexOf(param);
    if (index < 0) index = params.push(param) - 1;
    return `$${index + 1}`;
  });
  return { name, text, params };
}

/**
 * Runs a prepared statement on the request's connection (the transaction's when the
 * EntityManager is in one) with pg's extended protocol. Rows come back as pg reads them with the
 * ORM's type parsers (dates as text): the caller selects them already shaped.
 */
export async function runPrepared<P extends string, R>(em: EntityManager, statement: PreparedStatement<P>, values: Record<P, unknown>): Promise<R[]> {
  const transaction = em.getTransactionContext<{ client: KnexClient }>();
  const client = (transaction ?? (em.getConnection().getKnex() as unknown as { client: KnexClient })).client;
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query({ name: statement.name, text: statement.text, values: statement.params.map((param) => values[param] ?? null) });
    return result.rows as R[];
  } finally {
    await client.releaseConnection(connection);
  }
}
