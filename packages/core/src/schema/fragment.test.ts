import { describe, expect, it } from 'vitest';
import { safeParseFragment } from './fragment.js';

/** A valid fragment: a step and an outcome joined by a connection. */
function fragment(): Record<string, unknown> {
  return {
    careway: 'fragment',
    nodes: [
      {
        kind: 'step',
        id: 'symptoms',
        title: 'Symptoms',
        fields: [{ id: 'bleeding', type: 'boolean', label: 'Rectal bleeding?' }],
      },
      {
        kind: 'outcome',
        id: 'refer',
        title: 'Refer',
        disposition: 'refer',
        urgency: 'routine',
        timeframe: 'within 6 weeks',
        actor: 'GP',
        requires: [],
      },
    ],
    edges: [{ id: 'e1', from: 'symptoms', to: 'refer' }],
    positions: { symptoms: { x: 0, y: 0 }, refer: { x: 100, y: 0 } },
  };
}

const codes = (input: unknown) => {
  const read = safeParseFragment(input);
  return read.ok ? [] : read.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);
};

describe('safeParseFragment', () => {
  it('reads a valid fragment as fresh plain data', () => {
    const input = fragment();
    const read = safeParseFragment(input);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.fragment).toEqual(input);
    expect(read.fragment.nodes).not.toBe(input.nodes);
  });

  it('refuses a node of a kind Careway does not have, naming it', () => {
    const input = fragment();
    (input.nodes as Record<string, unknown>[])[0] = { kind: 'constructor', id: 'x', title: 'X' };
    const read = safeParseFragment(input);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues[0]?.path).toEqual(['nodes', 0, 'kind']);
    // Named as a node, never as Object's constructor.
    expect(read.issues[0]?.message).toMatch(
      /^Node "x": "kind" must be one of: step, decision, info, outcome/,
    );
  });

  it('refuses a node with missing fields', () => {
    const input = fragment();
    (input.nodes as Record<string, unknown>[])[1] = { kind: 'outcome', id: 'refer' };
    expect(codes(input).some((c) => c.startsWith('missing_property ["nodes",1,'))).toBe(true);
  });

  it('refuses ids that could reach a prototype, as keys and as values', () => {
    const input = fragment();
    (input.nodes as Record<string, unknown>[])[0] = { ...(input.nodes as object[])[0], id: '__proto__' };
    expect(codes(input)).toContain('invalid_id ["nodes",0,"id"]');
    const keyed = JSON.parse(
      '{"careway":"fragment","nodes":[],"edges":[],"positions":{"__proto__":{"x":0,"y":0}}}',
    ) as unknown;
    expect(safeParseFragment(keyed).ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBe(undefined);
  });

  it('refuses duplicate ids and connections that leave the fragment or leave an outcome', () => {
    const input = fragment();
    const nodes = input.nodes as Record<string, unknown>[];
    nodes.push({ ...nodes[1], title: 'Again' });
    (input.edges as Record<string, unknown>[]).push(
      { id: 'e2', from: 'symptoms', to: 'elsewhere' },
      { id: 'e3', from: 'refer', to: 'symptoms' },
    );
    expect(codes(input)).toEqual([
      'duplicate_id ["nodes",2,"id"]',
      'unknown_reference ["edges",1,"to"]',
      'invalid_reference ["edges",2,"from"]',
    ]);
  });

  it('refuses what is not a fragment, and never throws', () => {
    for (const input of [null, 'text', [], { careway: 'pathway' }, { careway: 'fragment' }, 1e308]) {
      expect(safeParseFragment(input).ok).toBe(false);
    }
    const cyclic: Record<string, unknown> = { careway: 'fragment' };
    cyclic.nodes = [cyclic];
    expect(safeParseFragment(cyclic).ok).toBe(false);
  });
});
