/**
 * Laying imported fields out as a pathway: top-level groups one step each,
 * runs of top-level questions one step (or one step per question), routing
 * edges that skip a step when nothing on it would show, and one closing
 * outcome.
 */
import type { Field, OutcomeNode, Pathway, PathwayNode } from '../careway-types.js';
import { fieldIdBase, IdAllocator, nodeIdFrom } from '../ids.js';
import type { FhirQuestionnaire } from '../types.js';
import { type Cond, or, print } from './condition.js';
import type { ItemInfo, VisibilityResolver } from './enable-when.js';
import { itemLabel } from './items.js';

/** A step before layout: its title and its fields with their visibility. */
export interface DraftStep {
  idBase: string;
  title: string;
  fields: { field: Field; visibility: Cond }[];
}

/** The closing outcome of an imported form. */
export const IMPORTED_OUTCOME: OutcomeNode = {
  id: 'complete',
  kind: 'outcome',
  title: 'Form complete',
  disposition: 'other',
  urgency: 'routine',
  timeframe: 'not applicable',
  actor: 'Receiving clinician',
  summary: 'The questionnaire has been completed.',
  requires: [],
};

/**
 * Nodes, edges and start for `drafts` (empty steps are dropped by the caller).
 * From each page, the edges go in order to the following steps whose
 * condition holds, ending at the first step that always shows or at the
 * outcome.
 */
export function layoutSteps(drafts: DraftStep[]): Pick<Pathway, 'start' | 'nodes' | 'edges'> {
  const ids = new IdAllocator([IMPORTED_OUTCOME.id]);
  const steps = drafts.map((d) => ({
    id: ids.take(nodeIdFrom(d.idBase)),
    draft: d,
    when: print(or(...d.fields.map((f) => f.visibility))),
  }));
  const nodes: PathwayNode[] = steps.map((s) => ({
    id: s.id,
    kind: 'step',
    title: s.draft.title,
    fields: s.draft.fields.map((f) => f.field),
  }));
  const edges: Pathway['edges'] = [];
  const edgeIds = new IdAllocator();
  const route = (from: string, startAt: number): void => {
    for (let j = startAt; j < steps.length; j++) {
      const target = steps[j] as (typeof steps)[number];
      const id = edgeIds.take(`${from}_to_${target.id}`);
      if (target.when === undefined) {
        edges.push({ id, from, to: target.id });
        return;
      }
      edges.push({ id, from, to: target.id, when: target.when });
    }
    edges.push({ id: edgeIds.take(`${from}_to_${IMPORTED_OUTCOME.id}`), from, to: IMPORTED_OUTCOME.id });
  };
  let start = steps[0]?.id ?? IMPORTED_OUTCOME.id;
  if (steps[0]?.when !== undefined) {
    start = ids.take('route_start');
    nodes.unshift({ id: start, kind: 'decision', title: 'Which questions apply' });
    route(start, 0);
  }
  steps.forEach((s, i) => route(s.id, i + 1));
  nodes.push(IMPORTED_OUTCOME);
  return { start, nodes, edges };
}

/**
 * Groups the fields into steps: a top-level group is one step (nested groups
 * become headings on it); consecutive top-level questions share one step, or
 * have one each with `stepPerItem`. Steps with no field are dropped.
 */
export function draftSteps(
  q: FhirQuestionnaire,
  order: ItemInfo[],
  fields: Map<ItemInfo, Field>,
  resolver: VisibilityResolver,
  fieldIds: IdAllocator,
  stepPerItem: boolean,
): DraftStep[] {
  const drafts: DraftStep[] = [];
  const topOf = (info: ItemInfo): ItemInfo => (info.parent ? topOf(info.parent) : info);
  let run: DraftStep | undefined;
  let runCount = 0;
  const stepFor = new Map<ItemInfo, DraftStep>();
  for (const info of order) {
    const top = topOf(info);
    let step = stepFor.get(top);
    if (!step) {
      if (top.item.type === 'group') {
        step = { idBase: top.linkId, title: top.item.text?.trim() || itemLabel(top.item), fields: [] };
        drafts.push(step);
        run = undefined;
      } else if (stepPerItem || !run) {
        runCount++;
        step = {
          idBase: stepPerItem ? top.linkId : `step_${runCount}`,
          title: stepPerItem ? itemLabel(top.item) : (q.title ?? 'Questions'),
          fields: [],
        };
        drafts.push(step);
        run = stepPerItem ? undefined : step;
      } else {
        step = run;
      }
      stepFor.set(top, step);
    }
    const field = fields.get(info);
    if (field) {
      step.fields.push({ field, visibility: resolver.condition(info) });
    } else if (info !== top && info.item.type === 'group' && info.item.text) {
      // A nested group keeps its heading as a display field, shown with the group.
      const id = fieldIds.take(`${fieldIdBase(info.linkId)}_heading`);
      const visibility = resolver.condition(info);
      step.fields.push({
        field: { id, label: info.item.text, type: 'display', text: info.item.text, ...showWhen(visibility) },
        visibility,
      });
    }
  }
  return drafts.filter((d) => d.fields.length > 0);
}

function showWhen(c: Cond): { showWhen?: string } {
  const text = print(c);
  return text === undefined ? {} : { showWhen: text };
}
