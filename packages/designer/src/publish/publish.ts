import { publishedArtefact, type Pathway } from '../core.js';
import { command, type Command } from '../model/command.js';
import type { Problem } from '../problems/types.js';

/** Which part of the semantic version a publication bumps. */
export type Bump = 'major' | 'minor' | 'patch';

/** The next semantic version: `1.2.3` bumped by `minor` is `1.3.0`. */
export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why the pathway cannot be published yet: errors found by core, failing
 * scenarios, missing or incomplete approvals, a version already published.
 * Empty when it can be published.
 */
export function publishRefusals(
  doc: Pathway,
  problems: readonly Problem[],
  failingScenarios: readonly string[],
  publishedVersions: readonly string[],
  nextVersion: string,
): string[] {
  const out: string[] = [];
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length)
    out.push(`Fix the ${errors.length} error${errors.length === 1 ? '' : 's'} in the problems panel first.`);
  for (const name of failingScenarios) out.push(`Scenario “${name}” fails: fix the pathway or the scenario.`);
  if (doc.approvals.length === 0)
    out.push('Add at least one approval: who signed this pathway off as clinically safe, and when.');
  doc.approvals.forEach((a, i) => {
    const missing = [
      !a.role.trim() && 'role',
      !a.name.trim() && 'name',
      !DATE.test(a.date) && 'date (YYYY-MM-DD)',
      !a.statement.trim() && 'statement',
    ].filter(Boolean);
    if (missing.length) out.push(`Approval ${i + 1} needs its ${missing.join(', ')}.`);
  });
  if (publishedVersions.includes(nextVersion))
    out.push(`Version ${nextVersion} is already published: choose a bigger bump.`);
  return out;
}

/** Sets the version and makes the pathway active: the edit that publishing makes. */
export function publishCommand(version: string): Command {
  return command('publish', `Publish version ${version}`, (doc) =>
    doc.version === version && doc.status === 'active' ? doc : { ...doc, version, status: 'active' },
  );
}

/** The published artefact: core's, so the same canonical JSON and integrity string as `careway publish`. */
export type Artefact = ReturnType<typeof publishedArtefact>;

/** Builds the artefact of a pathway as it stands (its version already bumped). */
export function buildArtefact(doc: Pathway): Artefact {
  return publishedArtefact(doc);
}
