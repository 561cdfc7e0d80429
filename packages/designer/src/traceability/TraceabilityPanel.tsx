import { useMemo } from 'react';
import { traceMatrix, type TraceElement, type TraceRecommendation, type TraceSource } from '../core.js';
import { useDoc, useSelection } from '../state/context.js';

function unsourcedWords(count: number): string {
  if (count === 0) return 'Every red flag, decision connection and outcome names its source.';
  return `${count} ${count === 1 ? 'red flag, decision connection or outcome names' : 'red flags, decision connections or outcomes name'} no source.`;
}

/** One element as a link that selects it: its node on the canvas and in the inspector, or its connection. */
function ElementLink({ element }: { element: TraceElement }) {
  const { reveal, select } = useSelection();
  const { nodeId, edgeId } = element;
  return (
    <button
      type="button"
      className="cw-link"
      onClick={() => {
        if (edgeId !== undefined) select({ nodes: [], edges: [edgeId] });
        else if (nodeId !== undefined) reveal(nodeId);
      }}
    >
      {element.name}
    </button>
  );
}

function ElementList({ elements }: { elements: readonly TraceElement[] }) {
  return (
    <ul className="cw-trace__elements">
      {elements.map((e) => (
        <li key={`${e.kind}:${e.id}`}>
          <ElementLink element={e} />
        </li>
      ))}
    </ul>
  );
}

function Status({ rec }: { rec: TraceRecommendation }) {
  if (rec.elements.length > 0) return <ElementList elements={rec.elements} />;
  if (rec.outOfScope !== undefined) return <span>Out of scope: {rec.outOfScope}</span>;
  return <strong className="cw-trace__untraced-mark">Not traced: nothing implements it</strong>;
}

function SourceTable({ source }: { source: TraceSource }) {
  const headingId = `cw-trace-${source.path.join('-')}`;
  return (
    <section className="cw-trace__source" aria-labelledby={headingId}>
      <h3 id={headingId}>{source.title}</h3>
      <p className="cw-hint">
        {source.publisher ? `${source.publisher}. ` : ''}
        {source.accessed ? `Last read ${source.accessed}.` : 'No date it was last read.'}
      </p>
      {source.recommendations.length > 0 ? (
        <table className="cw-table cw-trace__table">
          <caption className="cw-visually-hidden">
            Recommendations of {source.title} and what implements each
          </caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Recommendation</th>
              <th scope="col">Implemented by</th>
            </tr>
          </thead>
          <tbody>
            {source.recommendations.map((rec) => {
              const untraced = rec.elements.length === 0 && rec.outOfScope === undefined;
              return (
                <tr key={rec.id} className={untraced ? 'cw-trace__untraced' : undefined}>
                  <th scope="row">{rec.id}</th>
                  <td>{rec.summary}</td>
                  <td>
                    <Status rec={rec} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="cw-hint">No recommendations listed.</p>
      )}
      {source.elements.length > 0 && (
        <>
          <p>Citing the source as a whole:</p>
          <ElementList elements={source.elements} />
        </>
      )}
    </section>
  );
}

/**
 * The traceability matrix (core's `traceMatrix`): for each source, its
 * recommendations and what implements each, those out of scope and why,
 * those nothing implements; then the red flags, decision connections and
 * outcomes that name no source. Every element links to itself on the canvas.
 */
export function TraceabilityPanel() {
  const { doc } = useDoc();
  const matrix = useMemo(() => traceMatrix(doc), [doc]);
  const recs = matrix.sources.flatMap((s) => s.recommendations);
  const untraced = recs.filter((r) => r.elements.length === 0 && r.outOfScope === undefined).length;
  const outOfScope = recs.filter((r) => r.elements.length === 0 && r.outOfScope !== undefined).length;
  return (
    <section className="cw-trace" aria-labelledby="cw-trace-heading">
      <h2 id="cw-trace-heading">Traceability</h2>
      <p role="status" className="cw-hint">
        {matrix.sources.length === 0
          ? 'The pathway cites no sources yet. Add them in the pathway’s own inspector (select nothing), then link each red flag, decision connection and outcome to what it implements.'
          : `${recs.length - untraced - outOfScope} of ${recs.length} recommendations implemented, ${outOfScope} out of scope, ${untraced} not traced. ${unsourcedWords(matrix.unsourced.length)}`}
      </p>
      {matrix.sources.map((source) => (
        <SourceTable key={source.path.join('-')} source={source} />
      ))}
      <section className="cw-trace__source" aria-labelledby="cw-trace-unsourced">
        <h3 id="cw-trace-unsourced">Naming no source</h3>
        {matrix.unsourced.length === 0 ? (
          <p className="cw-hint">Every red flag, decision connection and outcome names its source.</p>
        ) : (
          <ElementList elements={matrix.unsourced} />
        )}
      </section>
    </section>
  );
}
