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
import { ANY, BLANK, slotOf, type State } from './state.js';

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
    const positive = evaluateForked(ctx, state, text).find((b) => b.value === true);
    if (!positive) continue;
    const example = counterExample(ctx, positive.state);
    recordOnce(
      record,
      seen,
      finding(
        'red_flag_under_triaged',
        entry.path,
        `The red flag “${entry.field.label}” (${id}) demands at least ${flag.urgency}${flag.reason ? ` (${flag.reason})` : ''}, but with it positive the route ${routeText(ctx, state.route)} ends at ${nodeName(outcome, outcome.id)}, which is only ${outcome.urgency}. For example: ${answersText(example)}. Route positive answers to an outcome at least as urgent, before this one.`,
        { nodeId: outcome.id, fieldId: id, route: [...state.route], counterExample: example },
      ),
    );
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
