/**
 * The tree is stored as a materialised path: every organisation keeps the ids from the root
 * down to itself, `/root/province/county/`. All descendants of X are then one indexed prefix
 * query (`path like X.path || '%'`), and "is X under Y" is a string test on X's path.
 */
const SEPARATOR = '/';

export const rootPath = (id: string): string => `${SEPARATOR}${id}${SEPARATOR}`;

export const childPath = (parentPath: string, id: string): string => `${parentPath}${id}${SEPARATOR}`;

/** Ids from the root down to the organisation itself. */
export const idsOnPath = (path: string): string[] => path.split(SEPARATOR).filter(Boolean);

/** Ids of the ancestors, root first, without the organisation itself. */
export const ancestorIdsOf = (path: string): string[] => idsOnPath(path).slice(0, -1);

/** 0 for the root. */
export const depthOf = (path: string): number => idsOnPath(path).length - 1;

/** Whether the organisation with `path` is `ancestorId` itself or somewhere below it. */
export const isAtOrUnder = (path: string, ancestorId: string): boolean => path.includes(`${SEPARATOR}${ancestorId}${SEPARATOR}`);

/** Strictly below: a descendant, not the organisation itself. */
export const isStrictlyUnder = (path: string, ancestorPath: string): boolean => path !== ancestorPath && path.startsWith(ancestorPath);

/** The LIKE pattern that finds an organisation and everything below it. Ids are UUIDs: no wildcard to escape. */
export const subtreePattern = (path: string): string => `${path}%`;

/** Where a path lands when the subtree at `from` moves to `to` (both paths of the moved organisation). */
export function rebasePath(path: string, from: string, to: string): string {
  if (!path.startsWith(from)) throw new Error(`path ${path} is not under ${from}`);
  return `${to}${path.slice(from.length)}`;
}

/** Whose definitions an organisation may use, nearest first: itself, then its ancestors up to the root. */
export const ownershipChainOf = (path: string): string[] => idsOnPath(path).reverse();
