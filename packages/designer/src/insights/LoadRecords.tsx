import { useId, useRef } from 'react';
import { andMore, shortlist } from '../core.js';
import type { InsightsApi } from './context.js';
import { count } from './format.js';
import type { UsageSource } from './sources.js';

/** Skipped lines listed per file; the rest are counted. */
const SHOWN_ISSUES = 10;

/** Loading usage records: NDJSON files, or synthetic ones; and what was read from each. */
export function LoadRecords({ insights }: { insights: InsightsApi }) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { sources } = insights;
  return (
    <div className="cw-insights__load">
      <div className="cw-control">
        <label htmlFor={inputId}>Load usage records</label>
        <span id={hintId} className="cw-hint">
          NDJSON files (<code>.ndjson</code>) from <code>&lt;careway-pathway usage&gt;</code>; choose several
          at once to combine them. Records are kept in memory for this pathway only and are not saved: they
          are gone when you reload the page.
        </span>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".ndjson,.jsonl,application/x-ndjson"
          multiple
          aria-describedby={hintId}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            // The same file may be chosen again after it changed.
            e.target.value = '';
            void insights.load(files);
          }}
        />
      </div>
      <div className="cw-row">
        <button type="button" onClick={insights.loadSynthetic} disabled={insights.busy}>
          Try with synthetic records
        </button>
        <button type="button" onClick={insights.clear} disabled={sources.length === 0 || insights.busy}>
          Remove the loaded records
        </button>
      </div>
      <p role="status" className="cw-hint">
        {insights.busy ? 'Reading the records…' : loadedText(sources)}
      </p>
      {insights.error && (
        <p className="cw-banner cw-banner--error" role="alert">
          {insights.error}
        </p>
      )}
      {sources.some((s) => s.skipped > 0 || s.issues.length > 0) && <SkippedLines sources={sources} />}
    </div>
  );
}

function loadedText(sources: readonly UsageSource[]): string {
  if (sources.length === 0) return 'No usage records loaded.';
  const records = sources.reduce((n, s) => n + s.records.length, 0);
  const names = sources.map((s) => s.name).join(', ');
  return `${count(records, 'record')} loaded from ${names} (not saved).`;
}

function SkippedLines({ sources }: { sources: readonly UsageSource[] }) {
  return (
    <section aria-labelledby="cw-insights-skipped">
      <h3 id="cw-insights-skipped">Lines skipped</h3>
      <p className="cw-hint">Each line is named by its number only: its content is never shown.</p>
      {sources
        .filter((s) => s.issues.length > 0)
        .map((s) => {
          const { shown, more } = shortlist(s.issues, SHOWN_ISSUES);
          return (
            <div key={s.name}>
              <p>
                {s.name}: {count(s.skipped, 'line')} of {s.lines} skipped.
              </p>
              <ul>
                {shown.map((i, n) => (
                  <li key={n}>
                    <code>{i.code}</code> {i.message}
                  </li>
                ))}
                {more > 0 && <li>{andMore(more)}</li>}
              </ul>
            </div>
          );
        })}
    </section>
  );
}
