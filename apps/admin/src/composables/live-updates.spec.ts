import { describe, expect, it, vi } from 'vitest';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { createLiveUpdates, type LiveChange } from './live-updates';

/** A stand-in for the browser's EventSource: the spec plays the server. */
function fakeStream() {
  const readyListeners: Array<() => void> = [];
  const stream = {
    readyState: 1,
    onmessage: null as ((event: { data: string }) => void) | null,
    onerror: null as ((event: unknown) => void) | null,
    closed: false,
    addEventListener: (_type: 'ready', listener: () => void) => readyListeners.push(listener),
    close() {
      this.closed = true;
    },
    ready: () => readyListeners.forEach((listener) => listener()),
    send: (data: unknown) => stream.onmessage?.({ data: JSON.stringify(data) }),
  };
  return stream;
}

function setUp() {
  const streams: Array<ReturnType<typeof fakeStream>> = [];
  const refetchQueries = vi.fn(() => Promise.resolve([]));
  const client = { refetchQueries } as unknown as ApolloClient<NormalizedCacheObject>;
  const live = createLiveUpdates({
    client,
    settleMs: 50,
    openStream: () => {
      const stream = fakeStream();
      streams.push(stream);
      return stream;
    },
  });
  const heard: LiveChange[] = [];
  live.on((change) => heard.push(change));
  return { live, streams, refetchQueries, heard };
}

describe('live updates', () => {
  it('hands each announced change to the listeners and asks the open queries again once per burst', async () => {
    vi.useFakeTimers();
    const { live, streams, refetchQueries, heard } = setUp();
    live.start();
    live.start();
    expect(streams).toHaveLength(1);
    streams[0]!.ready();
    streams[0]!.send({ kind: 'task', campaignId: 'c1', taskIds: ['t1'] });
    streams[0]!.send({ kind: 'evidence', campaignId: 'c1', taskIds: ['t1'] });
    streams[0]!.onmessage?.({ data: 'not json' });
    expect(heard).toEqual([
      { kind: 'task', campaignId: 'c1', taskIds: ['t1'] },
      { kind: 'evidence', campaignId: 'c1', taskIds: ['t1'] },
    ]);
    await vi.advanceTimersByTimeAsync(60);
    expect(refetchQueries).toHaveBeenCalledTimes(1);
    expect(refetchQueries).toHaveBeenCalledWith({ include: 'active' });
    live.stop();
    vi.useRealTimers();
  });

  it('asks for a resync after a reconnect (changes may have been missed), not at the first hello', () => {
    const { live, streams, heard } = setUp();
    live.start();
    streams[0]!.ready();
    expect(heard).toEqual([]);
    streams[0]!.ready();
    expect(heard).toEqual([{ kind: 'resync' }]);
    live.stop();
  });

  it('asks for a resync when the window comes back into view', () => {
    const { live, heard } = setUp();
    live.start();
    window.dispatchEvent(new Event('focus'));
    expect(heard).toEqual([{ kind: 'resync' }]);
    live.stop();
    window.dispatchEvent(new Event('focus'));
    expect(heard).toHaveLength(1);
  });

  it('closes the stream at logout and opens a new one at the next login', () => {
    const { live, streams } = setUp();
    live.start();
    live.stop();
    expect(streams[0]!.closed).toBe(true);
    live.start();
    expect(streams).toHaveLength(2);
    live.stop();
  });

  it('opens the stream again later when the server refused it (session ended, too many pages)', () => {
    vi.useFakeTimers();
    const { live, streams } = setUp();
    live.start();
    streams[0]!.readyState = 2;
    streams[0]!.onerror?.({});
    expect(streams[0]!.closed).toBe(true);
    vi.advanceTimersByTime(15_000);
    expect(streams).toHaveLength(2);
    live.stop();
    vi.useRealTimers();
  });
});
