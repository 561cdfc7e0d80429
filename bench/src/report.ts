/**
 * The markdown the peer benchmark prints: figures per size with Careway ÷
 * peer ratios, bytes shipped, the CSP check, and one line per target.
 */
import type { ShippedFile } from './measure.js';
import type { Violation } from './pages/harness.js';
import { RUNTIME_NAMES, RUNTIMES, type Runtime } from './site.js';

/** The figures of the timing table, in order; all are better when lower. */
export const FIGURES = {
  renderDom: { label: 'navigation → last question in the DOM', unit: 'ms' },
  renderPainted: { label: 'navigation → form rendered (next frame painted)', unit: 'ms' },
  toggleDom: { label: 'click on a gate → its chain in the DOM', unit: 'ms' },
  togglePainted: { label: 'click on a gate → its chain painted', unit: 'ms' },
  heap: { label: 'JS heap after render (after GC)', unit: 'MB' },
} as const;
/** One of {@link FIGURES}. */
export type Figure = keyof typeof FIGURES;
/** Samples of every figure for one runtime and size. */
export type Samples = Record<Figure, number[]>;

/** What the CSP run of one runtime and size found. */
export interface CspOutcome {
  violations: Violation[];
  /** Rendered and the chain shown under the policy. */
  worked: boolean;
  error?: string;
  canaryRefused: boolean;
}

/** Everything the report is made from. */
export interface BenchData {
  date: Date;
  environment: string[];
  sizes: number[];
  runs: number;
  samples: Map<number, Map<Runtime, Samples>>;
  files: Map<Runtime, ShippedFile[]>;
  csp: Map<number, Map<Runtime, CspOutcome>>;
  notes: string[];
}

/** The median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const PEERS = RUNTIMES.filter((r): r is Exclude<Runtime, 'careway'> => r !== 'careway');

function value(figure: Figure, v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  if (figure === 'heap') return `${(v / 1e6).toFixed(1)} MB`;
  return v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`;
}

function ratio(careway: number, peer: number): string {
  if (!Number.isFinite(careway) || !Number.isFinite(peer) || peer === 0) return 'n/a';
  const r = careway / peer;
  return r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Bytes of JS and CSS, raw and gzip, of one runtime's page. */
export function totals(files: readonly ShippedFile[]) {
  const sum = (kind: ShippedFile['kind'], key: 'raw' | 'gzip') =>
    files.filter((f) => f.kind === kind).reduce((n, f) => n + f[key], 0);
  return {
    jsRaw: sum('js', 'raw'),
    jsGzip: sum('js', 'gzip'),
    cssRaw: sum('css', 'raw'),
    cssGzip: sum('css', 'gzip'),
    otherRaw: sum('other', 'raw'),
    gzip: sum('js', 'gzip') + sum('css', 'gzip'),
  };
}

function medianOf(data: BenchData, size: number, runtime: Runtime, figure: Figure): number {
  return median(data.samples.get(size)?.get(runtime)?.[figure] ?? []);
}

function timingTable(data: BenchData): string[] {
  const lines = [
    `| items | figure | ${RUNTIMES.map((r) => RUNTIME_NAMES[r]).join(' | ')} | ${PEERS.map((p) => `Careway ÷ ${RUNTIME_NAMES[p]}`).join(' | ')} |`,
    `|---:|---|${RUNTIMES.map(() => '---:').join('|')}|${PEERS.map(() => '---:').join('|')}|`,
  ];
  for (const size of data.sizes) {
    for (const figure of Object.keys(FIGURES) as Figure[]) {
      const m = (r: Runtime) => medianOf(data, size, r, figure);
      lines.push(
        `| ${size.toLocaleString('en-GB')} | ${FIGURES[figure].label} | ${RUNTIMES.map((r) => value(figure, m(r))).join(' | ')} | ${PEERS.map((p) => ratio(m('careway'), m(p))).join(' | ')} |`,
      );
    }
  }
  return lines;
}

