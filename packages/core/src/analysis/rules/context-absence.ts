/**
 * A context fact the host did not send, read as if it were a safe value:
 * `coalesce(context.age, 30) >= 65`, `if(answered(context.on_anticoagulant), …)`
 * or an `otherwise` edge that catches "not provided" make a missing fact
 * route the patient somewhere less urgent than some value the host could
 * have sent, with every answer the same.
 */
import { nodeName } from '../model.js';
import type { OutcomeNode } from '../provisional.js';
import { spend, type ExploreContext } from '../explore/context.js';
import { answersText, counterExample, routeText } from '../explore/describe.js';
import type { Exploration } from '../explore/record.js';
import { ANY, BLANK, slotEntries, slotOf, type Slot, type State } from '../explore/state.js';
import { finding } from '../finding.js';
import { URGENCY_RANK } from './static-safety.js';
import type { Finding } from '../types.js';

const same = (a: Slot, b: Slot): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a.v) === JSON.stringify(b.v));

/** Whether one set of answers can take the engine along both states' routes, except for `except`. */
function compatible(a: State, b: State, except: string): boolean {
  for (const [name, slot] of slotEntries(a)) {
    if (name === except || slot === ANY) continue;
    const other = slotOf(b, name);
    if (other === undefined || other === ANY) continue;
    if (!same(slot, other)) return false;
  }
  return true;
}

/** Outcomes a missing context fact reaches that are less urgent than one a sent value reaches, with the same answers. */
export function contextAbsence(ctx: ExploreContext, record: Exploration): Finding[] {
  const facts = [...ctx.compiled.context.keys()].map((id) => `context.${id}`);
  if (facts.length === 0) return [];
  const arrivals: { state: State; outcome: OutcomeNode; rank: number }[] = [];
  for (const state of record.arrivals) {
    const outcome = ctx.model.nodes.get(state.node);
    if (outcome?.kind === 'outcome')
      arrivals.push({ state, outcome, rank: URGENCY_RANK[outcome.urgency] ?? 0 });
  }
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const fact of facts) {
    for (const low of arrivals) {
      if (slotOf(low.state, fact) !== BLANK || reported.has(`${fact}|${low.outcome.id}`)) continue;
      for (const high of arrivals) {
        if (high.rank <= low.rank) continue;
        const sent = slotOf(high.state, fact);
        if (typeof sent !== 'object') continue;
        if (!spend(ctx)) return out;
        if (!compatible(low.state, high.state, fact) || !compatible(high.state, low.state, fact)) continue;
        reported.add(`${fact}|${low.outcome.id}`);
        const example = counterExample(ctx, low.state);
        const label = ctx.compiled.context.get(fact.slice(8))?.label ?? fact;
        out.push(
          finding(
            'context_absence_less_urgent',
            ctx.model.nodePath.get(low.outcome.id) ?? [],
            `When the host does not send ${fact} (“${label}”), the route ${routeText(ctx, low.state.route)} ends at ${nodeName(low.outcome, low.outcome.id)} (${low.outcome.urgency}); with the same answers and ${fact} = ${JSON.stringify(sent.v)} it ends at ${nodeName(high.outcome, high.outcome.id)} (${high.outcome.urgency}). For example: ${answersText(example)}. "Not provided" is not "no": ask the question (prefilled from the record when the host sends it), or route a missing value to the more urgent outcome.`,
            {
              nodeId: low.outcome.id,
              fieldId: fact,
              route: [...low.state.route],
              counterExample: example,
            },
          ),
        );
        break;
      }
    }
  }
  return out;
}
