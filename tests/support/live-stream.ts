// A browser's EventSource on GET /api/live, for the suites that check who hears of a change.

export interface LiveStream {
  events: Array<Record<string, any>>;
  /** Resolves with the first event (already received or coming) that matches, within `ms`. */
  next(matches: (event: Record<string, any>) => boolean, ms?: number): Promise<Record<string, any>>;
  close(): void;
}

/** Opens GET /api/live as a browser's EventSource would, collecting the data events. */
export async function openStream(url: string, token: string): Promise<LiveStream> {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/live`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  if (response.status !== 200) throw new Error(`GET /api/live: ${response.status} ${await response.text()}`);
  if (!response.headers.get('content-type')?.includes('text/event-stream')) throw new Error(`GET /api/live: not an event stream (${response.headers.get('content-type')})`);
  const events: Array<Record<string, any>> = [];
  const waiting = new Set<() => void>();
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data !== undefined) events.push({ type, ...JSON.parse(data) });
          for (const wake of waiting) wake();
        }
      }
    } catch {
      // aborted
    }
  })();
  const next: LiveStream['next'] = (matches, ms = 3000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = events.find(matches);
        if (!found) return;
        waiting.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`));
      }, ms);
      waiting.add(check);
      check();
    });
  await next((event) => event.type === 'ready');
  return { events, next, close: () => controller.abort() };
}
