import { useId } from 'react';
import type { PathwayNode } from '../core.js';
import { useInsights } from './context.js';
import { count, countAndRate, formatDuration, formatRate } from './format.js';

/**
 * Core's figures for one node from the loaded usage records: visits and
 * sessions, time per visit, abandonment, back-tracks, and for a step each
 * question's changes and overridden prefills. Nothing without records.
 */
export function StepFigures({ node }: { node: PathwayNode }) {
  const insights = useInsights();
  const headingId = useId();
  const summary = insights?.summary;
  const usage = summary?.nodes.find((n) => n.id === node.id);
  if (!insights || !summary || !usage) return null;
  const fields = node.kind === 'step' ? summary.fields.filter((f) => f.node === node.id) : [];
  const labels = new Map(node.kind === 'step' ? node.fields.map((f) => [f.id, f.label || f.id]) : []);
  return (
    <section className="cw-step-figures" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Usage of “{node.title}”{insights.synthetic ? ' (synthetic records)' : ''}
      </h3>
      <dl className="cw-figures">
        <div>
          <dt>Visits</dt>
          <dd data-figure="visits">{usage.visits}</dd>
        </div>
        <div>
          <dt>Sessions that reached it</dt>
          <dd data-figure="sessions">
            {usage.sessions} of {summary.sessions} ({formatRate(usage.share)})
          </dd>
        </div>
        {node.kind !== 'decision' && (
          <div>
            <dt>Time per visit</dt>
            <dd data-figure="time">
              {usage.time
                ? `median ${formatDuration(usage.time.median)}, 90th percentile ${formatDuration(usage.time.p90)}`
                : '—'}
            </dd>
          </div>
        )}
        <div>
          <dt>Abandoned here</dt>
          <dd data-figure="abandoned">{countAndRate(usage.abandoned, usage.abandonRate)}</dd>
        </div>
        <div>
          <dt>Went back from here</dt>
          <dd data-figure="backs">
            {count(usage.backsFrom, 'time')} ({formatRate(usage.backRate)} of its sessions)
          </dd>
        </div>
        <div>
          <dt>Came back to here</dt>
          <dd>{count(usage.backsTo, 'time')}</dd>
        </div>
      </dl>
      {fields.length > 0 && (
        <table className="cw-table">
          <caption>Answers changed and prefills overridden on this step</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Changed in</th>
              <th scope="col">Prefilled in</th>
              <th scope="col">Overridden in</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.id} data-field={f.id}>
                <th scope="row">{labels.get(f.id) ?? f.id}</th>
                <td>{countAndRate(f.changedSessions, f.changeRate)}</td>
                <td>{f.prefilled}</td>
                <td>{countAndRate(f.prefillOverridden, f.overrideRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
