/**
 * A module's rows as other modules may read them inside a statement of their own (ADR 13).
 *
 * The owning module writes the select over its own tables and names the columns it promises;
 * a reader interpolates the relation where a table would stand (`from ${TASK_ROWS} t`) and never
 * names the owner's tables. PostgreSQL pulls a plain subquery up into the reader's plan, so the
 * statement runs as if it joined the table itself (checked by `tests/api/read-relations.spec.ts`,
 * which also runs every registered relation against the migrated schema).
 */
export interface ReadRelation {
  /** Stable name, `<module>.<purpose>`. */
  readonly name: string;
  /** The parenthesised select, ready to stand in a FROM or JOIN. */
  readonly sql: string;
  /** The columns the owner promises (the select's output, in order). */
  readonly columns: readonly string[];
  toString(): string;
}

const registered = new Map<string, ReadRelation>();

/**
 * Declares a relation. `select` must be a plain select (no aggregate, limit or order) so that
 * it can be pulled up into the reader's plan; its output columns must be exactly `columns`.
 */
export function readRelation(name: string, columns: readonly string[], select: string): ReadRelation {
  if (registered.has(name)) throw new Error(`read relation ${name} is declared twice`);
  const sql = `(${select.trim()})`;
  const relation: ReadRelation = { name, sql, columns, toString: () => sql };
  registered.set(name, relation);
  return relation;
}

/** Every relation declared by the modules loaded so far. */
export function readRelations(): readonly ReadRelation[] {
  return [...registered.values()];
}
