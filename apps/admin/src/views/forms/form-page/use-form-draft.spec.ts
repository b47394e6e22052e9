import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CopyStore, LocalCopy } from '../forms.model';
import { useFormDraft, type SavedForm } from './use-form-draft';

// The draft's rules without a page: one save per pause in typing, with the version read; a copy in
// the browser until saved; reopened with unsaved values, they come back (same version) or are
// offered field by field (someone saved since); a conflict stops saving and keeps everything.

function memoryStore(): CopyStore & { copies: Map<string, LocalCopy> } {
  const copies = new Map<string, LocalCopy>();
  return { copies, read: (key) => copies.get(key) ?? null, write: (key, copy) => void copies.set(key, copy), remove: (key) => void copies.delete(key) };
}

const refusal = (code: string, details?: unknown) => new ApolloError({ graphQLErrors: [new GraphQLError('refused', { extensions: { code, details } })] });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useFormDraft', () => {
  it('saves once per pause with the version read, and drops the browser copy once saved', async () => {
    const store = memoryStore();
    const save = vi.fn(async (values: Record<string, unknown>, expectedVersion: number): Promise<SavedForm> => ({ values, version: expectedVersion + 1 }));
    const draft = useFormDraft({ storageKey: 'k', save, store });
    draft.load({ values: {}, version: 0 });
    draft.edit({ unit: '江' });
    draft.edit({ unit: '江油' });
    expect(store.copies.get('k')?.values).toEqual({ unit: '江油' });
    await vi.advanceTimersByTimeAsync(1400);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ unit: '江油' }, 0);
    expect(draft.state.status).toBe('saved');
    expect(draft.state.version).toBe(1);
    expect(store.copies.has('k')).toBe(false);
  });

  it('puts back unsaved values of the same version, and offers those based on an older one field by field', () => {
    const store = memoryStore();
    store.write('k', { values: { unit: '江油市人民政府', head: '李强' }, baseVersion: 2, baseValues: { unit: '江油市人民政府' }, at: '' });
    const same = useFormDraft({ storageKey: 'k', store, save: async (values, v) => ({ values, version: v + 1 }) });
    same.load({ values: { unit: '江油市人民政府' }, version: 2 });
    expect(same.state.values).toEqual({ unit: '江油市人民政府', head: '李强' });
    expect(same.state.restored).toBe(true);
    expect(same.state.status).toBe('dirty');
    same.cancel();

    const later = useFormDraft({ storageKey: 'k', store });
    later.load({ values: { unit: '江油市政府', head: '张伟' }, version: 3 });
    expect(later.state.values).toEqual({ unit: '江油市政府', head: '张伟' });
    // Only 负责人 was the user's change (the unit was as read); it differs from the latest.
    expect(later.state.kept?.keys).toEqual(['head']);
    later.takeKept();
    expect(later.state.values).toEqual({ unit: '江油市政府', head: '李强' });
    expect(later.state.kept).toBeNull();
  });

  it('stops on CONFLICT, keeps every keystroke, and after reloading offers the user’s fields', async () => {
    const store = memoryStore();
    const save = vi.fn(async (): Promise<SavedForm> => {
      throw refusal('CONFLICT');
    });
    const draft = useFormDraft({ storageKey: 'k', save, store });
    draft.load({ values: { unit: 'A' }, version: 1 });
    draft.edit({ unit: 'A', address: '诗仙路' });
    await vi.advanceTimersByTimeAsync(1600);
    expect(draft.state.status).toBe('conflict');
    draft.edit({ unit: 'A', address: '诗仙路 1 号' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(store.copies.get('k')?.values).toEqual({ unit: 'A', address: '诗仙路 1 号' });

    draft.load({ values: { unit: 'B' }, version: 2 });
    expect(draft.state.status).toBe('idle');
    expect(draft.state.values).toEqual({ unit: 'B' });
    expect(draft.state.kept?.keys).toEqual(['address']);
    draft.dropKept();
    expect(store.copies.has('k')).toBe(false);
  });

  it('shows VALIDATION problems and saves again on the next edit', async () => {
    let refuse = true;
    const save = vi.fn(async (values: Record<string, unknown>, v: number): Promise<SavedForm> => {
      if (refuse) throw refusal('VALIDATION', { problems: [{ path: 'postcode', code: 'BAD_FORMAT', message: '「邮编」应为 6 位数字的邮政编码，如 100081' }] });
      return { values, version: v + 1 };
    });
    const draft = useFormDraft({ storageKey: 'k', save, store: memoryStore() });
    draft.load({ values: {}, version: 0 });
    draft.edit({ postcode: '62170' });
    await vi.advanceTimersByTimeAsync(1600);
    expect(draft.state.status).toBe('invalid');
    expect(draft.state.problems.map((p) => p.path)).toEqual(['postcode']);
    refuse = false;
    draft.edit({ postcode: '621700' });
    await vi.advanceTimersByTimeAsync(1600);
    expect(draft.state.status).toBe('saved');
    expect(draft.state.problems).toEqual([]);
  });
});
