/**
 * Helpers for the runnable examples: waiting for an element (in the story or
 * in an example page's frame) to show its first page, and the example
 * pathways the stories run. (A .ts file, not .tsx: React's docgen annotates
 * what .tsx files export, and these are documents, not components.)
 */
import type { CarewayPathway } from '@careway/elements';
import { until } from '../../../packages/elements/src/test-support/stories.js';
import dvtFile from '../../../pathways/suspected-dvt.json';
import testFile from '../../../packages/elements/src/test-support/element-test.json';

/** A pathway document, as the element types it. */
export type Pathway = NonNullable<CarewayPathway['pathway']>;

/** The example suspected-DVT pathway (pathways/suspected-dvt.json), fresh each time. */
export const dvt = (): Pathway => structuredClone(dvtFile) as unknown as Pathway;

/** The elements' test pathway (every field kind, a score, three outcomes), fresh each time. */
export const testPathway = (): Pathway => structuredClone(testFile) as unknown as Pathway;

/**
 * Resolves with the element `find` returns once it shows a page of its
 * pathway; throws if it shows its error panel instead.
 */
export async function shown(
  find: () => Element | null | undefined,
  what = 'the first page',
): Promise<CarewayPathway> {
  let el: Element | null | undefined;
  await until(
    () => {
      el = find();
      const root = el?.shadowRoot;
      const failed = root?.querySelector('[part~="error"]');
      if (failed) throw new Error(`The element could not run: ${failed.textContent?.replace(/\s+/g, ' ')}`);
      return Boolean(root?.querySelector('[data-heading]'));
    },
    what,
    10_000,
  );
  return el as CarewayPathway;
}

/** Finds `selector` in the example page of the story's frame (once that page has loaded). */
export function inFrame(canvas: HTMLElement, selector: string): () => Element | null {
  return () => canvas.querySelector('iframe')?.contentDocument?.querySelector(selector) ?? null;
}
