import { describe, expect, it } from 'vitest';
import type { Field, Node, Pathway } from './doc.js';
import { createSession } from './session.js';
import { dvtPathway, LIKELY_ANSWERS, outcome, tinyPathway } from './test-fixtures.js';

const step = (id: string, fields: Field[]): Node => ({ id, kind: 'step', title: `Step ${id}`, fields });
const bool = (id: string, extra: Partial<Field> = {}): Field =>
  ({ id, type: 'boolean', label: `Is ${id} present?`, ...extra }) as Field;
const decision = (id: string): Node => ({ id, kind: 'decision', title: `Decision ${id}` });

describe('routing', () => {
  it('takes the first edge whose condition is true, in array order', () => {
    const p = tinyPathway(
      [step('s', [bool('a'), bool('b')]), outcome('first'), outcome('second'), outcome('other')],
      [
        { id: 'e1', from: 's', to: 'first', when: 'a' },
        { id: 'e2', from: 's', to: 'second', when: 'b' },
        { id: 'e3', from: 's', to: 'other' },
      ],
    );
    const run = (a: boolean, b: boolean) => {
      const session = createSession(p);
      session.answer('a', a);
      session.answer('b', b);
      return session.next();
    };
    expect(run(true, true)).toMatchObject({ kind: 'review', outcome: { id: 'first' } });
    expect(run(false, true)).toMatchObject({ outcome: { id: 'second' } });
    expect(run(false, false)).toMatchObject({ outcome: { id: 'other' } });
  });

  it('never routes on unknown: it stalls and lists the fields it needs', () => {
    const p = tinyPathway(
      [step('s', [bool('a', { required: false }), bool('b')]), outcome('yes'), outcome('no')],
      [
        { id: 'e1', from: 's', to: 'yes', when: 'a or b' },
        { id: 'e2', from: 's', to: 'no' },
      ],
    );
    const session = createSession(p);
    session.answer('b', false);
    const view = session.next();
    expect(view.kind).toBe('stalled');
    if (view.kind !== 'stalled') return;
    expect(view.code).toBe('unknown_condition');
    expect(view.node.id).toBe('s');
    expect(view.needs).toEqual([
      { id: 'a', kind: 'field', label: 'Is a present?', nodeId: 's', reason: 'unanswered' },
    ]);
    expect(view.message).toContain('“Is a present?”');
    expect(view.nav).toEqual({ canGoBack: true, canContinue: false });
    // Answering the needed field on the stalled page returns to it.
    const again = session.answer('a', true);
    expect(again.kind).toBe('step');
    expect(session.next()).toMatchObject({ kind: 'review', outcome: { id: 'yes' } });
  });

  it('decides despite an unknown when three-valued logic allows it', () => {
    const p = tinyPathway(
      [step('s', [bool('a', { required: false }), bool('b')]), outcome('yes'), outcome('no')],
      [
        { id: 'e1', from: 's', to: 'yes', when: 'a or b' },
        { id: 'e2', from: 's', to: 'no' },
      ],
    );
    const session = createSession(p);
    session.answer('b', true);
    expect(session.next()).toMatchObject({ kind: 'review', outcome: { id: 'yes' } });
  });

  it('skips a false edge before an unknown one, and stalls on the unknown', () => {
    const p = tinyPathway(
      [step('s', [bool('a'), bool('b', { required: false })]), outcome('x'), outcome('y'), outcome('z')],
      [
        { id: 'e1', from: 's', to: 'x', when: 'a' },
        { id: 'e2', from: 's', to: 'y', when: 'b' },
        { id: 'e3', from: 's', to: 'z' },
      ],
    );
    const session = createSession(p);
    session.answer('a', false);
    const view = session.next();
    expect(view).toMatchObject({ kind: 'stalled', needs: [{ id: 'b', reason: 'unanswered' }] });
  });

  it('follows variables to the fields and context they need', () => {
    const p: Pathway = {
      ...tinyPathway(
        [step('s', [bool('a')]), decision('d'), outcome('hi'), outcome('lo')],
        [
          { id: 'e0', from: 's', to: 'd' },
          { id: 'e1', from: 'd', to: 'hi', when: 'risk >= 2' },
          { id: 'e2', from: 'd', to: 'lo' },
        ],
      ),
      context: [{ id: 'smoker', label: 'Smoker', type: 'boolean' }],
      variables: [
        {
          id: 'risk',
          label: 'Risk',
          kind: 'score',
          items: [
            { label: 'A', when: 'a', points: 1 },
            { label: 'Smoker', when: 'context.smoker', points: 1 },
          ],
        },
      ],
    };
    const session = createSession(p);
    session.answer('a', true);
    const view = session.next();
    expect(view).toMatchObject({
      kind: 'stalled',
      node: { id: 'd' },
      needs: [{ id: 'smoker', kind: 'context', label: 'Smoker', reason: 'not_provided' }],
    });
    expect(session.state.route).toEqual(['s', 'd']);
    expect(session.back()).toMatchObject({ kind: 'step', node: { id: 's' } });
    const withContext = createSession(p, { context: { smoker: true } });
    withContext.answer('a', true);
    expect(withContext.next()).toMatchObject({ kind: 'review', outcome: { id: 'hi' } });
  });

  it('names fields that are hidden or off the route', () => {
    const p = tinyPathway(
      [
        step('s', [bool('a'), bool('b', { showWhen: 'a' })]),
        step('t', [bool('c')]),
        decision('d'),
        outcome('x'),
        outcome('y'),
      ],
      [
        { id: 'e1', from: 's', to: 'd', when: 'not a' },
        { id: 'e2', from: 's', to: 't' },
        { id: 'e3', from: 't', to: 'd' },
        { id: 'e4', from: 'd', to: 'x', when: 'b or c' },
        { id: 'e5', from: 'd', to: 'y' },
      ],
    );
    const session = createSession(p);
    session.answer('a', false);
    const view = session.next();
    expect(view.kind === 'stalled' && view.needs.map((n) => [n.id, n.reason])).toEqual([
      ['b', 'hidden'],
      ['c', 'not_on_route'],
    ]);
  });

  it('reports a decision with no true edge and no otherwise as a defect', () => {
    const p = tinyPathway(
      [step('s', [bool('a')]), outcome('x')],
      [{ id: 'e1', from: 's', to: 'x', when: 'a' }],
    );
    const session = createSession(p);
    session.answer('a', false);
    const view = session.next();
    expect(view).toMatchObject({ kind: 'stalled', code: 'no_route', needs: [] });
    if (view.kind === 'stalled') expect(view.message).toMatch(/defect in the pathway/);
  });

  it('reports a dead end and an unreadable condition', () => {
    const dead = createSession(tinyPathway([step('s', [bool('a')]), outcome('x')], []));
    dead.answer('a', true);
    expect(dead.next()).toMatchObject({ kind: 'stalled', code: 'no_route' });
    const broken = createSession(
      tinyPathway([step('s', [bool('a')]), outcome('x')], [{ id: 'e', from: 's', to: 'x', when: 'a >= ' }]),
    );
    broken.answer('a', true);
    const view = broken.next();
    expect(view).toMatchObject({ kind: 'stalled', code: 'unknown_condition' });
    if (view.kind === 'stalled') expect(view.message).toMatch(/cannot be read/);
  });

  it('never shows the clinician the text of a rule it cannot read or decide', () => {
    const long = `a and ${'a and '.repeat(2000)}a >= `;
    const broken = createSession(
      tinyPathway([step('s', [bool('a')]), outcome('x')], [{ id: 'e', from: 's', to: 'x', when: long }]),
    );
    broken.answer('a', true);
    const view = broken.next();
    expect(view).toMatchObject({ kind: 'stalled', code: 'unknown_condition' });
    if (view.kind === 'stalled') {
      expect(view.message).not.toContain('a and a');
      expect(view.message.length).toBeLessThan(300);
    }
    const number = createSession(
      tinyPathway([step('s', [bool('a')]), outcome('x')], [{ id: 'e', from: 's', to: 'x', when: '1 + 1' }]),
    );
    number.answer('a', true);
    const typed = number.next();
    if (typed.kind === 'stalled') expect(typed.message).not.toContain('1 + 1');
  });

  it('stops a loop of decisions instead of hanging', () => {
    const p = tinyPathway(
      [step('s', [bool('a')]), decision('d1'), decision('d2'), outcome('x')],
      [
        { id: 'e0', from: 's', to: 'd1' },
        { id: 'e1', from: 'd1', to: 'd2' },
        { id: 'e2', from: 'd2', to: 'd1' },
      ],
    );
    const session = createSession(p);
    session.answer('a', true);
    const view = session.next();
    expect(view).toMatchObject({ kind: 'stalled', code: 'cycle' });
    expect(session.state.route.length).toBeLessThanOrEqual(p.nodes.length + 3);
  });

  it('treats variables that depend on themselves as unknown', () => {
    const p: Pathway = {
      ...tinyPathway(
        [step('s', [bool('a')]), outcome('x'), outcome('y')],
        [
          { id: 'e1', from: 's', to: 'x', when: 'v1 > 0' },
          { id: 'e2', from: 's', to: 'y' },
        ],
      ),
      variables: [
        { id: 'v1', label: 'V1', kind: 'expression', expr: 'v2 + 1' },
        { id: 'v2', label: 'V2', kind: 'expression', expr: 'v1 + 1' },
      ],
    };
    const session = createSession(p);
    session.answer('a', true);
    expect(session.next()).toMatchObject({ kind: 'stalled', code: 'unknown_condition' });
  });

  it('hides fields whose showWhen conditions depend on each other', () => {
    const p = tinyPathway(
      [step('s', [bool('a', { showWhen: 'b' }), bool('b', { showWhen: 'a' }), bool('c')]), outcome('x')],
      [{ id: 'e', from: 's', to: 'x' }],
    );
    const view = createSession(p).view();
    expect(view.kind === 'step' && view.fields.map((f) => f.field.id)).toEqual(['c']);
  });

  it('revisits pages in a loop of pages', () => {
    const p = tinyPathway(
      [step('s', [bool('again')]), outcome('x')],
      [
        { id: 'loop', from: 's', to: 's', when: 'again' },
        { id: 'out', from: 's', to: 'x' },
      ],
    );
    const session = createSession(p);
    session.answer('again', true);
    const view = session.next();
    expect(view).toMatchObject({ kind: 'step', node: { id: 's' } });
    expect(view.kind === 'step' && view.fields[0]?.remembered).toBe(true);
    session.answer('again', false);
    expect(session.next()).toMatchObject({ kind: 'review' });
    expect(session.state.route).toEqual(['s', 's', 'x']);
  });
});

