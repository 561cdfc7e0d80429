/**
 * Which names (fields, variables, `context.<id>`) can still be read from each
 * node on: by a condition out of it or a later node, by a later step's
 * `showWhen`, `prefill` or validation rules, by an outcome's requirements,
 * or by a red-flag check. Only their values tell two states at a node apart:
 * two states with the same Wells score merge, whichever items made it. A
 * field asked at a later step is not live before that step: no state there
 * has a slot for it yet.
 */
import { inputFields, type PathwayModel } from '../model.js';
import type { Inputs } from './inputs.js';

/** The red-flag condition of a field as expression text (its own `when`, or the default for its type). */
export function redFlagCondition(model: PathwayModel, fieldId: string): string | undefined {
  const field = model.fields.get(fieldId)?.field;
  if (!field?.redFlag) return undefined;
  if (field.redFlag.when !== undefined) return field.redFlag.when;
  if (field.type === 'boolean') return `${field.id} = true`;
  if (field.type === 'choice' || field.type === 'multi-choice') {
    const flagged = field.options.filter((o) => o.redFlag === true).map((o) => `'${o.value}'`);
    if (flagged.length === 0) return undefined;
    return field.type === 'choice'
      ? `${field.id} in [${flagged.join(', ')}]`
      : flagged.map((v) => `${v} in ${field.id}`).join(' or ');
  }
  return undefined;
}

/** How a name is read from a node on: for its value, or only for whether it was asked and answered. */
export const VALUE = 2;
/** Only whether the name was asked and answered matters (an outcome's `requires`). */
export const PRESENCE = 1;

/** Live names of a node: name → {@link VALUE} or {@link PRESENCE}. */
export type LiveNames = Map<string, number>;

function readsAt(model: PathwayModel, inputs: Inputs, id: string, always: readonly string[]): LiveNames {
  const out: LiveNames = new Map();
  const add = (text: string | undefined): void => {
    if (text !== undefined) for (const name of inputs.exprs.names(text)) out.set(name, VALUE);
  };
  const node = model.nodes.get(id);
  for (const edge of model.out.get(id) ?? []) add(edge.when);
  if (node?.kind === 'step') {
    for (const field of inputFields(node)) {
      add(field.showWhen);
      add(field.prefill);
      for (const v of field.validations ?? []) add(v.when);
    }
  }
  if (node?.kind === 'outcome') {
    for (const name of node.requires)
      out.set(name, Math.max(out.get(name) ?? 0, model.variables.has(name) ? VALUE : PRESENCE));
    for (const name of always) out.set(name, VALUE);
  }
  return out;
}

/** The live names of every node (a fixpoint over the graph, so cycles are fine). */
export function liveInputs(model: PathwayModel, inputs: Inputs): Map<string, LiveNames> {
  const redFlagInputs: string[] = [];
  for (const [id] of model.fields) {
    const text = redFlagCondition(model, id);
    if (text !== undefined) redFlagInputs.push(id, ...inputs.exprs.names(text));
  }
  const live = new Map<string, LiveNames>();
  const asked = new Map<string, Set<string>>();
  for (const [id, node] of model.nodes)
    if (node.kind === 'step') asked.set(id, new Set(node.fields.map((f) => f.id)));
  const preds = new Map<string, string[]>();
  for (const id of model.nodes.keys()) {
    live.set(id, readsAt(model, inputs, id, redFlagInputs));
    for (const edge of model.out.get(id) ?? []) {
      const list = preds.get(edge.to);
      if (list) list.push(id);
      else preds.set(edge.to, [id]);
    }
  }
  const queue = [...model.nodes.keys()];
  const queued = new Set(queue);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    queued.delete(id);
    const mine = live.get(id) as LiveNames;
    for (const p of preds.get(id) ?? []) {
      const theirs = live.get(p) as LiveNames;
      // A field asked at p has no slot before p (each field lives on one step), so it is not live above p.
      const askedAtP = asked.get(p);
      let changed = false;
      for (const [name, how] of mine) {
        if (askedAtP?.has(name) || (theirs.get(name) ?? 0) >= how) continue;
        theirs.set(name, how);
        changed = true;
      }
      if (changed && !queued.has(p)) {
        queue.push(p);
        queued.add(p);
      }
    }
  }
  return live;
}
