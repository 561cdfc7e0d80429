import {
  clinicalContent,
  NON_CLINICAL_PROPERTIES,
  type ContextField,
  type Pathway,
  type Scenario,
  type Source,
  type Variable,
} from '../../core.js';
import { differs, matchBy, q, titleIn } from './words.js';

type Phraser = (before: Pathway, after: Pathway) => string[];

function listChanges<T>(
  before: readonly T[],
  after: readonly T[],
  key: (x: T) => string,
  name: (x: T) => string,
  changed: (was: T, now: T) => string[] = (_, now) => [`${name(now)} changed`],
): string[] {
  const { added, removed, kept } = matchBy(before, after, key);
  return [
    ...added.map((x) => `Added ${name(x).charAt(0).toLowerCase()}${name(x).slice(1)}`),
    ...removed.map((x) => `Removed ${name(x).charAt(0).toLowerCase()}${name(x).slice(1)}`),
    ...kept.flatMap(([was, now]) => (differs(was, now) ? changed(was, now) : [])),
  ];
}

function variableChange(was: Variable, now: Variable): string[] {
  const name = `Variable ${q(now.label)}`;
  if (was.kind === 'expression' && now.kind === 'expression' && was.expr !== now.expr)
    return [`${name} is now worked out as ${now.expr} (was ${was.expr})`];
  if (was.kind === 'score' && now.kind === 'score' && differs(was.items, now.items))
    return [`Score ${q(now.label)} counts its points differently (${now.items.length} items)`];
  return [`${name} changed`];
}

function sourceChange(was: Source, now: Source): string[] {
  const name = `Source ${q(now.title)}`;
  const { added, removed, kept } = matchBy(was.recommendations ?? [], now.recommendations ?? [], (r) => r.id);
  const out = [
    ...added.map((r) => `${name} lists recommendation ${r.id}, ${q(r.summary)}`),
    ...removed.map((r) => `${name} no longer lists recommendation ${r.id}`),
  ];
  for (const [a, b] of kept) {
    if (a.outOfScope !== b.outOfScope)
      out.push(
        b.outOfScope === undefined
          ? `${name}: recommendation ${b.id} is no longer out of scope`
          : `${name}: recommendation ${b.id} is out of scope (${q(b.outOfScope)})`,
      );
    if (a.summary !== b.summary) out.push(`${name}: recommendation ${b.id} now reads ${q(b.summary)}`);
  }
  if (was.accessed !== now.accessed && now.accessed !== undefined)
    out.push(`${name} was read again on ${now.accessed}`);
  const { recommendations: _a, accessed: _b, ...wasRest } = was;
  const { recommendations: _c, accessed: _d, ...nowRest } = now;
  if (differs(wasRest, nowRest) || (out.length === 0 && differs(was, now))) out.push(`${name} changed`);
  return out;
}

function scenarioChange(before: Pathway, after: Pathway) {
  return (was: Scenario, now: Scenario): string[] => {
    const name = `Scenario ${q(now.name)}`;
    const out: string[] = [];
    if (was.expect.outcome !== now.expect.outcome)
      out.push(
        `${name} now expects ${q(titleIn(after, now.expect.outcome))} (was ${q(titleIn(before, was.expect.outcome))})`,
      );
    if (differs(was.answers, now.answers)) out.push(`${name} gives other answers`);
    if (differs(was.context, now.context)) out.push(`${name} gives another context`);
    if (out.length === 0) out.push(`${name} changed`);
    return out;
  };
}

const phrasers: Record<string, Phraser> = {
  title: (a, b) => [`The pathway is now called ${q(b.title)} (was ${q(a.title)})`],
  description: () => ['The pathway’s description changed'],
  start: (a, b) => [`The pathway now starts at ${q(titleIn(b, b.start))} (was ${q(titleIn(a, a.start))})`],
  context: (a, b) =>
    listChanges<ContextField>(
      a.context,
      b.context,
      (c) => c.id,
      (c) => `Context fact ${q(c.label)}`,
    ),
  sources: (a, b) =>
    listChanges(
      a.sources,
      b.sources,
      (s) => s.id,
      (s) => `Source ${q(s.title)}`,
      sourceChange,
    ),
  variables: (a, b) =>
    listChanges(
      a.variables,
      b.variables,
      (v) => v.id,
      (v) => `Variable ${q(v.label)}`,
      variableChange,
    ),
  scenarios: (a, b) =>
    listChanges(
      a.scenarios,
      b.scenarios,
      (s) => s.id,
      (s) => `Scenario ${q(s.name)}`,
      scenarioChange(a, b),
    ),
};

/**
 * The clinical changes outside the nodes and routes: every top-level part of
 * core's `clinicalContent` (title, start, context, sources, variables,
 * scenarios, …) that differs, in words.
 */
export function documentChanges(before: Pathway, after: Pathway): string[] {
  const a = clinicalContent(before) as Record<string, unknown>;
  const b = clinicalContent(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => k !== 'nodes' && k !== 'edges' && differs(a[k], b[k]),
  );
  return keys.flatMap((k) => phrasers[k]?.(before, after) ?? [`The pathway’s ${k} changed`]);
}

const otherWords: Record<string, (a: Pathway, b: Pathway) => string> = {
  version: (a, b) => `Version ${b.version} (was ${a.version})`,
  status: (a, b) => `Status ${b.status} (was ${a.status})`,
  approvals: (a, b) => `Approvals changed (${b.approvals.length}, was ${a.approvals.length})`,
  translations: () => 'Welsh translations changed',
  publisher: () => 'Publisher changed',
};

/** The changes outside the clinical content that a reader may still want to know (never the layout). */
export function otherChanges(before: Pathway, after: Pathway): string[] {
  return NON_CLINICAL_PROPERTIES.filter(
    (k) => k !== 'layout' && k !== '$schema' && differs(before[k], after[k]),
  ).map((k) => otherWords[k]?.(before, after) ?? `${k} changed`);
}
