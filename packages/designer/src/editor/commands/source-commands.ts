import { RECOMMENDATION_ID_PATTERN, type Field, type Option, type Pathway, type Source } from '../../core.js';
import { command, type Command } from './command.js';
import { updateEdge } from './edge-commands.js';
import { updateField } from './field-commands.js';
import { updateNode } from './node-commands.js';

/** An element of the pathway that names the sources, or recommendations of them, it implements. */
export type SourceTarget =
  | { readonly kind: 'node'; readonly nodeId: string }
  | { readonly kind: 'field'; readonly nodeId: string; readonly fieldId: string }
  | { readonly kind: 'red-flag'; readonly nodeId: string; readonly fieldId: string }
  | { readonly kind: 'option'; readonly nodeId: string; readonly fieldId: string; readonly value: string }
  | { readonly kind: 'edge'; readonly edgeId: string };

/** A copy of `obj` naming `refs`, without the key when there are none (optional properties are absent). */
function withRefs<T extends { sources?: string[] }>(obj: T, refs: readonly string[]): T {
  if (refs.length > 0) return { ...obj, sources: [...refs] };
  if (!('sources' in obj)) return obj;
  const { sources: _old, ...rest } = obj;
  return rest as T;
}

/** `refs` with `ref` added (at the end) or removed. */
export function toggleRef(refs: readonly string[] | undefined, ref: string, on: boolean): string[] {
  const list = refs ?? [];
  if (on) return list.includes(ref) ? [...list] : [...list, ref];
  return list.filter((r) => r !== ref);
}

/**
 * Sets what an element names in its `sources`: a node, a question, one
 * option of a question, a question's red flag, or a connection.
 */
export function setSources(target: SourceTarget, refs: readonly string[]): Command {
  switch (target.kind) {
    case 'node':
      return updateNode(target.nodeId, 'sources', (n) => withRefs(n, refs));
    case 'edge':
      return updateEdge(target.edgeId, 'sources', (e) => withRefs(e, refs));
    case 'field':
      return updateField(target.nodeId, target.fieldId, 'sources', (f) => withRefs(f, refs));
    case 'red-flag':
      return updateField(target.nodeId, target.fieldId, 'red flag sources', (f) =>
        f.redFlag ? { ...f, redFlag: withRefs(f.redFlag, refs) } : f,
      );
    case 'option':
      return updateField(target.nodeId, target.fieldId, `sources of option "${target.value}"`, (f: Field) =>
        'options' in f
          ? ({
              ...f,
              options: f.options.map((o: Option) => (o.value === target.value ? withRefs(o, refs) : o)),
            } as Field)
          : f,
      );
  }
}

/** `obj` with `from` renamed to `to` in its `sources`; the same object when it does not name `from`. */
function renamed<T extends { sources?: string[] }>(obj: T, from: string, to: string): T {
  return obj.sources?.includes(from)
    ? { ...obj, sources: obj.sources.map((r) => (r === from ? to : r)) }
    : obj;
}

function renameInField(field: Field, from: string, to: string): Field {
  let next = renamed(field, from, to);
  if (next.redFlag) {
    const redFlag = renamed(next.redFlag, from, to);
    if (redFlag !== next.redFlag) next = { ...next, redFlag };
  }
  if ('options' in next) {
    const options = next.options.map((o) => renamed(o, from, to));
    if (options.some((o, i) => o !== (next as { options: Option[] }).options[i]))
      next = { ...next, options } as Field;
  }
  return next;
}

/** Every `sources` list of the document with the reference `from` renamed to `to`. */
function renameRefsIn(doc: Pathway, from: string, to: string): Pathway {
  const nodes = doc.nodes.map((node) => {
    const next = renamed(node, from, to);
    return next.kind === 'step'
      ? { ...next, fields: next.fields.map((f) => renameInField(f, from, to)) }
      : next;
  });
  return { ...doc, nodes, edges: doc.edges.map((e) => renamed(e, from, to)) };
}

/** Why a recommendation of `source` cannot take the id `to`, or `undefined` when it can. */
export function renameRecommendationProblem(source: Source, from: string, to: string): string | undefined {
  if (to === from) return undefined;
  if (!RECOMMENDATION_ID_PATTERN.test(to))
    return 'Use letters, digits, dots, dashes or underscores, as the guideline numbers it (e.g. 1.1.1).';
  if (source.recommendations?.some((r) => r.id === to))
    return 'This source already has a recommendation with this id.';
  return undefined;
}

/**
 * Renames a recommendation of a source, and every reference to it
 * (`source#from` becomes `source#to`) on nodes, questions, options, red
 * flags and connections. Refused (no change) when the new id cannot be used.
 */
export function renameRecommendation(sourceId: string, from: string, to: string): Command {
  return command(
    'rename-recommendation',
    `Rename recommendation "${from}" of "${sourceId}" to "${to}"`,
    (doc) => {
      const source = doc.sources.find((s) => s.id === sourceId);
      if (!source || from === to || renameRecommendationProblem(source, from, to) !== undefined) return doc;
      const sources = doc.sources.map((s) =>
        s.id !== sourceId
          ? s
          : {
              ...s,
              recommendations: (s.recommendations ?? []).map((r) => (r.id === from ? { ...r, id: to } : r)),
            },
      );
      return renameRefsIn({ ...doc, sources }, `${sourceId}#${from}`, `${sourceId}#${to}`);
    },
  );
}
