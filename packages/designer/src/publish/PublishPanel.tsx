import { useId, useState } from 'react';
import { andMore, shortlist, type Issue } from '../core.js';
import { downloadText } from '../files/download.js';
import type { PublishedVersion } from '../storage/db.js';
import { useDoc } from '../state/context.js';
import { compareVersions, type Comparison } from '../editor/diff/comparison.js';
import { bumpVersion, tryPublish, type Bump, type PublishAttempt } from '../editor/publish/publish.js';
import { ProblemItem } from '../problems/ProblemItem.js';
import { CompareVersions } from './CompareVersions.js';
import { SafetyCaseExport } from './SafetyCaseExport.js';

/** How many reasons a refusal lists before `… and N more`. */
const SHOWN_REFUSALS = 5;

/** Props of {@link PublishPanel}. */
export interface PublishPanelProps {
  readonly versions: readonly PublishedVersion[];
  readonly onPublish?: ((version: PublishedVersion) => unknown) | undefined;
  /** The version compared with the pathway as it is now, if any. */
  readonly comparing: string | undefined;
  readonly onCompare: (comparison: Comparison | undefined) => void;
}

/**
 * Publishing: bump the version, ask core's gate (the gate of `careway
 * publish`, on the document as publishing would leave it at the click) and
 * produce the canonical `<id>@<version>.json` with its `sha256-…` integrity
 * (the same as `careway publish`); earlier versions are kept and any two
 * can be compared (or one with the pathway as it is now).
 */
export function PublishPanel({ versions, onPublish, comparing, onCompare }: PublishPanelProps) {
  const { doc, run } = useDoc();
  const [bump, setBump] = useState<Bump>(versions.length ? 'minor' : 'patch');
  const [refused, setRefused] = useState<Extract<PublishAttempt, { ok: false }>>();
  const [done, setDone] = useState<PublishedVersion>();
  const groupId = useId();
  const first = versions.length === 0 && doc.status === 'draft';
  const next = first ? doc.version : bumpVersion(doc.version, bump);
  const publish = async () => {
    const attempt = tryPublish(
      doc,
      next,
      versions.map((v) => v.version),
    );
    setDone(undefined);
    setRefused(attempt.ok ? undefined : attempt);
    if (!attempt.ok) return;
    run(attempt.command);
    const version: PublishedVersion = {
      pathwayId: attempt.published.id,
      version: attempt.published.version,
      ...attempt.artefact,
      publishedAt: new Date().toISOString(),
    };
    await onPublish?.(version);
    setDone(version);
  };
  const compare = (v: PublishedVersion) =>
    onCompare(comparing === v.version ? undefined : compareVersions(versions, v.version, undefined, doc));
  return (
    <section aria-labelledby="cw-publish-heading">
      <h2 id="cw-publish-heading">Publish</h2>
      <p>
        This pathway is version <strong>{doc.version}</strong> ({doc.status}).
      </p>
      {!first && (
        <fieldset className="cw-group">
          <legend>Next version</legend>
          {(['patch', 'minor', 'major'] as const).map((b) => (
            <div key={b} className="cw-control cw-control--check">
              <input
                type="radio"
                id={`${groupId}-${b}`}
                name={groupId}
                checked={bump === b}
                onChange={() => setBump(b)}
              />
              <label htmlFor={`${groupId}-${b}`}>
                {bumpVersion(doc.version, b)} (
                {b === 'patch' ? 'corrections' : b === 'minor' ? 'clinical changes' : 'a new pathway design'})
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <button type="button" className="cw-primary" onClick={() => void publish()} disabled={!onPublish}>
        Publish version {next}
      </button>
      {refused && <Refusals version={refused.version} refusals={refused.refusals} />}
      {done && (
        <div className="cw-banner" role="status">
          <p>
            Published <strong>{done.fileName}</strong>. Integrity:{' '}
            <code className="cw-integrity">{done.integrity}</code>
          </p>
        </div>
      )}
      <SafetyCaseExport doc={doc} versions={versions} />
      <h3>Published versions</h3>
      {versions.length === 0 ? (
        <p className="cw-hint">None yet.</p>
      ) : (
        <table className="cw-table">
          <caption className="cw-visually-hidden">Published versions</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Published</th>
              <th scope="col">Integrity</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td>{new Date(v.publishedAt).toLocaleString('en-GB')}</td>
                <td>
                  <code className="cw-integrity">{v.integrity}</code>
                </td>
                <td>
                  <button type="button" onClick={() => downloadText(v.fileName, v.json)}>
                    Download<span className="cw-visually-hidden"> {v.fileName}</span>
                  </button>{' '}
                  <button type="button" aria-pressed={comparing === v.version} onClick={() => compare(v)}>
                    Compare with now<span className="cw-visually-hidden"> (version {v.version})</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CompareVersions versions={versions} doc={doc} onCompare={onCompare} />
    </section>
  );
}

/** Why a version was not published: core's reasons, the first few in full, each leading to its node. */
function Refusals({ version, refusals }: { version: string; refusals: readonly Issue[] }) {
  const { shown, more } = shortlist(refusals, SHOWN_REFUSALS);
  return (
    <div className="cw-banner cw-banner--error" role="alert">
      <p>
        <strong>Version {version} was not published.</strong>{' '}
        {refusals.length === 1 ? 'Fix this first:' : `Fix these ${refusals.length} problems first:`}
      </p>
      <ul className="cw-problems">
        {shown.map((r, i) => (
          <ProblemItem key={`${r.code}-${r.path.join('.')}-${i}`} problem={r} severity={false} />
        ))}
      </ul>
      {more > 0 && <p>{andMore(more)}</p>}
    </div>
  );
}
