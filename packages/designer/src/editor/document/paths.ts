/** A JSON path into the document, as core reports it: `['nodes', 2, 'fields', 0, 'showWhen']`. */
export type DocPath = readonly (string | number)[];

/**
 * A copy of `root` with the value at `path` replaced, copying only the
 * objects and arrays on the way (the rest is shared, as every command's
 * result is). `root` itself when the path does not lead anywhere.
 */
export function setAt<T>(root: T, path: DocPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(root) && typeof head === 'number' && head >= 0 && head < root.length) {
    const copy = [...root];
    copy[head] = setAt(root[head], rest, value);
    return copy as T;
  }
  if (root && typeof root === 'object' && typeof head === 'string' && head in root) {
    const bag = root as Record<string, unknown>;
    return { ...bag, [head]: setAt(bag[head], rest, value) } as T;
  }
  return root;
}

/** A copy of `record` with key `from` renamed `to`, keeping the key order; `record` when it has no `from`. */
export function renameKey<V>(
  record: Readonly<Record<string, V>>,
  from: string,
  to: string,
): Record<string, V> {
  if (!Object.hasOwn(record, from)) return record as Record<string, V>;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}
