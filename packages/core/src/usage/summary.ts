/**
 * The figures `summariseUsage` gives: plain data, ready to show in the
 * designer, to write as JSON or to chart. docs/format/usage.md defines each.
 * A rate or share whose denominator is 0 is `null`, never `NaN`.
 */
import type { NodeKind } from '../schema/nodes.js';

/** A spread of times in milliseconds: the median and the 90th percentile (linear interpolation). */
export interface UsageTime {
  median: number;
  p90: number;
  /** How many times were measured. */
  n: number;
}

/** How one node of the pathway was used. */
export interface NodeUsage {
  id: string;
  kind: NodeKind;
  /** Arrivals at the node, revisits included. */
  visits: number;
  /** Sessions that reached the node: visited it, went back from or to it, or ended there. */
  sessions: number;
  /** `sessions` out of all the sessions summarised. */
  share: number | null;
  /** Time spent per visit (0 for a decision, which has no screen). */
  time: UsageTime | null;
  /** Sessions abandoned at this node. */
  abandoned: number;
  /** `abandoned` out of `sessions`. */
  abandonRate: number | null;
  /** Moves back from this node. */
  backsFrom: number;
  /** Moves back to this node. */
  backsTo: number;
  /** Sessions that went back from this node at least once, out of `sessions`. */
  backRate: number | null;
}

/** How one edge was used. */
export interface EdgeUsage {
  id: string;
  from: string;
  to: string;
  /** Times the edge was taken, retakes after going back included. */
  traversals: number;
  /** Sessions that took the edge at least once. */
  sessions: number;
  /** `sessions` out of all the sessions summarised. */
  share: number | null;
}

/** How one field's answers were changed and its prefills overridden. */
export interface FieldUsage {
  id: string;
  /** The step that asks the field. */
  node: string;
  /** Sessions that reached the field's step (or named the field). */
  sessions: number;
  /** Answers changed, in all sessions. */
  changed: number;
  /** Sessions in which the answer was changed at least once. */
  changedSessions: number;
  /** `changedSessions` out of `sessions`. */
  changeRate: number | null;
  /** Sessions in which the host's record prefilled the field. */
  prefilled: number;
  /** Sessions in which the clinician replaced the prefilled value. */
  prefillOverridden: number;
  /** `prefillOverridden` out of `prefilled`. */
  overrideRate: number | null;
}

/** How often one outcome was reached, and how long it took. */
export interface OutcomeUsage {
  id: string;
  /** Completed sessions that ended here. */
  sessions: number;
  /** `sessions` out of all completed sessions. */
  share: number | null;
  /** Time from the start of the session to its completion here. */
  time: UsageTime | null;
}

/** Sessions of one version of the pathway. */
export interface VersionUsage {
  version: string;
  fingerprint: string;
  sessions: number;
  /** Whether this is the clinical content of the pathway summarised against. */
  current: boolean;
}

/** An id that records name and the pathway summarised against does not have. */
export interface UnknownId {
  id: string;
  /** Sessions that named it. */
  sessions: number;
}

/** What `summariseUsage` found. */
export interface UsageSummary {
  /** The pathway summarised against. */
  pathway: { id: string; version: string; fingerprint: string };
  /** Records of this pathway summarised (any version). */
  sessions: number;
  /** Records left out: of another pathway id, or not records at all. */
  skipped: { otherPathway: number; invalid: number };
  status: { completed: number; abandoned: number; inProgress: number };
  /** Sessions resumed from a saved draft. */
  resumed: number;
  /** Records whose lists reached the recorder's limit. */
  truncated: number;
  /** Time from start to completion over all completed sessions. */
  time: UsageTime | null;
  /** Sessions per version and fingerprint, most sessions first. */
  versions: VersionUsage[];
  /** Every node of the pathway, in document order. */
  nodes: NodeUsage[];
  /** Every edge of the pathway, in document order. */
  edges: EdgeUsage[];
  /** Every answerable field of the pathway, in document order. */
  fields: FieldUsage[];
  /** Every outcome of the pathway, in document order. */
  outcomes: OutcomeUsage[];
  /** Ids in records that the pathway no longer has (older versions), most sessions first. */
  unknown: { nodes: UnknownId[]; edges: UnknownId[]; fields: UnknownId[] };
}
