/**
 * Sets `key` of a copy of `obj` to `value`, or removes the key when `value` is
 * `undefined` or an empty string: optional properties of the document are
 * absent rather than empty.
 */
export function withOptional<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | undefined | '',
): T {
  if (value === undefined || value === '') {
    if (!(key in obj)) return obj;
    const { [key]: _removed, ...rest } = obj;
    return rest as T;
  }
  return { ...obj, [key]: value };
}

/** Moves item `at` one place up (`-1`) or down (`+1`); the same array when it cannot move. */
export function moveItem<T>(items: readonly T[], at: number, direction: -1 | 1): readonly T[] {
  const to = at + direction;
  if (at < 0 || to < 0 || to >= items.length) return items;
  const copy = [...items];
  [copy[at], copy[to]] = [copy[to] as T, copy[at] as T];
  return copy;
}
