/**
 * The item at `index`, or a failing test that says which one was missing: a spec reads fixed
 * positions, and an absent row should fail there rather than as "cannot read properties of undefined".
 */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`expected an item at ${index}, the list has ${list.length}`);
  return item;
}
