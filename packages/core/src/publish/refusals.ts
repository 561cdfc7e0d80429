/**
 * The publish gate: why a pathway may not go to clinicians yet. One gate for
 * every way of publishing (`careway publish`, the designer, the hub), so
 * that none publishes what another would refuse.
 */
import { analyze } from '../analysis/analyze.js';
import { testScenarios } from '../analysis/scenarios.js';
import { issue, type Issue } from '../issues/issue.js';
import { isIsoDate } from '../schema/common.js';
import { isApprovalCurrent } from '../schema/fingerprint.js';
import { safeParsePathway } from '../schema/parse.js';
import type { Pathway } from '../schema/pathway.js';
import type { PublicationCode } from './codes.js';

/** Options of {@link publicationRefusals}. */
export interface PublicationOptions {
  /** Fixes "today" (`YYYY-MM-DD`) for date rules; by default the clock. */
  readonly today?: string;
  /** Versions of this pathway already published with other content (a version is published once). */
  readonly publishedVersions?: readonly string[];
}

const refusal = (code: PublicationCode, path: Issue['path'], message: string): Issue<PublicationCode> =>
  issue(code, path, message);

/**
 * Why a pathway may not go to clinicians yet for want of sign-off: no
 * approval (`missing_approval`), an approval missing its role, name, date or
 * statement (`incomplete_approval`), or one given to different clinical
 * content (`stale_approval`, see `isApprovalCurrent`). Empty when its
 * sign-off is in order.
 */
export function signOffRefusals(pathway: Pathway): Issue<PublicationCode>[] {
  const out: Issue<PublicationCode>[] = [];
  if (pathway.approvals.length === 0)
    out.push(
      refusal(
        'missing_approval',
        ['approvals'],
        'Add at least one approval: who signed this pathway off as clinically safe, and when.',
      ),
    );
  pathway.approvals.forEach((a, i) => {
    const missing = [
      !a.role.trim() && 'role',
      !a.name.trim() && 'name',
      !isIsoDate(a.date) && 'date (a real date, YYYY-MM-DD)',
      !a.statement.trim() && 'statement',
    ].filter(Boolean);
    if (missing.length)
      out.push(
        refusal(
          'incomplete_approval',
          ['approvals', i],
          `Approval ${i + 1} needs its ${missing.join(', ')}.`,
        ),
      );
    if (!isApprovalCurrent(pathway, a))
      out.push(
        refusal(
          'stale_approval',
          ['approvals', i],
          `Approval ${i + 1} (${a.name || 'unnamed'}) was given to different clinical content: review the changes and sign it off again.`,
        ),
      );
  });
  return out;
}

function statusRefusals(pathway: Pathway): Issue<PublicationCode>[] {
  if (pathway.status === 'active') return [];
  const message =
    pathway.status === 'retired'
      ? 'Its status is "retired": retired pathways are not published. Make it "active", under a new version, to publish it again.'
      : `Its status is "${pathway.status}": set "status": "active" once it is signed off and ready for clinicians.`;
  return [refusal('not_active', ['status'], message)];
}

/**
 * Every reason `document` may not be published as it stands, as coded
 * issues; empty when it may. In order: the schema's errors (then nothing
 * else is checked), the analysis's errors, failing scenarios, sign-off, the
 * status, and a version already published.
 *
 * @example
 * const refusals = publicationRefusals(pathway, { publishedVersions: ['1.0.0'] });
 * if (refusals.length === 0) writeFile(publishedArtefact(pathway));
 */
export function publicationRefusals(document: unknown, options: PublicationOptions = {}): Issue[] {
  const parsed = safeParsePathway(document);
  if (!parsed.ok) return parsed.issues.filter((i) => i.severity === 'error');
  const pathway = parsed.pathway;
  const today = options.today !== undefined ? { today: options.today } : {};
  const out: Issue[] = analyze(pathway, { ...today, scenarios: false }).findings.filter(
    (f) => f.severity === 'error',
  );
  for (const report of testScenarios(pathway, today).reports) {
    if (report.passed) continue;
    const at = pathway.scenarios.findIndex((s) => s.id === report.scenario);
    out.push(
      refusal(
        'scenario_failed',
        ['scenarios', at],
        `Scenario “${report.name}” fails: ${report.failures.join('; ')}`,
      ),
    );
  }
  out.push(...signOffRefusals(pathway), ...statusRefusals(pathway));
  if (options.publishedVersions?.includes(pathway.version))
    out.push(
      refusal(
        'version_published',
        ['version'],
        `Version ${pathway.version} of ${pathway.id} is already published, with other content. Published versions never change: bump the version.`,
      ),
    );
  return out;
}
