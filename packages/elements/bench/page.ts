/**
 * The benchmark page: generates pathways with core's generator and times
 * `<careway-pathway>` in the browser. Driven by bench/run.mjs.
 */
import '../src/define.js';
import { generatePathway } from '@careway/core';
import type { CarewayPathway } from '../src/components/careway-pathway/careway-pathway.js';
import type { Pathway } from '../src/internal/core.js';

type GeneratedPathway = ReturnType<typeof generatePathway>;

function countFields(pathway: GeneratedPathway): number {
  return pathway.nodes.reduce((n, node) => n + (node.kind === 'step' ? node.fields.length : 0), 0);
}

/** A generated pathway with about `fields` questions (the generator is sized in nodes). */
function pathwayWithFields(fields: number): { pathway: Pathway; fields: number; nodes: number } {
  let low = 3;
  let high = fields * 2;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (countFields(generatePathway({ nodes: mid, seed: 7 })) < fields) low = mid + 1;
    else high = mid;
  }
  const pathway = generatePathway({ nodes: low, seed: 7 });
  return {
    pathway: pathway as unknown as Pathway,
    fields: countFields(pathway),
    nodes: pathway.nodes.length,
  };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Milliseconds until the DOM is updated, and until the next frame has been painted. */
async function timed(start: number, el: CarewayPathway): Promise<[number, number]> {
  await el.updateComplete;
  const dom = performance.now() - start;
  await frame();
  return [dom, performance.now() - start];
}

/** One change on the current page: tick a radio or checkbox, or type a number. */
function answerSomething(el: CarewayPathway, round: number): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  const choices = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
  if (choices.length) {
    choices[round % choices.length]?.click();
    return true;
  }
  const box = root.querySelector<HTMLInputElement>('input[type="text"]');
  if (!box) return false;
  box.value = String(20 + (round % 50));
  box.dispatchEvent(new Event('change'));
  return true;
}

/** Times first render and answer → screen for a pathway of about `fields` questions. */
async function measure(fields: number, runs: number): Promise<Record<string, unknown>> {
  const made = pathwayWithFields(fields);
  const first: number[] = [];
  const firstPaint: number[] = [];
  const answer: number[] = [];
  const answerPaint: number[] = [];
  for (let run = 0; run < runs; run++) {
    const doc = structuredClone(made.pathway);
    const el = document.createElement('careway-pathway') as CarewayPathway;
    document.body.append(el);
    const start = performance.now();
    el.pathway = doc;
    const [dom, paint] = await timed(start, el);
    if (!el.shadowRoot?.querySelector('[data-heading]')) throw new Error('no question rendered');
    first.push(dom);
    firstPaint.push(paint);
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      if (!answerSomething(el, round + run)) break;
      const [updated, shown] = await timed(t0, el);
      answer.push(updated);
      answerPaint.push(shown);
    }
    el.remove();
  }
  return { fields: made.fields, nodes: made.nodes, first, firstPaint, answer, answerPaint };
}

(globalThis as { carewayBench?: typeof measure }).carewayBench = measure;
