import { useId, useMemo, useState } from 'react';
import type { Pathway } from '../core.js';
import { useDoc, useSelection } from '../state/context.js';

/** One search hit: a node, and the field that matched if it was a field. */
export interface SearchHit {
  readonly nodeId: string;
  readonly text: string;
}

/** Finds nodes by title or id, and fields by question or id; at most `limit` hits. */
export function searchPathway(doc: Pathway, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const node of doc.nodes) {
    if (node.title.toLowerCase().includes(q) || node.id.toLowerCase().includes(q))
      hits.push({ nodeId: node.id, text: `${node.title} (${node.kind})` });
    if (node.kind === 'step')
      for (const field of node.fields)
        if (field.label.toLowerCase().includes(q) || field.id.includes(q))
          hits.push({ nodeId: node.id, text: `“${field.label}” in ${node.title}` });
    if (hits.length >= limit) break;
  }
  return hits.slice(0, limit);
}

/** Search for a node or field by name; choosing a hit selects and frames its node. */
export function SearchBox() {
  const { doc } = useDoc();
  const { reveal } = useSelection();
  const [query, setQuery] = useState('');
  const id = useId();
  const hits = useMemo(() => searchPathway(doc, query), [doc, query]);
  return (
    <div className="cw-search" role="search">
      <label htmlFor={id} className="cw-visually-hidden">
        Find a node or question
      </label>
      <input
        id={id}
        type="search"
        placeholder="Find a node or question"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query && (
        <div className="cw-search__results">
          <p role="status" className="cw-hint">
            {hits.length ? `${hits.length} found` : 'Nothing found'}
          </p>
          <ul>
            {hits.map((hit, i) => (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => {
                    reveal(hit.nodeId);
                    setQuery('');
                  }}
                >
                  {hit.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