function bytesTable(data: BenchData): string[] {
  const carewayGzip = totals(data.files.get('careway') ?? []).gzip;
  const lines = [
    '| runtime | files (JS + CSS) | JS raw | JS gzip | CSS raw | CSS gzip | JS + CSS gzip | Careway ÷ runtime |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const runtime of RUNTIMES) {
    const files = data.files.get(runtime) ?? [];
    const t = totals(files);
    lines.push(
      `| ${RUNTIME_NAMES[runtime]} | ${files.filter((f) => f.kind !== 'other').length} | ${kB(t.jsRaw)} | ${kB(t.jsGzip)} | ${kB(t.cssRaw)} | ${kB(t.cssGzip)} | ${kB(t.gzip)} | ${runtime === 'careway' ? '1×' : ratio(carewayGzip, t.gzip)} |`,
    );
  }
  lines.push('');
  for (const runtime of RUNTIMES) {
    const files = (data.files.get(runtime) ?? []).map(
      (f) => `\`${f.path}\` ${kB(f.gzip)}${f.kind === 'other' ? ` (${f.kind}, raw ${kB(f.raw)})` : ''}`,
    );
    lines.push(`- ${RUNTIME_NAMES[runtime]}, gzip per file: ${files.join(', ')}`);
  }
  return lines;
}

function cspCell(outcome: CspOutcome | undefined): string {
  if (!outcome) return 'n/a';
  const counts = new Map<string, number>();
  for (const v of outcome.violations) counts.set(v.directive, (counts.get(v.directive) ?? 0) + 1);
  const list = [...counts].map(([d, n]) => `${d} ×${n}`).join(', ');
  const works = outcome.worked ? 'runs' : `does not run (${outcome.error ?? 'unknown'})`;
  const policy = outcome.canaryRefused ? '' : ' — policy not seen in force!';
  return `${outcome.violations.length === 0 ? 'no violations' : `${outcome.violations.length} violation${outcome.violations.length === 1 ? '' : 's'}: ${list}`}; ${works}${policy}`;
}

function cspTable(data: BenchData): string[] {
  const lines = [
    `| runtime | ${data.sizes.map((s) => `${s.toLocaleString('en-GB')} items`).join(' | ')} |`,
    `|---|${data.sizes.map(() => '---').join('|')}|`,
  ];
  for (const runtime of RUNTIMES) {
    lines.push(
      `| ${RUNTIME_NAMES[runtime]} | ${data.sizes.map((s) => cspCell(data.csp.get(s)?.get(runtime))).join(' | ')} |`,
    );
  }
  return lines;
}

function targets(data: BenchData): string[] {
  const careway = totals(data.files.get('careway') ?? []).gzip;
  const smallest = Math.min(...PEERS.map((p) => totals(data.files.get(p) ?? []).gzip));
  const bytesMet = careway <= smallest / 10;
  const misses: string[] = [];
  for (const size of data.sizes) {
    for (const figure of Object.keys(FIGURES) as Figure[]) {
      const c = medianOf(data, size, 'careway', figure);
      for (const peer of PEERS) {
        const p = medianOf(data, size, peer, figure);
        if (!(c < p))
          misses.push(
            `${size} items, ${FIGURES[figure].label}: ${value(figure, c)} vs ${RUNTIME_NAMES[peer]} ${value(figure, p)}`,
          );
      }
    }
  }
  const cspClean = data.sizes.every((s) => {
    const o = data.csp.get(s)?.get('careway');
    return o !== undefined && o.worked && o.violations.length === 0;
  });
  return [
    `- Target, bytes: Careway at most one tenth of the smallest peer's gzip JS + CSS (${kB(smallest)} → at most ${kB(smallest / 10)}): Careway ships ${kB(careway)}, ${ratio(careway, smallest)} — **${bytesMet ? 'met' : 'MISSED'}**.`,
    `- Target, speed: Careway lower than every peer on every size and figure (medians) — **${misses.length === 0 ? 'met' : `MISSED on ${misses.length} of ${data.sizes.length * Object.keys(FIGURES).length * PEERS.length}`}**${misses.length ? ':' : '.'}`,
    ...misses.map((m) => `  - ${m}`),
    `- Careway under \`script-src 'self'; style-src 'self'\`: **${cspClean ? 'no violations, runs' : 'NOT clean'}**.`,
  ];
}

/** The whole report as markdown. */
export function renderReport(data: BenchData): string {
  return [
    `Taken ${data.date.toISOString().slice(0, 16).replace('T', ' ')} UTC. ${data.environment.join(' ')}`,
    '',
    `Medians of ${data.runs} page loads per runtime and size after one warm-up load, each in a fresh browser context, runtimes interleaved. Ratios below 1 favour Careway.`,
    '',
    ...timingTable(data),
    '',
    'Bytes of every JS and CSS file the page loaded, counted from the network (gzip: level 9, node:zlib; kB = 1,000 bytes):',
    '',
    ...bytesTable(data),
    '',
    "Under `Content-Security-Policy: script-src 'self'; style-src 'self'` (one load per size, the gate clicked too):",
    '',
    ...cspTable(data),
    '',
    ...targets(data),
    ...(data.notes.length ? ['', ...data.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}
