/**
 * Traceability: every recommendation a pathway lists is implemented by
 * something or has a reason to be left out, every red flag, decision edge
 * and outcome names the guidance it comes from, and every source says when
 * it was last read. Read from the one traceability matrix (`trace.ts`).
 */
import { finding } from '../finding.js';
import type { Pathway } from '../provisional.js';
import { traceMatrix, type TraceElement } from '../trace.js';
import type { Finding } from '../types.js';

const WHAT_TO_ADD: Record<TraceElement['kind'], string> = {
  'red-flag':
    'Add the source or recommendation that makes it a red flag to the red flag’s "sources" (or to the question’s).',
  edge: 'Add the source or recommendation behind this routing rule to the edge’s "sources".',
  node: 'Add the source or recommendation that makes this the right outcome to the outcome’s "sources".',
  field: 'Add the source or recommendation it comes from to its "sources".',
  option: 'Add the source or recommendation it comes from to its "sources".',
};

function unsourced(element: TraceElement): Finding {
  const what = element.kind === 'edge' ? `Decision edge ${element.name.slice('Edge '.length)}` : element.name;
  return finding(
    'unsourced_element',
    element.path,
    `${what} names no source, so nobody reviewing the pathway can check it against its guidance. ${WHAT_TO_ADD[element.kind]}`,
    { nodeId: element.nodeId, fieldId: element.fieldId, edgeId: element.edgeId },
  );
}

/** `untraced_recommendation`, `unsourced_element` and `source_not_accessed`. */
export function traceability(pathway: Pathway): Finding[] {
  const matrix = traceMatrix(pathway);
  const out: Finding[] = [];
  for (const source of matrix.sources) {
    if (source.accessed === undefined)
      out.push(
        finding(
          'source_not_accessed',
          source.path,
          `Source “${source.title}” (${source.id}) has no "accessed" date: when was it last read against the pathway? Guidance changes; add the date it was last checked ("accessed": "YYYY-MM-DD") so that a reviewer knows which edition the pathway follows.`,
        ),
      );
    for (const rec of source.recommendations) {
      if (rec.elements.length > 0 || rec.outOfScope !== undefined) continue;
      out.push(
        finding(
          'untraced_recommendation',
          rec.path,
          `Recommendation ${rec.id} of “${source.title}” (${source.id}), “${rec.summary}”, is implemented by nothing in the pathway. Name it as "${rec.ref}" in the "sources" of the question, option, red flag, edge or outcome that implements it, or, if the pathway deliberately leaves it out, give the reason in its "outOfScope".`,
        ),
      );
    }
  }
  out.push(...matrix.unsourced.map(unsourced));
  return out;
}
