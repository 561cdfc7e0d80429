import { mayLeadOn, type Pathway } from '../../core.js';

/**
 * Why a new connection from `from` to `to` would be refused, or `null` when it
 * may be drawn. These are drawing rules of the designer (what an edge may join),
 * not clinical checks: those live in core's analysis.
 */
export function connectionProblem(doc: Pathway, from: string, to: string): string | null {
  const source = doc.nodes.find((n) => n.id === from);
  const target = doc.nodes.find((n) => n.id === to);
  if (!source || !target) return 'Connect two nodes of this pathway.';
  if (!mayLeadOn(source))
    return `"${source.title}" is an outcome: the pathway ends there, so nothing can follow it.`;
  if (from === to) return `"${source.title}" cannot lead to itself.`;
  if (to === doc.start)
    return `"${target.title}" is where the pathway starts: nothing can lead back into it.`;
  if (doc.edges.some((e) => e.from === from && e.to === to))
    return `"${source.title}" already leads to "${target.title}": add a condition to that connection instead.`;
  return null;
}
