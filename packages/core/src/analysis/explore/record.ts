/**
 * What an exploration leaves behind for the rules and the metrics: the
 * state graph (states and labelled transitions), what was reached and taken,
 * and the route-dependent findings met on the way.
 */
import type { Finding } from '../types.js';
import type { State } from './state.js';

/** A move from one state to the next: the edge taken and the questions shown on the way. */
export interface Transition {
  readonly to: number;
  readonly edge: string;
  readonly questions: number;
}

/** The result of exploring a pathway's abstract answer space. */
export interface Exploration {
  readonly states: State[];
  /** Outgoing transitions per state id. */
  readonly transitions: Transition[][];
  /** State ids per node id, in discovery order. */
  readonly statesAt: Map<string, number[]>;
  readonly reachedNodes: Set<string>;
  readonly takenEdges: Set<string>;
  /** Fields shown on some explored route. */
  readonly shownFields: Set<string>;
  /** Per step: the distinct prefilled answers seen on arrival (`null` once one varies or is missing). */
  readonly prefills: Map<string, Set<string> | null>;
  /**
   * Every arrival at an outcome, before states that can no longer behave
   * differently are merged: what led there, for checks that compare routes
   * by answers the outcome itself does not read (kept only when the
   * pathway has context facts, which is what those checks compare).
   */
  readonly arrivals: State[];
  /** Findings that depend on a route, first (shortest) occurrence only. */
  readonly findings: Finding[];
  /** True when every abstract state was expanded within the budget. */
  complete: boolean;
}

/** An empty exploration record. */
export function emptyExploration(): Exploration {
  return {
    states: [],
    transitions: [],
    statesAt: new Map(),
    reachedNodes: new Set(),
    takenEdges: new Set(),
    shownFields: new Set(),
    prefills: new Map(),
    arrivals: [],
    findings: [],
    complete: true,
  };
}

/** Adds a finding unless one with the same code about the same node, edge and field was already recorded. */
export function recordOnce(record: Exploration, seen: Set<string>, f: Finding): void {
  const key = `${f.code}|${f.nodeId ?? ''}|${f.edgeId ?? ''}|${f.fieldId ?? ''}`;
  if (seen.has(key)) return;
  seen.add(key);
  record.findings.push(f);
}
