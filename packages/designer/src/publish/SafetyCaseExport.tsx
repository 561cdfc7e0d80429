import { safetyCaseReport, validate, type Pathway } from '../core.js';
import { downloadText } from '../files/download.js';
import type { PublishedVersion } from '../storage/db.js';

/** The newest published version other than the one being reported on, as a pathway. */
function previousOf(versions: readonly PublishedVersion[], doc: Pathway): Pathway | undefined {
  const last = [...versions].reverse().find((v) => v.version !== doc.version);
  if (!last) return undefined;
  try {
    const parsed = validate(JSON.parse(last.json));
    return parsed.ok ? parsed.pathway : undefined;
  } catch {
    // A stored version that no longer reads is left out of the diff, not allowed to stop the export.
    return undefined;
  }
}

/** The file name of a pathway's safety case report: `<id>-<version>-safety-case.html`. */
export function safetyCaseFileName(doc: Pathway): string {
  return `${doc.id}-${doc.version}-safety-case.html`;
}

/**
 * Downloads the clinical safety case of the pathway as it is now — core's
 * `safetyCaseReport`, the same document as `careway safety-case` — compared
 * with the newest published version.
 */
export function SafetyCaseExport({ doc, versions }: { doc: Pathway; versions: readonly PublishedVersion[] }) {
  const previous = previousOf(versions, doc);
  const download = () => {
    const today = new Date().toISOString().slice(0, 10);
    const html = safetyCaseReport(doc, { today, ...(previous ? { previous } : {}) });
    downloadText(safetyCaseFileName(doc), html, 'text/html');
  };
  return (
    <>
      <h3>Clinical safety case</h3>
      <p className="cw-hint">
        One HTML report for the clinical safety officer, to print to PDF: scope, hazard log, traceability,
        analysis, scenarios, approvals and the clinical changes since{' '}
        {previous ? `version ${previous.version}` : 'the last published version (none yet)'}.
      </p>
      <button type="button" onClick={download}>
        Download safety case<span className="cw-visually-hidden"> {safetyCaseFileName(doc)}</span>
      </button>
    </>
  );
}
