import type { OutcomeNode, Pathway, PathwayEdge, PathwayNode } from '../../core.js';
import { dispositionLabels, urgencyLabels } from '../kinds/labels.js';
import { stepChanges } from './field-words.js';
import { citesWords, differs, nameIn, NodeWords, q, titleIn } from './words.js';

const nodePropertyWords: Record<string, string> = {
  description: 'description',
  body: 'guidance text',
  sources: 'sources',
  summary: 'summary',
  nextSteps: '“what happens next”',
  safetyNetting: 'safety-netting advice',
  code: 'code',
  service: 'receiving service',
};

function outcomeChanges(was: OutcomeNode, now: OutcomeNode): string[] {
  const name = NodeWords(now);
  const out: string[] = [];
  if (was.urgency !== now.urgency)
    out.push(
      `${name} is now ${urgencyLabels[now.urgency].toLowerCase()} (was ${urgencyLabels[was.urgency].toLowerCase()})`,
    );
  if (was.disposition !== now.disposition)
    out.push(
      `${name} is now “${dispositionLabels[now.disposition]}” (was “${dispositionLabels[was.disposition]}”)`,
    );
  if (was.timeframe !== now.timeframe)
    out.push(`${name} now has the timeframe ${q(now.timeframe)} (was ${q(was.timeframe)})`);
  if (was.actor !== now.actor) out.push(`${name} is now acted on by ${q(now.actor)} (was ${q(was.actor)})`);
  return out;
}

function requiresChanges(before: Pathway, after: Pathway, was: OutcomeNode, now: OutcomeNode): string[] {
  const name = NodeWords(now);
  return [
    ...now.requires
      .filter((id) => !was.requires.includes(id))
      .map((id) => `${name} now requires ${q(nameIn(after, id))}`),
    ...was.requires
      .filter((id) => !now.requires.includes(id))
      .map((id) => `${name} no longer requires ${q(nameIn(before, id))}`),
  ];
}

/** What changed in one node kept between the versions, in words. */
export function nodeChanges(before: Pathway, after: Pathway, was: PathwayNode, now: PathwayNode): string[] {
  const out: string[] = [];
  if (was.title !== now.title) out.push(`${NodeWords(was)} is now called ${q(now.title)}`);
  if (was.kind !== now.kind) out.push(`${NodeWords(now)} is now a ${now.kind} (was a ${was.kind})`);
  else if (was.kind === 'step' && now.kind === 'step') out.push(...stepChanges(was, now));
  else if (was.kind === 'outcome' && now.kind === 'outcome')
    out.push(...outcomeChanges(was, now), ...requiresChanges(before, after, was, now));
  const phrased = new Set([
    'id',
    'kind',
    'title',
    'fields',
    'urgency',
    'disposition',
    'timeframe',
    'actor',
    'requires',
  ]);
  const others = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter(
    (k) =>
      !phrased.has(k) && differs((was as Record<string, unknown>)[k], (now as Record<string, unknown>)[k]),
  );
  if (others.length)
    out.push(`${NodeWords(now)} has a new ${others.map((k) => nodePropertyWords[k] ?? k).join(', ')}`);
  return out;
}

/** A route in words: the route from “Triage” to “Refer urgently”. */
export const routeWords = (doc: Pathway, e: PathwayEdge): string =>
  `the route from ${q(titleIn(doc, e.from))} to ${q(titleIn(doc, e.to))}`;

const when = (e: PathwayEdge) => (e.when === undefined ? 'otherwise' : `when ${e.when}`);

/** What changed in one route kept between the versions, in words. */
export function edgeChanges(before: Pathway, after: Pathway, was: PathwayEdge, now: PathwayEdge): string[] {
  const out: string[] = [];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (was.from !== now.from || was.to !== now.to)
    out.push(
      `${cap(routeWords(before, was))} now goes from ${q(titleIn(after, now.from))} to ${q(titleIn(after, now.to))}`,
    );
  if (was.when !== now.when)
    out.push(`${cap(routeWords(after, now))} now applies ${when(now)} (was ${when(was)})`);
  if (was.label !== now.label)
    out.push(`${cap(routeWords(after, now))} is now labelled ${q(now.label ?? '')}`);
  if (differs(was.sources, now.sources))
    out.push(`${cap(routeWords(after, now))} now cites ${citesWords(now.sources)}`);
  return out;
}

/** A new route in words. */
export const addedEdge = (after: Pathway, e: PathwayEdge): string =>
  `Added ${routeWords(after, e)}, taken ${when(e)}`;
