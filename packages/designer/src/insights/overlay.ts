/**
 * The usage overlay: core's summary projected onto canvas decorations.
 * Connections are drawn thicker the larger the share of sessions that took
 * them; nodes are coloured by abandonment or by median time per visit; every
 * colour and width comes with its figure in words (a mark on the node or
 * connection, and in its accessible name). It is a projection only: it never
 * touches the document.
 */
import type { CanvasLegend, CanvasMark, EdgeMark } from '../editor/decorations.js';
import type { NodeUsage, UsageSummary } from '../core.js';
import { count, countAndRate, formatDuration, formatRate } from './format.js';

/** What the nodes are coloured by. */
export type ColourBy = 'abandonment' | 'time';

/** The overlay's decorations. */
export interface UsageOverlay {
  readonly nodeClasses: Map<string, string>;
  readonly edgeClasses: Map<string, string>;
  readonly marks: { readonly nodes: Map<string, CanvasMark>; readonly edges: Map<string, EdgeMark> };
  readonly legend: CanvasLegend;
}

/** Stroke widths, in pixels, of a connection no session took and of one every session took. */
export const EDGE_WIDTH = { min: 1.5, max: 10 } as const;

/** The abandonment rates at which the colour darkens: 5%, 15%, 30%. */
const ABANDON_STEPS = [0.05, 0.15, 0.3] as const;

const NO_FIGURE = 'cw-heat-none';

/** The stroke width of a connection taken by `share` of the sessions. */
export function edgeWidth(share: number | null): number {
  return Math.round((EDGE_WIDTH.min + (EDGE_WIDTH.max - EDGE_WIDTH.min) * (share ?? 0)) * 10) / 10;
}

function abandonLevel(rate: number): number {
  if (rate === 0) return 0;
  const above = ABANDON_STEPS.filter((step) => rate >= step).length;
  return above + 1;
}

/** Medians are coloured in quarters of the slowest node's median. */
function timeLevel(median: number, slowest: number): number {
  return slowest === 0 ? 1 : Math.min(4, Math.floor((median / slowest) * 4) + 1);
}

const hasScreen = (n: NodeUsage) => n.kind !== 'decision';

function describe(n: NodeUsage, total: number): string {
  if (n.sessions === 0) return 'Usage: no session reached it.';
  const parts = [`Usage: reached in ${n.sessions} of ${count(total, 'session')} (${formatRate(n.share)})`];
  if (n.time && hasScreen(n))
    parts.push(
      `median ${formatDuration(n.time.median)} per visit, 90th percentile ${formatDuration(n.time.p90)}`,
    );
  parts.push(`abandoned in ${countAndRate(n.abandoned, n.abandonRate)}`);
  if (n.backsFrom) parts.push(`went back from it ${count(n.backsFrom, 'time')}`);
  return `${parts.join('; ')}.`;
}

function nodeText(n: NodeUsage, colourBy: ColourBy): string {
  if (n.sessions === 0) return 'No sessions';
  if (colourBy === 'time' && n.time && hasScreen(n))
    return `Median ${formatDuration(n.time.median)} · p90 ${formatDuration(n.time.p90)}`;
  if (colourBy === 'time') return `Passed in ${count(n.sessions, 'session')}`;
  return `Abandoned ${n.abandoned} of ${n.sessions} (${formatRate(n.abandonRate)})`;
}

function abandonLegend(): CanvasLegend['items'] {
  const [a, b, c] = ABANDON_STEPS.map((s) => formatRate(s));
  return [
    { className: 'cw-heat-0', label: 'No session abandoned here' },
    { className: 'cw-heat-1', label: `Under ${a} abandoned` },
    { className: 'cw-heat-2', label: `${a} to under ${b}` },
    { className: 'cw-heat-3', label: `${b} to under ${c}` },
    { className: 'cw-heat-4', label: `${c} or more` },
    { className: NO_FIGURE, label: 'No sessions' },
  ];
}

function timeLegend(slowest: number): CanvasLegend['items'] {
  const at = (q: number) => formatDuration((slowest * q) / 4);
  const none = { className: NO_FIGURE, label: 'No sessions, or no page (a decision)' };
  if (slowest === 0) return [{ className: 'cw-heat-1', label: 'Median 0 s' }, none];
  return [
    { className: 'cw-heat-1', label: `Median under ${at(1)}` },
    { className: 'cw-heat-2', label: `${at(1)} to under ${at(2)}` },
    { className: 'cw-heat-3', label: `${at(2)} to under ${at(3)}` },
    { className: 'cw-heat-4', label: `${at(3)} to ${at(4)} (the slowest)` },
    none,
  ];
}

/** Projects a usage summary onto the canvas, nodes coloured by `colourBy`. */
export function usageOverlay(summary: UsageSummary, colourBy: ColourBy): UsageOverlay {
  const total = summary.sessions;
  const slowest = Math.max(0, ...summary.nodes.filter(hasScreen).map((n) => n.time?.median ?? 0));
  const nodeClasses = new Map<string, string>();
  const nodes = new Map<string, CanvasMark>();
  for (const n of summary.nodes) {
    let level: number | undefined;
    if (n.sessions > 0 && colourBy === 'abandonment' && n.abandonRate !== null)
      level = abandonLevel(n.abandonRate);
    if (n.sessions > 0 && colourBy === 'time' && n.time && hasScreen(n))
      level = timeLevel(n.time.median, slowest);
    nodeClasses.set(n.id, `cw-usage ${level === undefined ? NO_FIGURE : `cw-heat-${level}`}`);
    nodes.set(n.id, { text: nodeText(n, colourBy), description: describe(n, total) });
  }
  const edgeClasses = new Map<string, string>();
  const edges = new Map<string, EdgeMark>();
  for (const e of summary.edges) {
    edgeClasses.set(e.id, e.sessions > 0 ? 'cw-usage-edge' : 'cw-usage-edge cw-usage-untaken');
    edges.set(e.id, {
      width: edgeWidth(e.share),
      text: e.sessions > 0 ? `${count(e.sessions, 'session')} · ${formatRate(e.share)}` : 'Not taken',
      description:
        e.sessions > 0
          ? `Usage: taken in ${e.sessions} of ${count(total, 'session')} (${formatRate(e.share)}), ${count(e.traversals, 'time')} in all.`
          : 'Usage: no session took it.',
    });
  }
  const legend: CanvasLegend = {
    title:
      colourBy === 'abandonment'
        ? 'Colour: share of sessions abandoned at each node'
        : 'Colour: median time per visit',
    items: colourBy === 'abandonment' ? abandonLegend() : timeLegend(slowest),
    note: 'Line thickness: share of sessions that took the connection.',
  };
  return { nodeClasses, edgeClasses, marks: { nodes, edges }, legend };
}
