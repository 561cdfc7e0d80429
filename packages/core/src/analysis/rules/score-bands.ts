/**
 * Scores against their bands. A score's bands are what the clinician sees
 * ("Wells 2: DVT likely"); the conditions are what the pathway does. Two
 * checks keep them in step: every value the score can take falls in exactly
 * one band (`score_bands_gap`), and every condition that compares the score
 * with a number splits its values where a band starts or ends
 * (`score_threshold_off_band`), so that `wells_score > 1` and
 * `wells_score >= 2` are the same decision for a whole-point score.
 *
 * The values a score can take are worked out from its items' points: every
 * sum of some of them. Items that can never hold together make that a
 * superset, so both findings are warnings.
 */
import { childrenOf, type ExprNode } from '../../expr/ast.js';
import type { ScoreBand, ScoreVariable } from '../../schema/variables.js';
import { finding } from '../finding.js';
import type { ExpressionCache } from '../explore/inputs.js';
import type { PathwayModel } from '../model.js';
import type { Finding } from '../types.js';
import { expressionSites } from './expressions.js';

/** More distinct sums than this and a score is not checked. */
const MAX_VALUES = 10_000;

const exact = (n: number): number => Math.round(n * 1e9) / 1e9;

/**
 * Every value a score can take: the sums of the points of any set of its
 * items, in order; `undefined` when there are too many to list.
 *
 * @example
 * scoreValues({ items: [{ points: 1 }, { points: 1 }, { points: -2 }] }); // [-2, -1, 0, 1, 2]
 */
export function scoreValues(score: Pick<ScoreVariable, 'items'>): number[] | undefined {
  let sums = new Set<number>([0]);
  for (const item of score.items) {
    const next = new Set(sums);
    for (const s of sums) next.add(exact(s + item.points));
    if (next.size > MAX_VALUES) return undefined;
    sums = next;
  }
  return [...sums].sort((a, b) => a - b);
}

/** Whether a band holds a value. */
export function inBand(band: ScoreBand, value: number): boolean {
  return (band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max);
}

function bandText(band: ScoreBand): string {
  if (band.min !== undefined && band.max !== undefined)
    return band.min === band.max ? `${band.min}` : `${band.min} to ${band.max}`;
  if (band.min !== undefined) return `${band.min} and above`;
  if (band.max !== undefined) return `${band.max} and below`;
  return 'any value';
}

const listed = (values: readonly number[]): string =>
  values.length <= 6 ? values.join(', ') : `${values.slice(0, 6).join(', ')} and ${values.length - 6} more`;

function scoresWithBands(model: PathwayModel): { score: ScoreVariable; path: (string | number)[] }[] {
  const out: { score: ScoreVariable; path: (string | number)[] }[] = [];
  for (const { variable, path } of model.variables.values())
    if (variable.kind === 'score' && variable.bands !== undefined) out.push({ score: variable, path });
  return out;
}

/** Scores whose bands leave some possible value in no band, or in more than one. */
export function scoreBandGaps(model: PathwayModel): Finding[] {
  const out: Finding[] = [];
  for (const { score, path } of scoresWithBands(model)) {
    const values = scoreValues(score);
    const bands = score.bands ?? [];
    // A band whose min is above its max is the document rule `invalid_range`; its holes follow from it.
    if (!values || bands.some((b) => b.min !== undefined && b.max !== undefined && b.min > b.max)) continue;
    const uncovered = values.filter((v) => !bands.some((b) => inBand(b, v)));
    const doubled = values.filter((v) => bands.filter((b) => inBand(b, v)).length > 1);
    if (uncovered.length === 0 && doubled.length === 0) continue;
    const problems = [
      ...(uncovered.length > 0
        ? [`${listed(uncovered)} ${uncovered.length === 1 ? 'falls' : 'fall'} in no band`]
        : []),
      ...(doubled.length > 0
        ? [`${listed(doubled)} ${doubled.length === 1 ? 'falls' : 'fall'} in more than one`]
        : []),
    ];
    out.push(
      finding(
        'score_bands_gap',
        [...path, 'bands'],
        `The score “${score.label}” (${score.id}) can be ${listed(values)}, but its bands (${bands.map((b) => `“${b.label}” ${bandText(b)}`).join(', ')}) do not cover each value once: ${problems.join(', and ')}. The clinician would see no band, or two, for such a score. Make the bands meet without gaps or overlaps.`,
        { fieldId: score.id },
      ),
    );
  }
  return out;
}

type Comparison = '<' | '<=' | '>' | '>=';
const FLIP: Readonly<Record<Comparison, Comparison>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function numberOf(node: ExprNode): number | undefined {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'unary' && node.op === '-' && node.operand.kind === 'number') return -node.operand.value;
  return undefined;
}

function holds(op: Comparison, value: number, threshold: number): boolean {
  switch (op) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
  }
}

/** Each `score op number` in `ast` (either way round), as `{ name, op, threshold, text }` with the score on the left. */
function scoreComparisons(
  ast: ExprNode,
  scores: ReadonlySet<string>,
): { name: string; op: Comparison; threshold: number }[] {
  const found: { name: string; op: Comparison; threshold: number }[] = [];
  const visit = (node: ExprNode): void => {
    if (node.kind === 'binary' && node.op in FLIP) {
      const op = node.op as Comparison;
      const right = numberOf(node.right);
      const left = numberOf(node.left);
      if (node.left.kind === 'ref' && scores.has(node.left.name) && right !== undefined)
        found.push({ name: node.left.name, op, threshold: right });
      else if (node.right.kind === 'ref' && scores.has(node.right.name) && left !== undefined)
        found.push({ name: node.right.name, op: FLIP[op], threshold: left });
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(ast);
  return found;
}

/** Conditions that compare a banded score with a number that splits one of its bands. */
export function scoreThresholdsOffBand(model: PathwayModel, exprs: ExpressionCache): Finding[] {
  const banded = new Map(scoresWithBands(model).map(({ score }) => [score.id, score]));
  if (banded.size === 0) return [];
  const names = new Set(banded.keys());
  const out: Finding[] = [];
  for (const site of expressionSites(model)) {
    const ast = exprs.ast(site.text);
    if (!ast) continue;
    for (const { name, op, threshold } of scoreComparisons(ast, names)) {
      const score = banded.get(name) as ScoreVariable;
      const values = scoreValues(score);
      if (!values) continue;
      const split = (score.bands ?? [])
        .map((band) => {
          const members = values.filter((v) => inBand(band, v));
          return {
            band,
            inside: members.find((v) => holds(op, v, threshold)),
            outside: members.find((v) => !holds(op, v, threshold)),
          };
        })
        .find((b) => b.inside !== undefined && b.outside !== undefined);
      if (!split) continue;
      const boundary =
        split.band.min !== undefined
          ? `${name} >= ${split.band.min}`
          : `${name} <= ${String(split.band.max)}`;
      out.push(
        finding(
          'score_threshold_off_band',
          site.path,
          `In ${site.what}${site.text.trim() === `${name} ${op} ${threshold}` ? '' : ` (“${site.text}”)`}, “${name} ${op} ${threshold}” splits the band “${split.band.label}” (${bandText(split.band)}) of the score “${score.label}”: a score of ${String(split.inside)} makes it true and a score of ${String(split.outside)} false, although the clinician sees the same band for both. Compare at a band boundary (for example “${boundary}”), or change the bands so that the decision and the band shown agree.`,
          { nodeId: site.nodeId, edgeId: site.edgeId, fieldId: name },
        ),
      );
    }
  }
  return out;
}
