import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('pagination helpers', () => {
  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor(1234))).toBe(1234);
    expect(decodeCursor(null)).toBeNull();
  });

  it('refuses a forged cursor with VALIDATION', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => pageSize(101)).toThrow(/100/);
  });
});
