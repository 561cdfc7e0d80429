import type { FrictionReport } from '../editor/checks/types.js';
import { useDoc, useSelection } from '../state/context.js';

/** For each outcome, the fewest and most questions a clinician answers to reach it; and the fields nothing uses. */
export function FrictionPanel({ report }: { report: FrictionReport | undefined }) {
  const { doc } = useDoc();
  const { reveal } = useSelection();
  const title = (id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
  const fieldNode = (fieldId: string) =>
    doc.nodes.find((n) => n.kind === 'step' && n.fields.some((f) => f.id === fieldId));
  return (
    <section aria-labelledby="cw-friction-heading">
      <h2 id="cw-friction-heading">Friction</h2>
      {!report ? (
        <p className="cw-hint">Friction figures appear here once core’s analysis can measure this pathway.</p>
      ) : (
        <>
          {report.note && <p className="cw-hint">{report.note}</p>}
          <table className="cw-table">
            <caption className="cw-visually-hidden">Questions asked on the way to each outcome</caption>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Fewest questions</th>
                <th scope="col">Most questions</th>
                <th scope="col">Routes</th>
              </tr>
            </thead>
            <tbody>
              {report.outcomes.map((o) => (
                <tr key={o.outcome}>
                  <th scope="row">
                    <button type="button" className="cw-link" onClick={() => reveal(o.outcome)}>
                      {title(o.outcome)}
                    </button>
                  </th>
                  <td>{o.minQuestions ?? 'unreachable'}</td>
                  <td>{o.maxQuestions ?? 'unreachable'}</td>
                  <td>{o.routes ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Questions nothing uses</h3>
          {report.unusedFields.length === 0 ? (
            <p className="cw-hint">Every question is used by a route, a score or an outcome.</p>
          ) : (
            <ul>
              {report.unusedFields.map((id) => {
                const node = fieldNode(id);
                return (
                  <li key={id}>
                    {node ? (
                      <button type="button" className="cw-link" onClick={() => reveal(node.id)}>
                        {id} in “{node.title}”
                      </button>
                    ) : (
                      id
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