describe('trace', () => {
  it('records every routing decision with the condition, the values and a readable note', () => {
    const session = createSession(dvtPathway(), { context: { age: 67 }, today: '2026-11-24' });
    for (let i = 0; i < 3; i++) {
      const view = session.view();
      if (view.kind === 'step')
        for (const f of view.node.fields)
          if (f.id in LIKELY_ANSWERS) session.answer(f.id, (LIKELY_ANSWERS as Record<string, unknown>)[f.id]);
      session.next();
    }
    const trace = session.state.trace;
    expect(trace.map((t) => [t.node, t.edge, t.to])).toEqual([
      ['about', 'e1', 'symptoms'],
      ['symptoms', 'e3', 'wells'],
      ['wells', 'e4', 'decide'],
      ['decide', 'e5', 'likely'],
    ]);
    expect(trace[3]).toEqual({
      node: 'decide',
      edge: 'e5',
      to: 'likely',
      condition: 'wells_score >= 2',
      values: { wells_score: 2 },
      note: 'wells_score >= 2 was true (wells_score = 2)',
    });
    expect(trace[1]).toMatchObject({
      condition: null,
      values: { symptoms: ['swelling', 'pain'] },
      note: "otherwise: 'haemoptysis' in symptoms was false (symptoms = ['swelling', 'pain'])",
    });
    expect(trace[0]?.note).toBe('no condition: always continues');
  });
});

describe('progress', () => {
  it('counts pages done and estimates the fewest pages left to any outcome', () => {
    const p = tinyPathway(
      [
        step('a', [bool('x')]),
        step('b', [bool('y')]),
        decision('d'),
        step('c', [bool('z')]),
        outcome('o1'),
        outcome('o2'),
      ],
      [
        { id: 'e1', from: 'a', to: 'b' },
        { id: 'e2', from: 'b', to: 'd' },
        { id: 'e3', from: 'd', to: 'o1', when: 'x' },
        { id: 'e4', from: 'd', to: 'c' },
        { id: 'e5', from: 'c', to: 'o2' },
      ],
    );
    const session = createSession(p);
    expect(session.view()).toMatchObject({ progress: { done: 0, remaining: 2 } });
    session.answer('x', false);
    expect(session.next()).toMatchObject({ progress: { done: 1, remaining: 1 } });
    session.answer('y', true);
    expect(session.next()).toMatchObject({ node: { id: 'c' }, progress: { done: 2, remaining: 1 } });
    session.answer('z', true);
    expect(session.next()).toMatchObject({ kind: 'review', progress: { done: 3, remaining: 0 } });
  });
});
