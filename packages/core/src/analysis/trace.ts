/**
 * The traceability matrix: for every source a pathway cites, and every
 * recommendation of it, the elements that implement it; the reasons given
 * for recommendations deliberately left out; and the red flags, decision
 * edges and outcomes that name no source at all. The traceability findings,
 * `careway trace` and the designer's Traceability view all read this one
 * matrix.
 */
import type { IssuePath } from '../issues/issue.js';
import { parseSourceRef } from '../schema/common.js';
import { sourceSites, type SourceSite, type TracedKind } from '../schema/source-refs.js';
import type { Field, Node, Pathway } from './provisional.js';

/** One element of the pathway that implements a source, or should. */
export interface TraceElement {
  readonly kind: TracedKind;
  /** Node, field or edge id; `field:value` for an option; the field id for its red flag. */
  readonly id: string;
  /** What a clinical lead calls it, e.g. `Red flag of “Thunderclap headache” (emergency_features)`. */
  readonly name: string;
  /** The element in the document (not its `sources` list). */
  readonly path: IssuePath;
  /** The node it is, or is on (for an edge, the node it leaves). */
  readonly nodeId?: string;
  readonly fieldId?: string;
  readonly edgeId?: string;
}

/** One recommendation of a source, with what implements it. */
export interface TraceRecommendation {
  readonly id: string;
  /** `source#recommendation`, as elements name it. */
  readonly ref: string;
  readonly summary: string;
  /** Why the pathway deliberately does not implement it. */
  readonly outOfScope?: string;
  readonly path: IssuePath;
  readonly elements: readonly TraceElement[];
}

/** One source, with what implements it as a whole and each of its recommendations. */
export interface TraceSource {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly publisher?: string;
  /** When it was last read against the pathway. */
  readonly accessed?: string;
  readonly path: IssuePath;
  /** Elements that name the source itself rather than one recommendation of it. */
  readonly elements: readonly TraceElement[];
  readonly recommendations: readonly TraceRecommendation[];
}

/** The traceability matrix of a pathway. */
export interface TraceMatrix {
  readonly pathway: { readonly id: string; readonly version: string; readonly title: string };
  readonly sources: readonly TraceSource[];
  /** The red flags, decision edges and outcomes that name no source (see {@link needsSource}). */
  readonly unsourced: readonly TraceElement[];
}

const NODE_KIND_NAMES: Record<Node['kind'], string> = {
  step: 'Step',
  decision: 'Decision',
  info: 'Information',
  outcome: 'Outcome',
};

/** Finds each site's element in the document and names it. */
function describe(pathway: Pathway, site: SourceSite): TraceElement {
  const path = site.path.slice(0, -1);
  if (site.kind === 'edge') {
    const edge = pathway.edges[path[1] as number];
    const title = (id: string | undefined) => {
      const node = pathway.nodes.find((n) => n.id === id);
      return node ? `“${node.title}”` : (id ?? '');
    };
    return {
      kind: 'edge',
      id: site.id,
      name: `Edge ${site.id} from ${title(edge?.from)} to ${title(edge?.to)}`,
      path,
      edgeId: site.id,
      ...(edge ? { nodeId: edge.from } : {}),
    };
  }
  const node = pathway.nodes[path[1] as number] as Node;
  if (site.kind === 'node')
    return {
      kind: 'node',
      id: site.id,
      name: `${NODE_KIND_NAMES[node.kind]} “${node.title}” (${node.id})`,
      path,
      nodeId: node.id,
    };
  const field = (node.kind === 'step' ? node.fields[path[3] as number] : undefined) as Field;
  const at = { nodeId: node.id, fieldId: field.id };
  if (site.kind === 'field')
    return { kind: 'field', id: site.id, name: `Question “${field.label}” (${field.id})`, path, ...at };
  if (site.kind === 'red-flag')
    return { kind: 'red-flag', id: site.id, name: `Red flag of “${field.label}” (${field.id})`, path, ...at };
  const option = 'options' in field ? field.options?.[path[5] as number] : undefined;
  return {
    kind: 'option',
    id: site.id,
    name: `Option “${option?.label ?? site.id}” of “${field.label}” (${site.id})`,
    path,
    ...at,
  };
}

/**
 * Whether an element must name a source: a red flag, a decision edge (one
 * with a `when`) or an outcome. Each states a clinical rule that someone
 * must be able to check against its guideline.
 */
export function needsSource(pathway: Pathway, site: SourceSite): boolean {
  if (site.kind === 'red-flag') return true;
  if (site.kind === 'edge') return (pathway.edges[site.path[1] as number]?.when ?? '').trim() !== '';
  if (site.kind === 'node') return pathway.nodes[site.path[1] as number]?.kind === 'outcome';
  return false;
}

/**
 * Whether a red flag is sourced through its question: the question names a
 * source, or the flag is defined by flagged options (no `when`) and every
 * one of them names a source.
 */
function redFlagSourcedByField(field: Field): boolean {
  if ((field.sources ?? []).length > 0) return true;
  if (field.redFlag?.when !== undefined || !('options' in field) || !field.options) return false;
  const flagged = field.options.filter((o) => o.redFlag === true);
  return flagged.length > 0 && flagged.every((o) => (o.sources ?? []).length > 0);
}

function isSourced(pathway: Pathway, site: SourceSite): boolean {
  if (site.refs.length > 0) return true;
  if (site.kind !== 'red-flag') return false;
  const node = pathway.nodes[site.path[1] as number];
  const field = node?.kind === 'step' ? node.fields[site.path[3] as number] : undefined;
  return field !== undefined && redFlagSourcedByField(field);
}

/**
 * Builds the traceability matrix of a pathway. References that name no
 * source or recommendation of the pathway are left out (the document rules
 * report them as `unknown_reference`).
 *
 * @example
 * const matrix = traceMatrix(pathway);
 * const untraced = matrix.sources.flatMap((s) =>
 *   s.recommendations.filter((r) => r.elements.length === 0 && r.outOfScope === undefined),
 * );
 */
export function traceMatrix(pathway: Pathway): TraceMatrix {
  const bySource = new Map<string, TraceElement[]>();
  const byRecommendation = new Map<string, TraceElement[]>();
  const unsourced: TraceElement[] = [];
  for (const site of sourceSites(pathway)) {
    if (needsSource(pathway, site) && !isSourced(pathway, site)) unsourced.push(describe(pathway, site));
    if (site.refs.length === 0) continue;
    const element = describe(pathway, site);
    for (const text of new Set(site.refs)) {
      const ref = parseSourceRef(text);
      const key = ref.recommendation === undefined ? ref.source : text;
      const into = ref.recommendation === undefined ? bySource : byRecommendation;
      into.set(key, [...(into.get(key) ?? []), element]);
    }
  }
  const sources = pathway.sources.map((source, s): TraceSource => ({
    id: source.id,
    title: source.title,
    url: source.url,
    ...(source.publisher !== undefined ? { publisher: source.publisher } : {}),
    ...(source.accessed !== undefined ? { accessed: source.accessed } : {}),
    path: ['sources', s],
    elements: bySource.get(source.id) ?? [],
    recommendations: (source.recommendations ?? []).map((rec, r) => {
      const ref = `${source.id}#${rec.id}`;
      return {
        id: rec.id,
        ref,
        summary: rec.summary,
        ...(rec.outOfScope !== undefined ? { outOfScope: rec.outOfScope } : {}),
        path: ['sources', s, 'recommendations', r],
        elements: byRecommendation.get(ref) ?? [],
      };
    }),
  }));
  return { pathway: { id: pathway.id, version: pathway.version, title: pathway.title }, sources, unsourced };
}
