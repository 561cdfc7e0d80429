/**
 * Checks made on arrival at an outcome: every red flag that may be positive
 * on this route demands at least its urgency, and every field or variable
 * the outcome requires must have been asked (and answered) on the route.
 */
import { isUnknown } from '../../engine/expressions.js';
import type { OutcomeNode } from '../../engine/doc.js';
import { finding } from '../finding.js';
import { nodeName } from '../model.js';
import { URGENCY_RANK } from '../rules/static-safety.js';
import type { ExploreContext } from './context.js';
import { answersText, counterExample, routeText } from './describe.js';
import { evaluateForked } from './fork.js';
import { redFlagCondition } from './live.js';
import { recordOnce, type Exploration } from './record.js';
import { ANY, BLANK, isContextName, slotOf, withSlot, type State } from './state.js';

/**
 * A copy of `state` in which the inputs `text` reads that are blank, not
 * provided or not asked are open again (`ANY`), their steps counted as on the
 * route: every way the missing answers could have been given. Questions
 * hidden on the route stay as they are. `undefined` when nothing is missing.
 */
function completions(ctx: ExploreContext, state: State, text: string): State | undefined {
  let open = state;
  const steps = new Set(state.route);
  let missing = false;
  for (const name of ctx.inputs.ofText(text)) {
    const slot = slotOf(state, name);
    if (isContextName(name)) {
      if (slot !== BLANK) continue;
    } else {
      const entry = ctx.compiled.fields.get(name);
      if (!entry) continue;
      if (slot === undefined) {
        if (state.route.includes(entry.node.id)) continue; // on the route but hidden: not asked there
        steps.add(entry.node.id);
      } else if (slot !== BLANK) continue;
    }
    open = withSlot(open, name, ANY);
    missing = true;
  }
  if (!missing) return undefined;
  return { ...open, route: [...state.route, ...[...steps].filter((s) => !state.route.includes(s))] };
}

/** The inputs whose values differ between a state and a completion of it, as `id = value` text. */
function completedText(state: State, completed: State, names: readonly string[]): string {
  const parts: string[] = [];
  for (const name of names) {
    const before = slotOf(state, name);
    const after = slotOf(completed, name);
    if (typeof after !== 'object' || typeof before === 'object') continue;
    const was = before === undefined ? 'not asked' : isContextName(name) ? 'not provided' : 'left blank';
    parts.push(`${name} = ${JSON.stringify(after.v)} (here ${was})`);
  }
  return parts.join(', ');
}

function redFlags(
  ctx: ExploreContext,
  record: Exploration,
  seen: Set<string>,
  state: State,
  outcome: OutcomeNode,
): void {
  const rank = URGENCY_RANK[outcome.urgency] ?? 0;
  for (const [id, entry] of ctx.model.fields) {
    const flag = entry.field.redFlag;
    if (!flag || (URGENCY_RANK[flag.urgency] ?? 0) <= rank || slotOf(state, id) === undefined) continue;
    const text = redFlagCondition(ctx.model, id);
    if (text === undefined) continue;
    const branches = evaluateForked(ctx, state, text);
    const positive = branches.find((b) => b.value === true);
    const demand = `The red flag “${entry.field.label}” (${id}) demands at least ${flag.urgency}${flag.reason ? ` (${flag.reason})` : ''}`;
    const place = { nodeId: outcome.id, fieldId: id, route: [...state.route] };
    if (positive) {
      const example = counterExample(ctx, positive.state);
      recordOnce(
        record,
        seen,
        finding(
          'red_flag_under_triaged',
          entry.path,
          `${demand}, but with it positive the route ${routeText(ctx, state.route)} ends at ${nodeName(outcome, outcome.id)}, which is only ${outcome.urgency}. For example: ${answersText(example)}. Route positive answers to an outcome at least as urgent, before this one.`,
          { ...place, counterExample: example },
        ),
      );
      continue;
    }
    // Unknown is not negative: a flag that some completion of the missing answers makes positive may be positive.
    for (const unknown of branches) {
      if (unknown.truncated || !isUnknown(unknown.value)) continue;
      const open = completions(ctx, unknown.state, text);
      const possible = open && evaluateForked(ctx, open, text).find((b) => b.value === true && !b.truncated);
      if (!possible) continue;
      const example = counterExample(ctx, unknown.state);
      recordOnce(
        record,
        seen,
        finding(
          'red_flag_under_triaged',
          entry.path,
          `${demand}, but on the route ${routeText(ctx, state.route)} it cannot be ruled out: answers it needs are missing, so the engine cannot tell whether it is positive, and the route ends at ${nodeName(outcome, outcome.id)}, which is only ${outcome.urgency}. With ${completedText(unknown.state, possible.state, ctx.inputs.ofText(text))} it would be positive. For example: ${answersText(example)}. Make the answers it needs required and asked on every route to this outcome, or send a flag that cannot be ruled out to an outcome at least as urgent.`,
          { ...place, counterExample: example },
        ),
      );
      break;
    }
  }
}

function requirements(
  ctx: ExploreContext,
  record: Exploration,
  seen: Set<string>,
  state: State,
  outcome: OutcomeNode,
): void {
  const outcomePath = ctx.model.nodePath.get(outcome.id) ?? [];
  outcome.requires.forEach((id, k) => {
    const path = [...outcomePath, 'requires', k];
    const field = ctx.model.fields.get(id);
    if (!field && !ctx.model.variables.has(id)) return;
    let missing: State | undefined;
    let blank = false;
    if (field) {
      const slot = slotOf(state, id);
      if (slot === undefined) missing = state;
      else if (slot === BLANK || (slot === ANY && field.field.required === false)) blank = true;
    } else {
      const branch = evaluateForked(ctx, state, id).find((b) => isUnknown(b.value) && !b.truncated);
      missing = branch?.state;
    }
    if (missing) {
      const example = counterExample(ctx, missing);
      const what = field
        ? `the question “${field.field.label}” (${id}) is never asked`
        : `the value ${id} cannot be worked out`;
      recordOnce(
        record,
        seen,
        finding(
          'incomplete_referral',
          path,
          `${nodeName(outcome, outcome.id)} requires ${id}, but on the route ${routeText(ctx, state.route)} ${what}, so the referral would be incomplete and bounced back. For example: ${answersText(example)}. Ask it on every route into this outcome, or remove it from "requires".`,
          { nodeId: outcome.id, fieldId: id, route: [...state.route], counterExample: example },
        ),
      );
    } else if (blank && field) {
      recordOnce(
        record,
        seen,
        finding(
          'required_field_optional',
          path,
          `${nodeName(outcome, outcome.id)} requires ${id}, but the question “${field.field.label}” is optional and may be left blank on the route ${routeText(ctx, state.route)}. Make the question required, or remove it from "requires".`,
          { nodeId: outcome.id, fieldId: id, route: [...state.route] },
        ),
      );
    }
  });
}

/** Runs the outcome checks for one state that reached `outcome`. */
export function checkOutcome(
  ctx: ExploreContext,
  record: Exploration,
  seen: Set<string>,
  state: State,
  outcome: OutcomeNode,
): void {
  redFlags(ctx, record, seen, state, outcome);
  requirements(ctx, record, seen, state, outcome);
}
