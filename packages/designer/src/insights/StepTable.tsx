import { slowestPages, type UsageSummary } from '../core.js';
import { countAndRate, formatDuration, formatRate } from './format.js';
import { NodeLink } from './NodeLink.js';

/** How many of the slowest pages are listed. */
export const SLOWEST_SHOWN = 10;

/** The slowest steps, with core's times per visit, abandonment and back-tracking. */
export function StepTable({ summary }: { summary: UsageSummary }) {
  const rows = slowestPages(summary, SLOWEST_SHOWN);
  if (rows.length === 0) return <p className="cw-hint">No page was visited in these records.</p>;
  return (
    <table className="cw-table cw-insights__table">
      <caption>Slowest steps, by median time per visit</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Visits</th>
          <th scope="col">Median per visit</th>
          <th scope="col">90th percentile</th>
          <th scope="col">Abandoned here</th>
          <th scope="col">Went back from here</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id} data-node={n.id}>
            <th scope="row">
              <NodeLink id={n.id} />
            </th>
            <td>{n.visits}</td>
            <td>{n.time ? formatDuration(n.time.median) : '—'}</td>
            <td>{n.time ? formatDuration(n.time.p90) : '—'}</td>
            <td>{countAndRate(n.abandoned, n.abandonRate)}</td>
            <td>{formatRate(n.backRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
