import {
  mostChangedAnswers,
  mostOverriddenPrefills,
  type FieldUsage,
  type Pathway,
  type UsageSummary,
} from '../core.js';
import { useDoc } from '../state/context.js';
import { countAndRate, formatRate } from './format.js';
import { NodeLink } from './NodeLink.js';

/** How many rows each table lists. */
export const FIELDS_SHOWN = 10;

function labelOf(doc: Pathway, f: FieldUsage): string {
  for (const node of doc.nodes)
    if (node.kind === 'step')
      for (const field of node.fields) if (field.id === f.id) return field.label || f.id;
  return f.id;
}

/** The prefilled answers clinicians overrode most often, and the answers they changed most often. */
export function FieldTables({ summary }: { summary: UsageSummary }) {
  const { doc } = useDoc();
  const overridden = mostOverriddenPrefills(summary, FIELDS_SHOWN);
  const changed = mostChangedAnswers(summary, FIELDS_SHOWN);
  const question = (f: FieldUsage) => (
    <th scope="row">
      {labelOf(doc, f)}{' '}
      <span className="cw-hint">
        (<NodeLink id={f.node} />)
      </span>
    </th>
  );
  return (
    <>
      {overridden.length === 0 ? (
        <p className="cw-hint">No answer was prefilled from the record in these sessions.</p>
      ) : (
        <table className="cw-table cw-insights__table" data-table="prefills">
          <caption>Prefilled answers most often overridden</caption>
          <thead>
            <tr>
              <th scope="col">Question (step)</th>
              <th scope="col">Prefilled in</th>
              <th scope="col">Overridden in</th>
              <th scope="col">Override rate</th>
            </tr>
          </thead>
          <tbody>
            {overridden.map((f) => (
              <tr key={f.id} data-field={f.id}>
                {question(f)}
                <td>{f.prefilled}</td>
                <td>{f.prefillOverridden}</td>
                <td>{formatRate(f.overrideRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changed.length === 0 ? (
        <p className="cw-hint">No answer was changed in these sessions.</p>
      ) : (
        <table className="cw-table cw-insights__table" data-table="changes">
          <caption>Answers most often changed</caption>
          <thead>
            <tr>
              <th scope="col">Question (step)</th>
              <th scope="col">Sessions that reached it</th>
              <th scope="col">Changed in</th>
              <th scope="col">Changes in all</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((f) => (
              <tr key={f.id} data-field={f.id}>
                {question(f)}
                <td>{f.sessions}</td>
                <td>{countAndRate(f.changedSessions, f.changeRate)}</td>
                <td>{f.changed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
