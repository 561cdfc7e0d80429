import type { UnknownId, UsageSummary } from '../core.js';
import { count, formatDuration } from './format.js';

/** The whole of core's summary at a glance: sessions by status, versions, and what no longer exists. */
export function Overview({ summary }: { summary: UsageSummary }) {
  const { status, sessions } = summary;
  const left = summary.skipped.otherPathway + summary.skipped.invalid;
  return (
    <section aria-labelledby="cw-insights-overview">
      <h3 id="cw-insights-overview">Sessions</h3>
      <dl className="cw-figures">
        <div>
          <dt>Sessions</dt>
          <dd data-figure="sessions">{sessions}</dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd data-figure="completed">{status.completed}</dd>
        </div>
        <div>
          <dt>Abandoned</dt>
          <dd data-figure="abandoned">{status.abandoned}</dd>
        </div>
        <div>
          <dt>In progress</dt>
          <dd data-figure="in-progress">{status.inProgress}</dd>
        </div>
        <div>
          <dt>Resumed from a draft</dt>
          <dd>{summary.resumed}</dd>
        </div>
        <div>
          <dt>Time to an outcome</dt>
          <dd>
            {summary.time
              ? `median ${formatDuration(summary.time.median)}, 90th percentile ${formatDuration(summary.time.p90)}`
              : '—'}
          </dd>
        </div>
      </dl>
      {left > 0 && (
        <p className="cw-hint">
          Left out: {count(summary.skipped.otherPathway, 'record')} of other pathways
          {summary.skipped.invalid ? `, ${count(summary.skipped.invalid, 'value')} that are not records` : ''}
          .
        </p>
      )}
      {summary.truncated > 0 && (
        <p className="cw-hint">
          {count(summary.truncated, 'record')} reached the recorder’s limit and may be incomplete.
        </p>
      )}
      <h4>Versions</h4>
      <ul>
        {summary.versions.map((v) => (
          <li key={`${v.version} ${v.fingerprint}`}>
            {v.version} <code>{v.fingerprint.slice(0, 19)}…</code>: {count(v.sessions, 'session')}
            {v.current ? ' (this clinical content)' : ' (other clinical content)'}
          </li>
        ))}
      </ul>
      <NoLongerHere unknown={summary.unknown} />
    </section>
  );
}

function NoLongerHere({ unknown }: { unknown: UsageSummary['unknown'] }) {
  const groups: [string, UnknownId[]][] = [
    ['Nodes', unknown.nodes],
    ['Connections', unknown.edges],
    ['Questions', unknown.fields],
  ];
  const any = groups.some(([, ids]) => ids.length > 0);
  return (
    <>
      <h4>No longer in this version</h4>
      {!any ? (
        <p className="cw-hint">Every node, connection and question the records name is in this version.</p>
      ) : (
        <ul>
          {groups
            .filter(([, ids]) => ids.length > 0)
            .map(([what, ids]) => (
              <li key={what}>
                {what}:{' '}
                {ids.map((u, i) => (
                  <span key={u.id}>
                    {i > 0 && ', '}
                    <code>{u.id}</code> ({count(u.sessions, 'session')})
                  </span>
                ))}
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
