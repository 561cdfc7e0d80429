import type { UsageSummary } from '../core.js';
import type { FrictionReport } from '../editor/checks/types.js';
import { formatDuration, formatRate } from './format.js';
import { NodeLink } from './NodeLink.js';

/**
 * Each outcome with core's static friction (the fewest and most questions
 * asked on the way) beside what the records say: sessions that ended there,
 * their share of completed sessions, and the time it took.
 */
export function OutcomeTable({
  summary,
  friction,
}: {
  summary: UsageSummary;
  friction: FrictionReport | undefined;
}) {
  const questions = new Map(friction?.outcomes.map((o) => [o.outcome, o]));
  const asked = (n: number | null | undefined) => (n === undefined ? '—' : (n ?? 'unreachable'));
  return (
    <table className="cw-table cw-insights__table">
      <caption>
        Outcomes: questions asked (from the pathway) and sessions that ended there (from the records)
      </caption>
      <thead>
        <tr>
          <th scope="col">Outcome</th>
          <th scope="col">Fewest questions</th>
          <th scope="col">Most questions</th>
          <th scope="col">Sessions</th>
          <th scope="col">Share of completed</th>
          <th scope="col">Median time to outcome</th>
          <th scope="col">90th percentile</th>
        </tr>
      </thead>
      <tbody>
        {summary.outcomes.map((o) => {
          const f = questions.get(o.id);
          return (
            <tr key={o.id} data-outcome={o.id}>
              <th scope="row">
                <NodeLink id={o.id} />
              </th>
              <td>{asked(f?.minQuestions)}</td>
              <td>{asked(f?.maxQuestions)}</td>
              <td>{o.sessions}</td>
              <td>{formatRate(o.share)}</td>
              <td>{o.time ? formatDuration(o.time.median) : '—'}</td>
              <td>{o.time ? formatDuration(o.time.p90) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
