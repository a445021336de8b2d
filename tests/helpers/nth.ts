/** Element `i` of a list, or a test failure naming it (instead of a non-null assertion). */
export function nth<T>(list: readonly T[], i: number): T {
  const item = list.at(i);
  if (item === undefined) throw new Error(`no element ${i} in a list of ${list.length}`);
  return item;
}
