/**
 * Seeded randomness for generated pathways and answers: the same seed always
 * gives the same result, so a failing fuzz case can be replayed.
 */
import type { AnswerValue, Field, Pathway } from './doc.js';

/** A small seeded pseudo-random generator (mulberry32). */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A full answer map with random valid values for every answerable field. */
export function generateAnswers(pathway: Pathway, seed: number): Record<string, AnswerValue> {
  const rnd = randomSource(seed);
  const answers: Record<string, AnswerValue> = {};
  for (const node of pathway.nodes) {
    if (node.kind !== 'step') continue;
    for (const f of node.fields) {
      const value = randomAnswer(f, rnd);
      if (value !== undefined) answers[f.id] = value;
    }
  }
  return answers;
}

/** A random valid answer for a field (`undefined` for a display field). */
export function randomAnswer(field: Field, rnd: () => number): AnswerValue | undefined {
  switch (field.type) {
    case 'boolean':
      return rnd() < 0.5;
    case 'choice':
      return field.options[Math.floor(rnd() * field.options.length)]?.value ?? '';
    case 'multi-choice':
      return field.options.filter(() => rnd() < 0.4).map((o) => o.value);
    case 'integer':
    case 'decimal': {
      const min = field.min ?? 0;
      const max = field.max ?? 100;
      const n = min + rnd() * (max - min);
      const v = field.type === 'integer' ? Math.round(n) : Math.round(n * 10) / 10;
      return field.validations?.length && v === 13 ? 14 : v;
    }
    case 'date':
      return '2025-06-15';
    case 'text':
    case 'long-text':
      return 'Some text';
    case 'attachment':
      return [{ name: 'letter.pdf', type: field.accept[0] ?? 'application/pdf', size: 1000 }];
    case 'display':
      return undefined;
  }
}
