import { publicationRefusals, publishedArtefact, type Issue, type Pathway } from '../../core.js';
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
 * Sets the version and makes the pathway active: the edit that publishing
 * makes. The command remembers its last edit, so that applying it to a
 * copy first (to check the result) and then through the command stack
 * makes the edit once, and the stack holds the very document that was checked.
 */
export function publishCommand(version: string): Command {
  let last: { readonly from: Pathway; readonly to: Pathway } | undefined;
  return command('publish', `Publish version ${version}`, (doc) => {
    if (last?.from !== doc)
      last = {
        from: doc,
        to: doc.version === version && doc.status === 'active' ? doc : { ...doc, version, status: 'active' },
      };
    return last.to;
  });
}

/** The published artefact: core's, so the same canonical JSON and integrity string as `careway publish`. */
export type Artefact = ReturnType<typeof publishedArtefact>;

/**
 * Builds the artefact of a pathway as it stands (its version already
 * bumped) exactly as `careway publish` does: core's `publishedArtefact`.
 * The pathway must have passed core's gate ({@link tryPublish}), which read
 * it with core's parser; a valid pathway reads back as itself, so the bytes
 * are those the CLI writes from the file.
 */
export function buildArtefact(doc: Pathway): Artefact {
  return publishedArtefact(doc);
}

/** What a click on Publish comes to: refused with core's reasons, or the edit to make and the file it gives. */
export type PublishAttempt =
  | { readonly ok: false; readonly version: string; readonly refusals: readonly Issue[] }
  | {
      readonly ok: true;
      readonly version: string;
      /** The edit to run through the command stack: it gives {@link published}. */
      readonly command: Command;
      readonly published: Pathway;
      readonly artefact: Artefact;
    };

/**
 * Publishing `doc` as `version`, decided by core's gate
 * (`publicationRefusals`, the gate of `careway publish`) on the document as
 * the publish edit leaves it (that version, status active), with the
 * versions already published. Core's refusals come placed: each names the
 * node, edge or field it is in, when it is in one.
 */
export function tryPublish(
  doc: Pathway,
  version: string,
  publishedVersions: readonly string[],
): PublishAttempt {
  const cmd = publishCommand(version);
  const published = cmd.apply(doc);
  const refusals = publicationRefusals(published, { publishedVersions });
  if (refusals.length > 0) return { ok: false, version, refusals };
  return { ok: true, version, command: cmd, published, artefact: buildArtefact(published) };
}
