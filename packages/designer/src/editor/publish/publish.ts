import { analyze, publishedArtefact, signOffRefusals, validate, type Pathway } from '../../core.js';
import { command, type Command } from '../commands/command.js';

/** Which part of the semantic version a publication bumps. */
export type Bump = 'major' | 'minor' | 'patch';

/** The next semantic version: `1.2.3` bumped by `minor` is `1.3.0`. */
export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * The errors core finds in the document as it is now, the same gate as
 * `careway publish`: the schema's errors, or else the analysis's errors.
 * Run at the moment of publishing, never from the problems panel, whose
 * checks wait for the author to pause typing.
 */
export function publishErrors(doc: Pathway): string[] {
  const parsed = validate(doc);
  if (!parsed.ok) return parsed.issues.filter((i) => i.severity === 'error').map((i) => i.message);
  return analyze(parsed.pathway, { scenarios: false })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.message);
}

const SHOWN_ERRORS = 3;

/**
 * Why the pathway cannot be published yet: errors found by core (see
 * {@link publishErrors}), failing scenarios, missing, incomplete or stale
 * approvals, a version already published. Empty when it can be published.
 */
export function publishRefusals(
  doc: Pathway,
  errors: readonly string[],
  failingScenarios: readonly string[],
  publishedVersions: readonly string[],
  nextVersion: string,
): string[] {
  const out: string[] = [];
  if (errors.length) {
    out.push(`Fix the ${errors.length} error${errors.length === 1 ? '' : 's'} in the problems panel first.`);
    out.push(...errors.slice(0, SHOWN_ERRORS));
    if (errors.length > SHOWN_ERRORS) out.push(`… and ${errors.length - SHOWN_ERRORS} more.`);
  }
  for (const name of failingScenarios) out.push(`Scenario “${name}” fails: fix the pathway or the scenario.`);
  out.push(...signOffRefusals(doc).map((r) => r.message));
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

/**
 * Builds the artefact of a pathway as it stands (its version already
 * bumped) exactly as `careway publish` does: core's `publishedArtefact` of
 * the pathway as core's parser reads it.
 */
export function buildArtefact(doc: Pathway): Artefact {
  const parsed = validate(doc);
  return publishedArtefact(parsed.ok ? parsed.pathway : doc);
}
