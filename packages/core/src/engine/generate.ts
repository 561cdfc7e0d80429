/**
 * Random but valid pathways, for benchmarks and fuzzing: a forward-only
 * (acyclic) graph of steps, info pages and decisions along a spine, with conditional
 * edges that jump ahead, ending in outcomes. Steps ask boolean, choice,
 * multi-choice and number questions, some shown only when the step's first
 * (boolean) question is yes, some prefilled from context, some with
 * validation rules; scores and expression variables sum them up. The same
 * seed always gives the same pathway.
 */
import type { Field, Node, OutcomeNode, Pathway } from './doc.js';
import { condition, jumpTarget, makeFields, makeVariables, variableCondition } from './generate-parts.js';
import { generateAnswers, randomSource } from './random.js';

export { generateAnswers, randomAnswer, randomSource } from './random.js';
import { runPath } from './run-path.js';

/** Options of {@link generatePathway}. */
export interface GenerateOptions {
  /** Total number of nodes (at least 3). */
  nodes: number;
  /** Seed of the pseudo-random generator (default 1). */
  seed?: number;
  /** Share of non-outcome nodes that are decisions (default 0.25). */
  decisionShare?: number;
  /** Share of non-outcome nodes that are info pages (default 0.1). */
  infoShare?: number;
  /** Chance that a node keeps its `otherwise` edge (default 1; lower it to make routing dead ends). */
  otherwiseRate?: number;
  /** How many earlier steps a condition may look back to (default 2). */
  lookBack?: number;
  /** Most conditional edges out of one node (default 2). */
  branching?: number;
  /** Share of conditional edges that leave for an outcome (default: uniform over later nodes). */
  exitRate?: number;
  /** Farthest a conditional edge jumps ahead along the spine (default: to the end). */
  jumpReach?: number;
  /**
   * Make every condition decidable on any route the edges allow: conditions
   * read only the node's own step or the step just before a decision, jumps
   * never land on decisions, and variables read fields through `coalesce`.
   * Without it routes often stall on unknown (which fuzzing wants).
   */
  safe?: boolean;
  /** Scenarios to add, each recorded from a run with random answers (default 1). */
  scenarios?: number;
}

const DISPOSITIONS: OutcomeNode['disposition'][] = [
  'refer',
  'advice-request',
  'primary-care',
  'self-care',
  'urgent-care',
  'emergency',
];
const URGENCIES: OutcomeNode['urgency'][] = [
  'routine',
  'urgent',
  'suspected-cancer',
  'same-day',
  'emergency',
];

/**
 * Generates a valid acyclic pathway (it passes `safeParsePathway`).
 *
 * @example
 * ```ts
 * const pathway = generatePathway({ nodes: 1000, seed: 7 });
 * const run = runPath(pathway, pathway.scenarios[0]!);
 * ```
 */
export function generatePathway(options: GenerateOptions): Pathway {
  const rnd = randomSource(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const total = Math.max(3, Math.floor(options.nodes));
  const outcomes = Math.max(2, Math.min(Math.round(total * 0.05), total - 1));
  const spine = total - outcomes;
  const lookBack = options.lookBack ?? 2;
  const nodes: Node[] = [];
  const stepFields: Field[][] = [];
  const safe = options.safe === true;
  for (let i = 0; i < spine; i++) {
    const afterStep = nodes[i - 1]?.kind === 'step';
    const r = rnd();
    if (i > 0 && (!safe || afterStep) && r < (options.decisionShare ?? 0.25)) {
      nodes.push({ id: `n${i}`, kind: 'decision', title: `Decision ${i}` });
      continue;
    }
    if (i > 0 && r > 1 - (options.infoShare ?? 0.1)) {
      nodes.push({
        id: `n${i}`,
        kind: 'info',
        title: `Information ${i}`,
        body: `Read this before going on.\n\n- point ${i}`,
      });
      continue;
    }
    const fields = makeFields(i, rnd);
    stepFields.push(fields);
    nodes.push({ id: `n${i}`, kind: 'step', title: `Step ${i}`, fields });
  }
  for (let k = 0; k < outcomes; k++) {
    nodes.push({
      id: `n${spine + k}`,
      kind: 'outcome',
      title: `Outcome ${k}`,
      disposition: pick(DISPOSITIONS),
      urgency: pick(URGENCIES),
      timeframe: 'within 2 weeks',
      actor: 'GP',
      requires: [],
      safetyNetting: 'Seek help if **symptoms get worse**.',
    });
  }
  const variables = makeVariables(stepFields, rnd, safe);
  const edges: Pathway['edges'] = [];
  const targeted = new Set<number>();
  let stepsSoFar = 0;
  for (let i = 0; i < spine; i++) {
    const node = nodes[i] as Node;
    if (node.kind === 'step') stepsSoFar++;
    const back = safe ? 1 : lookBack;
    // In safe mode an info page (which a jump may reach directly) routes on nothing but `otherwise`.
    const pool =
      node.kind === 'step'
        ? [node.fields]
        : safe && node.kind === 'info'
          ? []
          : stepFields.slice(Math.max(0, stepsSoFar - back), stepsSoFar);
    // In safe mode a field shown only sometimes is never read by a condition.
    const candidates = pool.flat().filter((f) => f.type !== 'display' && (!safe || f.showWhen === undefined));
    const conditional = candidates.length === 0 ? 0 : Math.floor(rnd() * ((options.branching ?? 2) + 1));
    for (let k = 0; k < conditional; k++) {
      const to = jumpTarget(i, spine, total, nodes, options, rnd);
      if (to === undefined) continue;
      targeted.add(to);
      const useVariable = variables.length > 0 && rnd() < 0.15;
      const when = useVariable ? variableCondition(pick(variables), rnd) : condition(pick(candidates), rnd);
      edges.push({ id: `e${edges.length}`, from: node.id, to: `n${to}`, when });
    }
    if (rnd() < (options.otherwiseRate ?? 1) || conditional === 0) {
      const to = i + 1 < spine ? i + 1 : spine + Math.floor(rnd() * outcomes);
      targeted.add(to);
      edges.push({ id: `e${edges.length}`, from: node.id, to: `n${to}` });
    }
  }
  for (let k = spine; k < total; k++) {
    if (!targeted.has(k))
      edges.push({ id: `e${edges.length}`, from: `n${spine - 1}`, to: `n${k}`, when: 'false' });
  }
  const pathway: Pathway = {
    schemaVersion: 1,
    id: `generated-${options.seed ?? 1}`,
    version: '1.0.0',
    title: `Generated pathway (${total} nodes)`,
    status: 'draft',
    approvals: [],
    sources: [],
    context: [{ id: 'age', label: 'Age', type: 'integer' }],
    start: 'n0',
    nodes,
    edges,
    variables,
    scenarios: [],
  };
  const scenarios: Pathway['scenarios'] = [];
  for (let s = 0; s < (options.scenarios ?? 1); s++) {
    const answers = generateAnswers(pathway, (options.seed ?? 1) * 31 + s);
    const run = runPath(pathway, { answers, context: { age: 50 }, today: '2026-01-01' });
    if (run.status !== 'outcome' || run.outcome === undefined) continue;
    scenarios.push({
      id: `s${s}`,
      name: `Recorded run ${s}`,
      context: { age: 50 },
      answers,
      expect: { outcome: run.outcome, path: run.route },
    });
  }
  // A new object: the engine caches what it derives from a pathway object, which must not change after.
  return { ...pathway, scenarios };
}
