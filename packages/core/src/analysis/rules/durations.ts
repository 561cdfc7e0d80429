/**
 * One length of time written two ways: a date compared against `12 weeks`
 * in one condition and `3 months` in another (or `age_in_months(d) < 3`)
 * looks like one threshold, but calendar months are not a whole number of
 * weeks, so the two rules disagree for some days every month.
 */
import { childrenOf, type DurationUnit, type ExprNode } from '../../expr/ast.js';
import { DAYS_PER_UNIT } from '../../expr/dates.js';
import type { ExploreContext } from '../explore/context.js';
import { refsIn } from '../explore/thresholds.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';
import { expressionSites, type ExpressionSite } from './expressions.js';

/** Lengths of time within this fraction of each other are taken as the same threshold. */
const NEARLY = 0.1;

const FUNCTION_UNIT: Readonly<Record<string, DurationUnit>> = {
  age: 'years',
  age_in_months: 'months',
  days_since: 'days',
};

interface Length {
  readonly value: number;
  readonly unit: DurationUnit;
  readonly site: ExpressionSite;
}

const calendar = (unit: DurationUnit): boolean => unit === 'months' || unit === 'years';

function isComparison(node: ExprNode): node is Extract<ExprNode, { kind: 'binary' }> {
  return node.kind === 'binary' && ['<', '<=', '>', '>=', '=', '!='].includes(node.op);
}

/** The lengths of time each name is compared against in one expression. */
function lengthsIn(node: ExprNode, site: ExpressionSite, add: (name: string, length: Length) => void): void {
  if (isComparison(node)) {
    const sides = [node.left, node.right];
    for (const [i, side] of sides.entries()) {
      const other = sides[1 - i] as ExprNode;
      const unit = side.kind === 'call' ? FUNCTION_UNIT[side.name] : undefined;
      if (unit && other.kind === 'number')
        for (const name of refsIn(side)) add(name, { value: other.value, unit, site });
    }
    const durations: Extract<ExprNode, { kind: 'duration' }>[] = [];
    const collect = (n: ExprNode): void => {
      if (n.kind === 'duration') durations.push(n);
      for (const child of childrenOf(n)) collect(child);
    };
    collect(node);
    const names = refsIn(node);
    for (const d of durations) for (const name of names) add(name, { value: d.value, unit: d.unit, site });
  }
  for (const child of childrenOf(node)) lengthsIn(child, site, add);
}

const lengthText = (l: Length): string => `${l.value} ${l.value === 1 ? l.unit.slice(0, -1) : l.unit}`;

/** Dates compared against nearly the same length of time in fixed units (days, weeks) and in calendar ones (months, years). */
export function mixedDurationUnits(ctx: ExploreContext): Finding[] {
  const byInput = new Map<string, Length[]>();
  for (const site of expressionSites(ctx.model)) {
    const ast = ctx.exprs.ast(site.text);
    if (!ast) continue;
    lengthsIn(ast, site, (name, length) => {
      for (const input of ctx.inputs.ofName(name)) {
        const list = byInput.get(input) ?? [];
        list.push(length);
        byInput.set(input, list);
      }
    });
  }
  const out: Finding[] = [];
  for (const [input, lengths] of byInput) {
    const fixed = lengths.filter((l) => !calendar(l.unit));
    const months = lengths.filter((l) => calendar(l.unit));
    const pair = fixed
      .flatMap((f) => months.map((m) => [f, m] as const))
      .find(([f, m]) => {
        const a = f.value * DAYS_PER_UNIT[f.unit];
        const b = m.value * DAYS_PER_UNIT[m.unit];
        return Math.abs(a - b) <= NEARLY * Math.max(a, b);
      });
    if (!pair) continue;
    const [f, m] = pair;
    out.push(
      finding(
        'mixed_duration_units',
        m.site.path,
        `${input} is compared against ${lengthText(f)} in ${f.site.what} and against ${lengthText(m)} in ${m.site.what}. These look like one threshold but are not the same: calendar months and years vary in length, so for some dates every month one rule holds and the other does not. Write the threshold in one unit everywhere, as the guideline does.`,
        {
          ...(m.site.nodeId !== undefined ? { nodeId: m.site.nodeId } : {}),
          ...(m.site.edgeId !== undefined ? { edgeId: m.site.edgeId } : {}),
          fieldId: input,
        },
      ),
    );
  }
  return out;
}
