/**
 * Expressions with no value for answers the questions accept: a division by
 * zero, the age of a date in the future. Only expressions that divide or
 * take an age (themselves or through a variable) are tried. Every expression of the pathway is evaluated over its inputs'
 * representative answers (each one answered, context facts provided or
 * not), whatever the route; where it is an edge condition the exploration
 * reached with such answers, `route_stalls` has already said so.
 */
import { isUnknown } from '../../engine/expressions.js';
import { childrenOf, type ExprNode } from '../../expr/ast.js';
import { needsOf } from '../../engine/route.js';
import { spend, type ExploreContext } from '../explore/context.js';
import { answersText, counterExample } from '../explore/describe.js';
import { firstAny, forkAll, forkInput } from '../explore/fork.js';
import type { Exploration } from '../explore/record.js';
import {
  ANY,
  BLANK,
  initialState,
  isContextName,
  scopeOf,
  slotOf,
  withSlot,
  type State,
} from '../explore/state.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';
import { expressionSites } from './expressions.js';

/** Operations that have no value for some arguments a question accepts: division, and ages of dates. */
function partial(node: ExprNode): boolean {
  if (node.kind === 'binary' && node.op === '/') return true;
  if (node.kind === 'call' && (node.name === 'age' || node.name === 'age_in_months')) return true;
  return childrenOf(node).some(partial);
}

/** Whether `text`, or a variable it reads, uses an operation that can have no value. */
function mayFail(ctx: ExploreContext, text: string, seen = new Set<string>()): boolean {
  if (seen.has(text)) return false;
  seen.add(text);
  const ast = ctx.exprs.ast(text);
  if (!ast) return false;
  if (partial(ast)) return true;
  return ctx.exprs.names(text).some((n) => ctx.inputs.variableTexts(n).some((t) => mayFail(ctx, t, seen)));
}

/** Answers for which `text` has no value although nothing it reads is missing; `null` when the budget ran out. */
function failingAnswers(ctx: ExploreContext, text: string): Record<string, unknown> | undefined | null {
  const names = ctx.inputs.ofText(text);
  const everywhere = [...ctx.model.nodes.keys()];
  let start: State = { ...initialState(ctx.compiled, ctx.model.pathway.start), route: everywhere };
  for (const name of names) if (!isContextName(name)) start = withSlot(start, name, ANY);
  const observed = ctx.inputs.observedInputs(text);
  const first = forkAll(ctx, start, observed);
  if (first.truncated) return null;
  const work = first.states;
  const refs = ctx.exprs.names(text);
  while (work.length > 0) {
    const state = work.pop() as State;
    if (!spend(ctx)) return null;
    const scope = scopeOf(state, ctx.today);
    if (!isUnknown(scope.evaluate(text))) continue;
    const any = firstAny(state, names);
    if (any === undefined) {
      if (needsOf(scope, refs).length === 0) return counterExample(ctx, state);
      continue;
    }
    // Blank answers and missing context make a value unknown by design: only given answers are tried.
    const forks = forkInput(ctx, state, any).filter((s) => slotOf(s, any) !== BLANK);
    if (ctx.spend.exhausted) return null;
    work.push(...forks.reverse());
  }
  return undefined;
}

/** Every expression that has no value for some answers its questions accept. */
export function undefinedExpressions(ctx: ExploreContext, record: Exploration): Finding[] {
  const stalled = new Set(record.findings.filter((f) => f.code === 'route_stalls').map((f) => f.edgeId));
  const out: Finding[] = [];
  for (const site of expressionSites(ctx.model)) {
    if ((site.edgeId !== undefined && stalled.has(site.edgeId)) || !mayFail(ctx, site.text)) continue;
    const example = failingAnswers(ctx, site.text);
    if (example === null) break;
    if (example === undefined) continue;
    out.push(
      finding(
        'expression_undefined',
        site.path,
        `${site.what.charAt(0).toUpperCase()}${site.what.slice(1)} (“${site.text}”) has no value when ${answersText(example, ctx.inputs.ofText(site.text))}, answers the questions accept: a division by zero, or a date calculation with no answer, such as the age of a date in the future. Where the engine meets it, it treats the value as unknown (a condition out of a node stops the pathway). Guard the calculation (e.g. if(height_m > 0, …, …)), or narrow the questions' ranges.`,
        {
          ...(site.nodeId !== undefined ? { nodeId: site.nodeId } : {}),
          ...(site.edgeId !== undefined ? { edgeId: site.edgeId } : {}),
          ...(site.fieldId !== undefined ? { fieldId: site.fieldId } : {}),
          counterExample: example,
        },
      ),
    );
  }
  return out;
}
