/**
 * The benchmark's loop: for each size, one warm-up load per runtime, then
 * `runs` rounds with the runtimes interleaved (so that a burst of other work
 * on the machine hits all three alike), then one load per runtime under the
 * strict CSP.
 */
import type { Browser } from 'playwright-core';
import { LoadError, type LoadResult, measureLoad, type ShippedFile } from './measure.js';
import { type CspOutcome, FIGURES, type Figure, type Samples } from './report.js';
import { RUNTIME_NAMES, RUNTIMES, type Runtime, type SiteForm } from './site.js';

/** What the loop gathered. */
export interface Collected {
  samples: Map<number, Map<Runtime, Samples>>;
  /** The files of each runtime's first measured load. */
  files: Map<Runtime, ShippedFile[]>;
  csp: Map<number, Map<Runtime, CspOutcome>>;
  /** Origins each runtime tried to reach besides the bench server. */
  offOrigin: Map<Runtime, Set<string>>;
  /** Careway's in-page import time at the largest size. */
  importMs: number[];
  /** Things to say under the tables (failed loads, changed files). */
  notes: string[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function emptySamples(): Samples {
  return Object.fromEntries(Object.keys(FIGURES).map((f) => [f, []])) as unknown as Samples;
}

function record(samples: Samples, r: LoadResult): void {
  const add: Record<Figure, number> = {
    renderDom: r.rendered.dom,
    renderPainted: r.rendered.painted,
    toggleDom: r.toggle.dom,
    togglePainted: r.toggle.painted,
    heap: r.heapBytes,
  };
  for (const figure of Object.keys(add) as Figure[]) samples[figure].push(add[figure]);
}

const fingerprint = (files: ShippedFile[]) =>
  files
    .map((f) => `${f.path}:${f.raw}`)
    .sort()
    .join();

/** Runs every load of the benchmark in `browser` against the site at `origin`. */
export async function collect(
  browser: Browser,
  origin: string,
  forms: SiteForm[],
  runs: number,
  log: (line: string) => void,
): Promise<Collected> {
  const out: Collected = {
    samples: new Map(),
    files: new Map(),
    csp: new Map(),
    offOrigin: new Map(),
    importMs: [],
    notes: [],
  };
  const largest = Math.max(...forms.map((f) => f.size));
  for (const { size, form } of forms) {
    const timeoutMs = 30_000 + size * 120;
    const load = async (runtime: Runtime, csp: boolean): Promise<LoadResult> => {
      const result = await measureLoad(browser, { origin, runtime, size, form, csp, timeoutMs });
      const seen = out.offOrigin.get(runtime) ?? new Set<string>();
      for (const url of result.offOrigin) seen.add(new URL(url).origin);
      if (seen.size) out.offOrigin.set(runtime, seen);
      return result;
    };
    const timed = async (runtime: Runtime): Promise<LoadResult | undefined> =>
      load(runtime, false).catch((error: unknown) => {
        out.notes.push(
          `Failed load, left out of the medians: ${RUNTIME_NAMES[runtime]}, ${size} items: ${message(error)}`,
        );
        return undefined;
      });

    const bySize = new Map<Runtime, Samples>(RUNTIMES.map((r) => [r, emptySamples()]));
    out.samples.set(size, bySize);
    log(`${size} items: warm-up`);
    for (const runtime of RUNTIMES) await timed(runtime);
    for (let run = 1; run <= runs; run++) {
      log(`${size} items: run ${run} of ${runs}`);
      for (const runtime of RUNTIMES) {
        const result = await timed(runtime);
        if (!result) continue;
        record(bySize.get(runtime) ?? emptySamples(), result);
        const first = out.files.get(runtime);
        if (!first) out.files.set(runtime, result.files);
        else if (fingerprint(first) !== fingerprint(result.files)) {
          out.notes.push(
            `${RUNTIME_NAMES[runtime]} loaded other files at ${size} items (run ${run}) than at first.`,
          );
        }
        const ms = result.notes['import ms'];
        if (runtime === 'careway' && size === largest && typeof ms === 'number') out.importMs.push(ms);
      }
    }

    log(`${size} items: under the strict CSP`);
    const cspBySize = new Map<Runtime, CspOutcome>();
    out.csp.set(size, cspBySize);
    for (const runtime of RUNTIMES) {
      const outcome = await load(runtime, true).then(
        (r): CspOutcome => ({
          violations: r.violations,
          worked: true,
          canaryRefused: r.canaryRefused ?? false,
        }),
        (error: unknown): CspOutcome => ({
          violations: error instanceof LoadError ? error.violations : [],
          worked: false,
          error: message(error),
          canaryRefused: false,
        }),
      );
      cspBySize.set(runtime, outcome);
    }
  }
  return out;
}
