/**
 * Identity and reference rules: ids are unique where they must be, and
 * every id the document mentions names something that exists.
 */
import type { RuleIssue } from './codes.js';
import { locate } from './describe.js';
import { issue, type IssuePath } from '../issues/issue.js';
import type { PathwayIndex } from './pathway-index.js';
import { mayLeadOn } from './nodes.js';
import type { Pathway } from './pathway.js';
import { resolveSourceRef, sourceSites } from './source-refs.js';

/** The name of the thing at `path`, e.g. `Step "fit"`. */
export function nameAt(pathway: Pathway, path: IssuePath): string {
  return locate(pathway, path).subject ?? 'The pathway';
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Reports the second and later uses of each id among `items`. */
function unique(
  pathway: Pathway,
  items: readonly { id: string; path: IssuePath }[],
  rule: string,
  out: RuleIssue[],
): void {
  const first = new Map<string, IssuePath>();
  for (const { id, path } of items) {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, path);
      continue;
    }
    out.push(
      issue(
        'duplicate_id',
        [...path, 'id'],
        `${nameAt(pathway, path)} has the same id as ${lower(nameAt(pathway, earlier))}; ${rule}.`,
      ),
    );
  }
}

/** Ids unique; start, edges, sources, requirements and layout refer to things that exist. */
export function checkIds(pathway: Pathway, index: PathwayIndex, out: RuleIssue[]): void {
  unique(
    pathway,
    pathway.nodes.map((n, i) => ({ id: n.id, path: ['nodes', i] })),
    'node ids must be unique',
    out,
  );
  unique(
    pathway,
    pathway.edges.map((e, i) => ({ id: e.id, path: ['edges', i] })),
    'edge ids must be unique',
    out,
  );
  unique(
    pathway,
    pathway.scenarios.map((s, i) => ({ id: s.id, path: ['scenarios', i] })),
    'scenario ids must be unique',
    out,
  );
  unique(
    pathway,
    pathway.sources.map((s, i) => ({ id: s.id, path: ['sources', i] })),
    'source ids must be unique',
    out,
  );
  unique(
    pathway,
    pathway.context.map((c, i) => ({ id: c.id, path: ['context', i] })),
    'context ids must be unique',
    out,
  );
  const named: { id: string; path: IssuePath }[] = [];
  pathway.nodes.forEach((node, n) => {
    if (node.kind === 'step')
      node.fields.forEach((f, i) => named.push({ id: f.id, path: ['nodes', n, 'fields', i] }));
  });
  pathway.variables.forEach((v, i) => named.push({ id: v.id, path: ['variables', i] }));
  unique(pathway, named, 'field and variable ids must be unique across the whole pathway', out);

  if (!index.nodes.has(pathway.start)) {
    out.push(
      issue('unknown_reference', ['start'], `"start" names node "${pathway.start}", which does not exist.`),
    );
  }
  pathway.edges.forEach((edge, e) => {
    for (const end of ['from', 'to'] as const) {
      const target = index.nodes.get(edge[end]);
      if (target === undefined) {
        out.push(
          issue(
            'unknown_reference',
            ['edges', e, end],
            `${nameAt(pathway, ['edges', e])}: "${end}" names node "${edge[end]}", which does not exist.`,
          ),
        );
      }
    }
    const source = index.nodes.get(edge.from)?.node;
    if (source && !mayLeadOn(source)) {
      out.push(
        issue(
          'invalid_reference',
          ['edges', e, 'from'],
          `${nameAt(pathway, ['edges', e])} leaves outcome "${edge.from}", but an outcome ends the pathway.`,
        ),
      );
    }
  });

  pathway.sources.forEach((source, s) =>
    unique(
      pathway,
      (source.recommendations ?? []).map((r, i) => ({
        id: r.id,
        path: ['sources', s, 'recommendations', i],
      })),
      `recommendation ids must be unique within source "${source.id}"`,
      out,
    ),
  );
  for (const site of sourceSites(pathway)) {
    site.refs.forEach((text, r) => {
      const resolved = resolveSourceRef(pathway, text);
      if (resolved.ok) return;
      const owner = nameAt(pathway, site.path.slice(0, -1));
      out.push(
        issue(
          'unknown_reference',
          [...site.path, r],
          resolved.missing === 'source'
            ? `${owner} cites source "${resolved.ref.source}", which is not among the pathway's sources.`
            : `${owner} cites recommendation "${resolved.ref.recommendation ?? ''}" of source "${resolved.ref.source}", which that source does not list. Add it to the source's recommendations, or correct the reference.`,
        ),
      );
    });
  }

  pathway.nodes.forEach((node, n) => {
    if (node.kind !== 'outcome') return;
    node.requires.forEach((id, r) => {
      const path = ['nodes', n, 'requires', r];
      const field = index.fields.get(id);
      if (field?.field.type === 'display') {
        out.push(
          issue(
            'invalid_reference',
            path,
            `${nameAt(pathway, ['nodes', n])} requires "${id}", a display field that holds no answer.`,
          ),
        );
      } else if (field === undefined && !index.variables.has(id)) {
        out.push(
          issue(
            'unknown_reference',
            path,
            `${nameAt(pathway, ['nodes', n])} requires "${id}", which is neither a field nor a variable.`,
          ),
        );
      }
    });
  });

  for (const id of Object.keys(pathway.layout?.nodes ?? {})) {
    if (!index.nodes.has(id)) {
      out.push(
        issue(
          'unknown_reference',
          ['layout', 'nodes', id],
          `The layout places node "${id}", which does not exist.`,
        ),
      );
    }
  }
}
