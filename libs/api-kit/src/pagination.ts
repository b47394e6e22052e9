import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiKitRefusal, apiKitError } from './api-kit.exception';

/** The largest page: bounds the work of one request (issue: a 500-row page held the event loop for 200 ms). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType('PageInfo', { description: '分页信息（Relay 规范）' })
export class PageInfo {
  @Field({ description: '之后是否还有数据' })
  hasNextPage!: boolean;

  @Field({ description: '之前是否还有数据：从某个游标之后取的页为 true，第一页为 false' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页第一条的游标；本页为空时为空' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页最后一条的游标，传给 after 取下一页' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** A Relay-style connection type for one node type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: '游标' })
    cursor!: string;

    @Field(() => node, { description: '数据' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => Int, { description: '符合条件的总数' })
    totalCount!: number;

    @Field(() => [EdgeType], { description: '本页数据' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: '分页信息' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** A keyset list's page arguments; a list's own filters extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: '每页条数（1–100，默认 50）' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '上一页的 endCursor' })
  after?: string | null;
}

/** Validates `first`, so a client learns the limit instead of silently getting less. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw apiKitError(ApiKitRefusal.BadPageSize, `每页条数 first 须在 1 到 ${MAX_PAGE_SIZE} 之间，收到 ${first}`, { first });
  }
  return first;
}

/** The parts of a sort key: text, an integer, a uuid, a calendar day or an instant. */
export type KeyPart = 'text' | 'int' | 'uuid' | 'date' | 'instant';
type KeyValue<P extends KeyPart> = P extends 'int' ? number : string;
export type KeyValues<S extends readonly KeyPart[]> = { [I in keyof S]: KeyValue<S[I]> };

const KEY_PART_CHECKS: Record<KeyPart, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && value.length <= 500,
  int: (value) => Number.isSafeInteger(value),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  date: (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value),
  instant: (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/.test(value),
};

/**
 * A keyset cursor: the sort key of the row it points at (ending in the row's id), with the name
 * of the order it belongs to, as base64url JSON. Opaque to clients; the next page is the rows
 * after that key (`WHERE (sort key, id) > (…)`), so rows inserted or removed meanwhile never
 * shift a page, and a cursor of another order is refused instead of misread.
 */
export interface KeysetOrder<S extends readonly KeyPart[]> {
  /** Names the list and its order, e.g. `tasks.dueOn`. */
  name: string;
  parts: S;
}

export function keysetOrder<const S extends readonly KeyPart[]>(name: string, parts: S): KeysetOrder<S> {
  return { name, parts };
}

export function encodeCursor<S extends readonly KeyPart[]>(order: KeysetOrder<S>, key: KeyValues<S>): string {
  return Buffer.from(JSON.stringify([order.name, ...(key as readonly unknown[])]), 'utf8').toString('base64url');
}

/** The key a cursor points at; null without a cursor; VALIDATION for a cursor that is not one of this order's. */
export function decodeCursor<S extends readonly KeyPart[]>(order: KeysetOrder<S>, cursor: string | null | undefined): KeyValues<S> | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const refuse = () => apiKitError(ApiKitRefusal.BadCursor, '游标 after 无效：请使用上一页返回的 endCursor；更换排序或筛选条件后须从第一页开始', { after: cursor.slice(0, 200) });
  if (cursor.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== order.parts.length + 1 || parsed[0] !== order.name) throw refuse();
  const key = parsed.slice(1);
  if (!order.parts.every((part, index) => KEY_PART_CHECKS[part](key[index]))) throw refuse();
  return key as KeyValues<S>;
}

/**
 * A connection from the rows of one keyset read (`first + 1` rows, to know whether more follow).
 * hasPreviousPage: a page read after a cursor has the cursor's row (or rows before it) ahead of it.
 */
export function keysetConnection<R, N>(rows: readonly R[], first: number, after: unknown, totalCount: number, edge: (row: R) => Edge<N>): Connection<N> {
  const edges = rows.slice(0, first).map(edge);
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The page of someone who may see nothing. */
export function emptyConnection<N>(): Connection<N> {
  return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
}
