import { decodeCursor, encodeCursor, keysetConnection, keysetOrder, pageSize } from './pagination';

const BY_DUE_DATE = keysetOrder('tasks.dueOn', ['date', 'int', 'uuid']);
const ID = '6f1c2a9e-1b2c-4d3e-8f90-0a1b2c3d4e5f';

describe('pagination helpers', () => {
  it('round-trips a keyset cursor, opaque to clients', () => {
    const cursor = encodeCursor(BY_DUE_DATE, ['2026-03-01', 42, ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('2026');
    expect(decodeCursor(BY_DUE_DATE, cursor)).toEqual(['2026-03-01', 42, ID]);
    expect(decodeCursor(BY_DUE_DATE, null)).toBeNull();
    expect(decodeCursor(BY_DUE_DATE, '')).toBeNull();
  });

  it('refuses a forged cursor, another order’s cursor and a wrongly typed key with VALIDATION and a Chinese message', () => {
    const refused = expect.objectContaining({ code: 'VALIDATION', message: expect.stringContaining('从第一页开始'), details: expect.objectContaining({ reason: 'BAD_CURSOR' }) });
    expect(() => decodeCursor(BY_DUE_DATE, 'bm9wZQ')).toThrow(refused);
    expect(() => decodeCursor(BY_DUE_DATE, 'not a cursor!')).toThrow(refused);
    expect(() => decodeCursor(BY_DUE_DATE, encodeCursor(keysetOrder('tasks.table', ['int', 'uuid']), [1, ID]))).toThrow(refused);
    expect(() => decodeCursor(BY_DUE_DATE, Buffer.from(JSON.stringify(['tasks.dueOn', '2026-3-1', 1, ID])).toString('base64url'))).toThrow(refused);
    expect(() => decodeCursor(BY_DUE_DATE, Buffer.from(JSON.stringify(['tasks.dueOn', '2026-03-01', 1.5, ID])).toString('base64url'))).toThrow(refused);
    expect(() => decodeCursor(BY_DUE_DATE, Buffer.from(JSON.stringify(['tasks.dueOn', '2026-03-01', 1, "x' or 1=1"])).toString('base64url'))).toThrow(refused);
  });

  it('builds a Relay page: next page when a row beyond it was read, previous page when read after a cursor', () => {
    const order = keysetOrder('numbers', ['int']);
    const edge = (n: number) => ({ cursor: encodeCursor(order, [n]), node: n });
    const first = keysetConnection([1, 2, 3], 2, null, 5, edge);
    expect(first.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: edge(1).cursor, endCursor: edge(2).cursor });
    const last = keysetConnection([5], 2, first.pageInfo.endCursor, 5, edge);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: edge(5).cursor, endCursor: edge(5).cursor });
    expect(keysetConnection([], 2, null, 0, edge).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => pageSize(101)).toThrow(/100/);
  });
});
