/**
 * Conditions that can never hold: an edge condition, a `showWhen` or a
 * red-flag condition that no answers the questions accept can make true —
 * a red flag at `> 70` on a question whose maximum is 60, `age < 16` where
 * the age question starts at 16, `smoking = 'current' and smoking = 'never'`.
 * Decided on each question's own representative values (those it refuses
 * by its range, options or validation rules are never tried), independent of
 * the routes; conditions where those values are a sample rather than every
 * case (arithmetic, one answer against another, many options) are skipped.
 */
import type { ExprNode } from '../../expr/ast.js';
import { childrenOf } from '../../expr/ast.js';
import { finding } from '../finding.js';
import type { ExploreContext } from '../explore/context.js';
import { evaluateForked } from '../explore/fork.js';
import { ANY, initialState, isContextName, withSlot } from '../explore/state.js';
import { nodeName } from '../model.js';
import type { Field } from '../provisional.js';
import type { Finding } from '../types.js';
import { withOwnBudget } from './own-budget.js';

/** A condition to check, where it stands. */
interface Site {
  readonly text: string;
  readonly path: (string | number)[];
  readonly what: string;
  readonly nodeId: string;
  readonly edgeId?: string;
  readonly fieldId?: string;
}

function sites(ctx: ExploreContext): Site[] {
  const out: Site[] = [];
  ctx.model.pathway.edges.forEach((edge, i) => {
    if (edge.when === undefined || !ctx.model.nodes.has(edge.from)) return;
    out.push({
      text: edge.when,
      path: ['edges', i, 'when'],
      what: `The condition of edge ${edge.id} out of ${nodeName(ctx.model.nodes.get(edge.from), edge.from)}`,
      nodeId: edge.from,
      edgeId: edge.id,
    });
  });
  for (const { field, step, path } of ctx.model.fields.values()) {
    const at = { nodeId: step.id, fieldId: field.id };
    if (field.showWhen !== undefined)
      out.push({
        text: field.showWhen,
        path: [...path, 'showWhen'],
        what: `The showWhen of “${field.label}” (${field.id})`,
        ...at,
      });
    if (field.redFlag?.when !== undefined)
      out.push({
        text: field.redFlag.when,
        path: [...path, 'redFlag', 'when'],
        what: `The red-flag condition of “${field.label}” (${field.id})`,
        ...at,
      });
  }
  return out;
}

const ARITHMETIC = new Set(['+', '-', '*', '/']);

/** Whether some comparison in `node` has inputs on both sides (`systolic > diastolic`). */
function comparesInputs(node: ExprNode): boolean {
  const reads = (n: ExprNode): boolean =>
    n.kind === 'ref' || n.kind === 'context' || childrenOf(n).some(reads);
  if (node.kind === 'binary' && !ARITHMETIC.has(node.op) && reads(node.left) && reads(node.right))
    return true;
  return childrenOf(node).some(comparesInputs);
}

/** The texts `text` stands on: itself and, through variables, theirs. */
function textsBehind(ctx: ExploreContext, text: string, seen = new Set<string>()): string[] {
  if (seen.has(text)) return [];
  seen.add(text);
  const more = ctx.exprs.names(text).flatMap((n) => ctx.inputs.variableTexts(n));
  return [text, ...more.flatMap((t) => textsBehind(ctx, t, seen))];
}

/** Multiple choices with more relevant options than the exploration combines in full. */
function manyOptions(ctx: ExploreContext, field: Field): boolean {
  if (field.type !== 'multi-choice') return false;
  const c = ctx.constants.get(field.id);
  const relevant = field.options.filter(
    (o) =>
      c?.strings.has(o.value) === true || o.redFlag === true || (field.exclusive ?? []).includes(o.value),
  );
  return relevant.length > 4;
}

/** Whether the representative values decide `text` exactly, so that "no value makes it true" is a proof. */
function decidedExactly(ctx: ExploreContext, text: string): boolean {
  for (const t of textsBehind(ctx, text)) {
    const ast = ctx.exprs.ast(t);
    if (!ast || comparesInputs(ast)) return false;
  }
  return ctx.inputs.ofText(text).every((input) => {
    if (ctx.constants.get(input)?.computed === true) return false;
    const field = ctx.model.fields.get(input)?.field;
    return !field || !manyOptions(ctx, field);
  });
}

/** What the questions a condition reads accept, for the message. */
function limits(ctx: ExploreContext, text: string): string {
  const parts: string[] = [];
  for (const input of ctx.inputs.ofText(text)) {
    const field = ctx.model.fields.get(input)?.field;
    if (field?.type === 'integer' || field?.type === 'decimal') {
      if (field.min !== undefined || field.max !== undefined)
        parts.push(`${field.id} accepts ${field.min ?? 'any value'} to ${field.max ?? 'any value'}`);
    }
    if (field?.validations?.length)
      parts.push(`${field.id} must meet “${field.validations.map((v) => v.when).join('” and “')}”`);
  }
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** Whether some answers the questions accept make `text` true; `undefined` when the budget ran out first. */
function canHold(ctx: ExploreContext, site: Site): boolean | undefined {
  const inputs = ctx.inputs.ofText(site.text);
  const steps = new Set<string>();
  let state = initialState(ctx.compiled, site.nodeId);
  for (const input of inputs) {
    if (isContextName(input)) continue;
    const entry = ctx.model.fields.get(input);
    if (!entry) continue;
    steps.add(entry.step.id);
    state = withSlot(state, input, ANY);
  }
  // Every question read is taken as asked: its page is on the route, and only its showWhen can hide it.
  state = { ...state, route: [...steps, site.nodeId] };
  const branches = evaluateForked(ctx, state, site.text);
  if (branches.some((b) => b.value === true)) return true;
  return branches.some((b) => b.truncated) ? undefined : false;
}

/** Edge conditions, showWhens and red-flag conditions that no accepted answers make true. */
export function conditionsNeverHolding(explored: ExploreContext): Finding[] {
  // A budget of its own: this check does not depend on how far the route exploration got.
  const ctx = withOwnBudget(explored);
  const out: Finding[] = [];
  for (const site of sites(ctx)) {
    if (!decidedExactly(ctx, site.text)) continue;
    if (canHold(ctx, site) !== false) continue;
    out.push(
      finding(
        'condition_never_holds',
        site.path,
        `${site.what}, “${site.text}”, can never hold: no answers the questions accept make it true${limits(ctx, site.text)}. Correct the condition, or the limits of the questions it reads.`,
        { nodeId: site.nodeId, edgeId: site.edgeId, fieldId: site.fieldId },
      ),
    );
    if (ctx.spend.exhausted) break;
  }
  return out;
}
