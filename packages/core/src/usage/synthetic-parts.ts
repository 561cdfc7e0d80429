/**
 * The pieces of synthetic usage that are not the walk itself: a host's
 * context for a session, and how long a clinician takes over a page.
 */
import type { AnswerValue } from '../schema/scenarios.js';
import type { Pathway } from '../schema/pathway.js';

/** A log-normal draw with the given median and spread (sigma of the underlying normal). */
export function logNormal(rnd: () => number, median: number, sigma: number): number {
  // Box–Muller; 1 - rnd() is in (0, 1], so the logarithm is finite.
  const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  return median * Math.exp(sigma * z);
}

/** An exponential draw with the given mean. */
export function exponential(rnd: () => number, mean: number): number {
  return -Math.log(1 - rnd()) * mean;
}

/** The range of the field a context fact prefills, if any field reads it as a whole (`context.age`). */
function rangeOf(pathway: Pathway, contextId: string): { min: number; max: number } {
  for (const node of pathway.nodes) {
    if (node.kind !== 'step') continue;
    for (const f of node.fields) {
      if (f.prefill?.trim() !== `context.${contextId}`) continue;
      if (f.type === 'integer' || f.type === 'decimal') return { min: f.min ?? 0, max: f.max ?? 100 };
    }
  }
  return { min: 0, max: 100 };
}

/**
 * The facts a host might pass in for one session: each declared context
 * fact, usually present (nine times in ten), with a random value of its
 * type — numbers within the range of the field they prefill. They shape the
 * route and the prefills; they never reach a usage record.
 */
export function syntheticContext(pathway: Pathway, rnd: () => number): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const c of pathway.context) {
    if (rnd() < 0.1) continue;
    switch (c.type) {
      case 'boolean':
        out[c.id] = rnd() < 0.5;
        break;
      case 'integer':
      case 'decimal': {
        const { min, max } = rangeOf(pathway, c.id);
        const n = min + rnd() * (max - min);
        out[c.id] = c.type === 'integer' ? Math.round(n) : Math.round(n * 10) / 10;
        break;
      }
      case 'choice': {
        const options = c.options ?? [];
        const pick = options[Math.floor(rnd() * options.length)];
        if (pick !== undefined) out[c.id] = pick.value;
        break;
      }
      case 'multi-choice':
        out[c.id] = (c.options ?? []).filter(() => rnd() < 0.3).map((o) => o.value);
        break;
      case 'date':
        out[c.id] = new Date(Date.UTC(1940 + Math.floor(rnd() * 80), 0, 1)).toISOString().slice(0, 10);
        break;
      case 'string':
        out[c.id] = 'synthetic';
        break;
    }
  }
  return out;
}

/** How long one clinician spends on a page, in ms: longer with more questions, and never absurd. */
export function dwell(
  rnd: () => number,
  pace: number,
  page: 'step' | 'info' | 'review',
  questions: number,
  revisit: boolean,
): number {
  const median =
    page === 'step' ? 5_000 + 7_000 * questions : page === 'info' ? 12_000 : 15_000 + 1_500 * questions;
  const ms = logNormal(rnd, median * pace * (revisit ? 0.4 : 1), 0.55);
  return Math.round(Math.min(Math.max(ms, 800), 15 * 60_000));
}
