import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { getCurrentInstance, inject, onBeforeUnmount, type InjectionKey } from 'vue';

/**
 * A change the API announced (GET /api/live), or `resync` when changes may have been missed:
 * the stream reconnected, or the window came back into view.
 */
export type LiveChange =
  | { kind: 'task' | 'evidence' | 'campaign' | 'score'; campaignId: string; taskIds: string[] | null }
  /** Participants of a campaign (申报, 推荐 …): heard by its owner and by the offices above the participants. */
  | { kind: 'participant'; campaignId: string; participantIds: string[] | null }
  | { kind: 'notification' }
  | { kind: 'resync' };

export type LiveListener = (change: LiveChange) => void;

export interface LiveUpdates {
  /** Opens the stream (idempotent); called once someone is logged in. */
  start(): void;
  /** Closes it (logout). */
  stop(): void;
  on(listener: LiveListener): () => void;
}

export const LIVE_UPDATES: InjectionKey<LiveUpdates> = Symbol('live-updates');

interface EventSourceLike {
  readyState: number;
  onmessage: ((event: { data: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  addEventListener(type: 'ready', listener: () => void): void;
  close(): void;
}

export interface LiveUpdatesOptions {
  client: ApolloClient<NormalizedCacheObject>;
  /** Where the stream comes from; none (the specs' jsdom) = no stream, focus only. */
  openStream?: (() => EventSourceLike) | null;
  /** Wait after the first of a burst of changes before the open queries are asked again. */
  settleMs?: number;
}

const CLOSED = 2;
const RETRY_AFTER_CLOSE_MS = 15_000;

function parse(data: string): LiveChange | null {
  try {
    const change = JSON.parse(data) as LiveChange;
    return typeof change?.kind === 'string' ? change : null;
  } catch {
    return null;
  }
}

const browserStream = (): (() => EventSourceLike) | null => (typeof EventSource === 'undefined' ? null : () => new EventSource('/api/live', { withCredentials: true }) as unknown as EventSourceLike);

/**
 * Keeps every screen current without a click: the API's change stream, plus the window coming
 * back into view, make the open queries (the task panel, the dashboard, the bell …) ask again,
 * settled over a short wait so that a burst of changes costs one round; lists that are not
 * Apollo watched queries (the work lists, the task table) listen themselves (`useLiveChanges`).
 */
export function createLiveUpdates(options: LiveUpdatesOptions): LiveUpdates {
  const listeners = new Set<LiveListener>();
  const openStream = options.openStream === undefined ? browserStream() : options.openStream;
  const settleMs = options.settleMs ?? 400;
  let stream: EventSourceLike | null = null;
  let started = false;
  let readyOnce = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let settle: ReturnType<typeof setTimeout> | null = null;
  let lastFocusResync = 0;

  const refetchOpenQueries = (): void => {
    if (settle) return;
    settle = setTimeout(() => {
      settle = null;
      void options.client.refetchQueries({ include: 'active' }).catch?.(() => undefined);
    }, settleMs);
  };

  const emit = (change: LiveChange): void => {
    refetchOpenQueries();
    for (const listener of [...listeners]) listener(change);
  };

  const onFocus = (): void => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    if (Date.now() - lastFocusResync < 2000) return;
    lastFocusResync = Date.now();
    emit({ kind: 'resync' });
  };

  const open = (): void => {
    if (!openStream || stream) return;
    const current = openStream();
    stream = current;
    current.addEventListener('ready', () => {
      // The first hello is the start; a later one is a reconnect after a gap.
      if (readyOnce) emit({ kind: 'resync' });
      readyOnce = true;
    });
    current.onmessage = (event) => {
      const change = parse(event.data);
      if (change) emit(change);
    };
    current.onerror = () => {
      // The browser reconnects by itself unless the server refused (logged out, too many pages).
      if (current.readyState !== CLOSED) return;
      current.close();
      if (stream === current) stream = null;
      if (started && !retry) retry = setTimeout(() => ((retry = null), started && open()), RETRY_AFTER_CLOSE_MS);
    };
  };

  return {
    start() {
      if (started) return;
      started = true;
      readyOnce = false;
      open();
      if (typeof window !== 'undefined') {
        window.addEventListener('focus', onFocus);
        document.addEventListener('visibilitychange', onFocus);
      }
    },
    stop() {
      started = false;
      stream?.close();
      stream = null;
      if (retry) clearTimeout(retry);
      retry = null;
      if (typeof window !== 'undefined') {
        window.removeEventListener('focus', onFocus);
        document.removeEventListener('visibilitychange', onFocus);
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Listens to changes while the calling component is mounted (nothing outside the admin, e.g. in a spec of one component). */
export function useLiveChanges(listener: LiveListener): void {
  const live = inject(LIVE_UPDATES, null);
  if (!live) return;
  const off = live.on(listener);
  if (getCurrentInstance()) onBeforeUnmount(off);
}
