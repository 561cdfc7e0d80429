import { describe, expect, it } from 'vitest';
import { runPath } from '../engine/run-path.js';
import { examplePathways, fixture, TODAY } from './test-fixtures.js';
import { routeTo } from './witness.js';

describe('routeTo', () => {
  it('finds answers that the engine routes to every node an example pathway can reach', () => {
    let found = 0;
    for (const { file, pathway } of examplePathways()) {
      if (!pathway) continue;
      for (const node of pathway.nodes) {
        const { witness } = routeTo(pathway, node.id, { today: TODAY });
        if (!witness) continue;
        found += 1;
        const run = runPath(pathway, { answers: witness.answers, context: witness.context, today: TODAY });
        // the engine goes on through decisions and information pages; the route to the node is its prefix
        expect(run.route.slice(0, witness.route.length), `${file}: ${node.id}`).toEqual(witness.route);
        expect(witness.route.at(-1)).toBe(node.id);
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('returns the start with no answers for the start node', () => {
    const pathway = fixture('clean-fever-triage');
    const { witness, complete } = routeTo(pathway, pathway.start, { today: TODAY });
    expect(complete).toBe(true);
    expect(witness).toEqual({ route: [pathway.start], answers: {}, context: {} });
  });

  it('finds no witness, with a complete search, for a node no answers reach', () => {
    const search = routeTo(fixture('unreachable_node_by_conditions'), 'children', { today: TODAY });
    expect(search).toEqual({ complete: true });
  });

  it('says the search was incomplete when the budget runs out first', () => {
    const pathway = fixture('clean-fever-triage');
    const last = pathway.nodes.at(-1)?.id ?? '';
    const search = routeTo(pathway, last, { today: TODAY, budget: 1 });
    expect(search.complete).toBe(false);
  });
});
