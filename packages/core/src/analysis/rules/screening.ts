/**
 * Red flags a route never screens for: a route that ends at an outcome less
 * urgent than a red flag demands, without ever showing that red flag's
 * question (its page is not on the route, or its `showWhen` hides it). The
 * red-flag check (`red_flag_under_triaged`) only sees flags that were asked;
 * this one reports the routes where nobody asked. A follow-up question hidden
 * by the answers to lead questions on its own page counts as asked.
 */
import type { OutcomeNode } from '../../engine/doc.js';
import { finding } from '../finding.js';
import type { ExploreContext } from '../explore/context.js';
import { answersText, counterExample, routeText } from '../explore/describe.js';
import type { Exploration } from '../explore/record.js';
import { slotOf, type State } from '../explore/state.js';
import { nodeName, type FieldEntry } from '../model.js';
import type { Finding } from '../types.js';
import { URGENCY_RANK } from './static-safety.js';

function why(entry: FieldEntry, state: State): string {
  if (!state.route.includes(entry.step.id))
    return `its page ${nodeName(entry.step, entry.step.id)} is not on the route`;
  return `it is hidden there by its showWhen “${entry.field.showWhen ?? ''}”`;
}

const LEAD_QUESTION_TYPES = new Set(['boolean', 'choice', 'multi-choice']);

/**
 * Whether a red-flag question hidden by its showWhen is a follow-up to lead
 * questions on its own page (“Cough?” → “What is the sputum like?”): the
 * clinician has just answered the yes/no or choice questions that rule the
 * sign out, so the sign was looked for. A flag hidden by an age, a date, a
 * context fact, a score or an earlier page's answer was not.
 */
function isFollowUp(ctx: ExploreContext, entry: FieldEntry): boolean {
  if (entry.field.showWhen === undefined) return false;
  const names = ctx.inputs.exprs.names(entry.field.showWhen);
  return (
    names.length > 0 &&
    names.every((name) => {
      const lead = ctx.model.fields.get(name);
      return lead !== undefined && lead.step === entry.step && LEAD_QUESTION_TYPES.has(lead.field.type);
    })
  );
}

function unscreened(
  ctx: ExploreContext,
  outcome: OutcomeNode,
  entry: FieldEntry,
  states: readonly State[],
): Finding | undefined {
  const flag = entry.field.redFlag;
  if (!flag || (URGENCY_RANK[flag.urgency] ?? 0) <= (URGENCY_RANK[outcome.urgency] ?? 0)) return undefined;
  const followUp = isFollowUp(ctx, entry);
  const state = states.find(
    (s) => slotOf(s, entry.field.id) === undefined && !(followUp && s.route.includes(entry.step.id)),
  );
  if (!state) return undefined;
  const example = counterExample(ctx, state);
  return finding(
    'red_flag_not_screened',
    entry.path,
    `The red flag “${entry.field.label}” (${entry.field.id}) demands at least ${flag.urgency}, but the route ${routeText(ctx, state.route)} ends at ${nodeName(outcome, outcome.id)}, which is only ${outcome.urgency}, without asking it: ${why(entry, state)}. For example: ${answersText(example)}. Ask the red-flag question on every route that can end at a less urgent outcome (for example on the first page), or show it there.`,
    {
      nodeId: outcome.id,
      fieldId: entry.field.id,
      route: [...state.route],
      counterExample: example,
    },
  );
}

/** One finding per red-flag question and less urgent outcome that some explored route reaches without showing it. */
export function unscreenedRedFlags(ctx: ExploreContext, record: Exploration): Finding[] {
  const flags = [...ctx.model.fields.values()].filter((e) => e.field.redFlag !== undefined);
  const out: Finding[] = [];
  if (flags.length === 0) return out;
  for (const outcome of ctx.model.outcomes) {
    const states = (record.statesAt.get(outcome.id) ?? []).map((i) => record.states[i] as State);
    if (states.length === 0) continue;
    for (const entry of flags) {
      const f = unscreened(ctx, outcome, entry, states);
      if (f) out.push(f);
    }
  }
  return out;
}
