import DataLoader from 'dataloader';
import { throwIfCancelled } from './request-cancellation';

/**
 * DataLoaders live for one request: a loader shared across requests would serve one user's
 * cached rows to another. They hang off the GraphQL context object, keyed by name, so each
 * feature module creates its own without the app knowing about them.
 */
const loadersByContext = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

export function requestLoader<K, V>(
  context: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): DataLoader<K, V> {
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
        return batch(keys);
      },
      // Batches start on a macrotask, not a microtask: a large answer yields to other requests at
      // every level of loading instead of holding the event loop from start to end.
      { batchScheduleFn: (run) => setImmediate(run) },
    );
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
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
