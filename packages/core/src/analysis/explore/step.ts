/**
 * Arriving at a step: its fields are asked (`ANY`), then each `showWhen` is
 * decided in field order, splitting where it depends on an answer. Returns
 * one state per way the page can look, with the number of questions shown.
 */
import { isUnknown } from '../../engine/expressions.js';
import type { StepNode } from '../../engine/doc.js';
import { finding } from '../finding.js';
import { inputFields, nodeName } from '../model.js';
import type { ExploreContext } from './context.js';
import { routeText } from './describe.js';
import { evaluateForked } from './fork.js';
import { recordOnce, type Exploration } from './record.js';
import { ANY, scopeOf, slotOf, withSlot, type State } from './state.js';

/** One way a step's page can look. */
export interface StepView {
  readonly state: State;
  readonly questions: number;
}

/** Asks a step's fields and decides which are shown. */
export function enterStep(
  ctx: ExploreContext,
  record: Exploration,
  seen: Set<string>,
  state: State,
  step: StepNode,
): StepView[] {
  const fields = inputFields(step);
  let asked = state;
  for (const field of fields) asked = withSlot(asked, field.id, ANY);
  let states = [asked];
  for (const field of fields) {
    if (field.showWhen === undefined) continue;
    const next: State[] = [];
    for (const s of states) {
      for (const branch of evaluateForked(ctx, s, field.showWhen)) {
        if (branch.value === true) {
          next.push(branch.state);
          continue;
        }
        if (isUnknown(branch.value) && !branch.truncated) {
          const entry = ctx.model.fields.get(field.id);
          recordOnce(
            record,
            seen,
            finding(
              'show_when_unknown',
              [...(entry?.path ?? []), 'showWhen'],
              `Field ${field.id} on ${nodeName(step, step.id)} shows only when “${field.showWhen}”, but on the route ${routeText(ctx, s.route)} that depends on answers not given yet, so the engine hides the field. Base the condition on questions asked earlier on every route.`,
              { nodeId: step.id, fieldId: field.id, route: [...s.route] },
            ),
          );
        }
        next.push(withSlot(branch.state, field.id, undefined));
      }
    }
    states = next;
  }
  return states.map((s) => {
    const shown = fields.filter((f) => slotOf(s, f.id) !== undefined);
    for (const f of shown) record.shownFields.add(f.id);
    notePrefill(
      ctx,
      record,
      s,
      step,
      shown.map((f) => f.id),
    );
    return { state: s, questions: shown.length };
  });
}

function notePrefill(
  ctx: ExploreContext,
  record: Exploration,
  state: State,
  step: StepNode,
  shown: readonly string[],
): void {
  if (record.prefills.get(step.id) === null) return;
  const scope = scopeOf(state, ctx.today);
  const values: unknown[] = [];
  for (const id of shown) {
    const text = ctx.model.fields.get(id)?.field.prefill;
    const value = text === undefined ? undefined : scope.evaluate(text);
    if (value === undefined || isUnknown(value)) {
      record.prefills.set(step.id, null);
      return;
    }
    values.push(value);
  }
  if (shown.length === 0) return;
  const seenValues = record.prefills.get(step.id) ?? new Set<string>();
  seenValues.add(JSON.stringify(values));
  record.prefills.set(step.id, seenValues);
}
