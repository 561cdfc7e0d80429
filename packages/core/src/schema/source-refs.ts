/**
 * Where a pathway names its sources: every node, question, option, red flag
 * and edge may list the sources, or single recommendations of them, that it
 * implements. One walk over the document serves the reference check and the
 * traceability matrix.
 */
import type { IssuePath } from '../issues/issue.js';
import { parseSourceRef, type SourceRef } from './common.js';
import type { Pathway } from './pathway.js';

/** The kinds of element that can name a source. */
export type TracedKind = 'node' | 'field' | 'option' | 'red-flag' | 'edge';

/** One element that can name sources, and the ones it names. */
export interface SourceSite {
  readonly kind: TracedKind;
  /** The element's id: node, field or edge id, `field:value` for an option, the field id for its red flag. */
  readonly id: string;
  /** Where its `sources` list is in the document. */
  readonly path: IssuePath;
  /** Its references as written (empty when it names none). */
  readonly refs: readonly string[];
}

/**
 * Every element that can name sources, in document order: each node, then
 * its fields, each field's red flag and options; then the edges.
 *
 * @example
 * sourceSites(pathway).filter((s) => s.kind === 'red-flag' && s.refs.length === 0)
 */
export function sourceSites(pathway: Pathway): SourceSite[] {
  const out: SourceSite[] = [];
  pathway.nodes.forEach((node, n) => {
    out.push({ kind: 'node', id: node.id, path: ['nodes', n, 'sources'], refs: node.sources ?? [] });
    if (node.kind !== 'step') return;
    node.fields.forEach((field, f) => {
      const at = ['nodes', n, 'fields', f];
      out.push({ kind: 'field', id: field.id, path: [...at, 'sources'], refs: field.sources ?? [] });
      if (field.redFlag)
        out.push({
          kind: 'red-flag',
          id: field.id,
          path: [...at, 'redFlag', 'sources'],
          refs: field.redFlag.sources ?? [],
        });
      if (field.type === 'choice' || field.type === 'multi-choice')
        field.options.forEach((option, o) =>
          out.push({
            kind: 'option',
            id: `${field.id}:${option.value}`,
            path: [...at, 'options', o, 'sources'],
            refs: option.sources ?? [],
          }),
        );
    });
  });
  pathway.edges.forEach((edge, e) =>
    out.push({ kind: 'edge', id: edge.id, path: ['edges', e, 'sources'], refs: edge.sources ?? [] }),
  );
  return out;
}

/** What a reference names, or why it names nothing. */
export type ResolvedRef =
  | { readonly ok: true; readonly ref: SourceRef }
  | { readonly ok: false; readonly ref: SourceRef; readonly missing: 'source' | 'recommendation' };

/** Resolves a reference against the pathway's sources. */
export function resolveSourceRef(pathway: Pathway, text: string): ResolvedRef {
  const ref = parseSourceRef(text);
  const source = pathway.sources.find((s) => s.id === ref.source);
  if (!source) return { ok: false, ref, missing: 'source' };
  if (ref.recommendation !== undefined && !source.recommendations?.some((r) => r.id === ref.recommendation))
    return { ok: false, ref, missing: 'recommendation' };
  return { ok: true, ref };
}
