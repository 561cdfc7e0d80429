import type { Pathway } from '../../core.js';
import { diffPathways, type PathwayDiff } from './diff.js';

/** A published version as the comparison reads it: its version and its canonical JSON text. */
export interface VersionText {
  readonly version: string;
  readonly json: string;
}

/** Two versions compared: a published one and a later published one, or the pathway as it is now. */
export interface Comparison {
  /** The older version. */
  readonly from: string;
  /** The newer published version; absent for the pathway as it is now (shown on the canvas). */
  readonly to?: string | undefined;
  readonly diff: PathwayDiff;
  /** The older version's document (its removed nodes are drawn as ghosts when comparing with now). */
  readonly before: Pathway;
}

/** Compares published version `from` with published version `to`, or with `now` when `to` is absent. */
export function compareVersions(
  versions: readonly VersionText[],
  from: string,
  to: string | undefined,
  now: Pathway,
): Comparison | undefined {
  const read = (v: string) => {
    const found = versions.find((x) => x.version === v);
    return found ? (JSON.parse(found.json) as Pathway) : undefined;
  };
  const before = read(from);
  const after = to === undefined ? now : read(to);
  if (!before || !after) return undefined;
  return { from, ...(to === undefined ? {} : { to }), diff: diffPathways(before, after), before };
}
