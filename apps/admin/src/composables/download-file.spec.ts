import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadWithProgress, fileNameFromDisposition } from './download-file';

afterEach(() => vi.restoreAllMocks());

describe('downloads', () => {
  it('reads the file name of Content-Disposition, UTF-8 first', () => {
    expect(fileNameFromDisposition(`attachment; filename="package.zip"; filename*=UTF-8''%E4%BD%90%E8%AF%81%E6%9D%90%E6%96%99.zip`)).toBe('佐证材料.zip');
    expect(fileNameFromDisposition('attachment; filename="task-table.xlsx"')).toBe('task-table.xlsx');
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('reports the bytes received against Content-Length, then saves a Blob', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10));
        controller.enqueue(new Uint8Array(6));
        controller.close();
      },
    });
    const fetchImpl = vi.fn(async () => new Response(body, { status: 200, headers: { 'Content-Length': '16', 'Content-Disposition': 'attachment; filename="a.zip"' } }));
    const created = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const seen: Array<[number, number | null]> = [];
    const name = await downloadWithProgress('/x', 'fallback.zip', (p) => seen.push([p.received, p.total]), undefined, fetchImpl as unknown as typeof fetch);
    expect(name).toBe('a.zip');
    expect(seen[0]).toEqual([0, 16]);
    expect(seen[seen.length - 1]).toEqual([16, 16]);
    expect(created).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it("shows the API's message of a refusal", async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: '当前账号无权导出', extensions: { code: 'FORBIDDEN' } }] }), { status: 403 }));
    await expect(downloadWithProgress('/x', 'a.zip', () => undefined, undefined, fetchImpl as unknown as typeof fetch)).rejects.toMatchObject({ message: '当前账号无权导出', code: 'FORBIDDEN' });
  });
});
