import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AppError } from './app-error';

/** The largest page: bounds the work of one request (issue: a 500-row page held the event loop for 200 ms). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType('PageInfo', { description: '分页信息' })
export class PageInfo {
  @Field({ description: '之后是否还有数据' })
  hasNextPage!: boolean;

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

/** Validates `first`, so a client learns the limit instead of silently getting less. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppError.validation(`每页条数 first 须在 1 到 ${MAX_PAGE_SIZE} 之间，收到 ${first}`, { first });
  }
  return first;
}

/** Cursors are opaque to clients: a base64 of the position in a stable order. */
export function encodeCursor(position: number): string {
  return Buffer.from(`p:${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^p:(\d{1,15})$/.exec(text);
  if (!match) throw AppError.validation(`游标 after 无效：${cursor}，请使用上一页返回的 endCursor`, { after: cursor });
  return Number(match[1]);
}
