import DataLoader from 'dataloader';
import { throwIfCancelled } from './request-cancellation';

/**
 * DataLoaders live for one request: a loader shared across requests would serve one user's
 * cached rows to another. They hang off the GraphQL context object, keyed by name, so each
 * feature module creates its own without the app knowing about them.
 */
const loadersByContext = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

export function requestLoader<K, V>(context: object, name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
  let loaders = loadersByContext.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersByContext.set(context, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    // A request whose client left or whose time ran out starts no more database work.
    loader = new DataLoader<K, V>(
      // async: DataLoader wants a rejected promise, never a synchronous throw.
      async (keys) => {
        throwIfCancelled(context);
        // Each key asked for once, however often the request names it (see `cache` below).
        const unique = [...new Set(keys)];
        const answers = await batch(unique);
        const byKey = new Map(unique.map((key, index) => [key, answers[index]]));
        return releaseInChunks(keys.map((key) => byKey.get(key) as V | Error));
      },
      {
        // Batches start on a macrotask, not a microtask: a large answer yields to other requests at
        // every level of loading instead of holding the event loop from start to end.
        batchScheduleFn: (run) => setImmediate(run),
        // No per-key promise cache: a key asked again (a nested query naming the same rule a
        // thousand times) goes through the next batch too, so every level yields and is released
        // in chunks; the batch itself asks for each key once, and the services cache what never changes.
        cache: false,
      },
    );
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Answers released to the resolvers per macrotask (see releaseInChunks). */
const RELEASE_CHUNK = 50;

/**
 * Hands a large batch's answers to GraphQL in chunks, one chunk per turn of the event loop. With
 * the answers cached (an indicator snapshot), a wide level — thousands of nested rules — would
 * otherwise be completed in one stretch of microtasks while every other request waits; this way
 * no stretch holds more than RELEASE_CHUNK keys' worth of work.
 */
function releaseInChunks<V>(results: ReadonlyArray<V | Error>): ReadonlyArray<V | Error> {
  if (results.length <= RELEASE_CHUNK) return results;
  const gates: Promise<void>[] = [Promise.resolve()];
  for (let chunk = 1; chunk * RELEASE_CHUNK < results.length; chunk++) {
    gates.push(gates[chunk - 1].then(() => new Promise<void>((resolve) => setImmediate(resolve))));
  }
  // DataLoader settles each key with its value; a promise value is adopted by the key's load().
  return results.map((value, index) => {
    const chunk = Math.floor(index / RELEASE_CHUNK);
    if (chunk === 0) return value;
    return gates[chunk].then(() => (value instanceof Error ? Promise.reject(value) : value)) as unknown as V;
  });
}

/** Groups rows by a key, in the order of the keys asked for (DataLoader's contract). */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | Error)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? new Error(`missing row ${String(key)}`));
}
