import type { Pathway } from '../../core.js';

/** Every field and variable id used in the pathway (they share one namespace). */
export function fieldIds(doc: Pathway): Set<string> {
  const ids = new Set<string>();
  for (const node of doc.nodes) if (node.kind === 'step') for (const field of node.fields) ids.add(field.id);
  for (const variable of doc.variables) ids.add(variable.id);
  return ids;
}

/** A fresh id `<prefix>-<n>` (or `<prefix>_<n>` with `sep`) not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>, sep: '-' | '_' = '-'): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const id = `${prefix}${sep}${n}`;
    if (!used.has(id)) return id;
  }
}

/** A fresh node id for `kind`, e.g. `step-3`. */
export function freshNodeId(doc: Pathway, kind: string): string {
  return freshId(
    kind,
    doc.nodes.map((n) => n.id),
  );
}

/** A fresh edge id, e.g. `e-12`. */
export function freshEdgeId(doc: Pathway, taken: Iterable<string> = []): string {
  return freshId('e', [...doc.edges.map((e) => e.id), ...taken]);
}

/** A fresh field id (fields and variables share one namespace), e.g. `question_2`. */
export function freshFieldId(doc: Pathway, prefix = 'question', taken: Iterable<string> = []): string {
  return freshId(prefix, [...fieldIds(doc), ...taken], '_');
}
