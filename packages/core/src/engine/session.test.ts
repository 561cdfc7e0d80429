import { describe, expect, it } from 'vitest';
import { createSession, type Session } from './session.js';
import { dvtPathway, LIKELY_ANSWERS, outcome, tinyPathway } from './test-fixtures.js';
import type { View } from './types.js';

const clock = () => new Date('2026-11-24T10:00:00Z');

function start(context: Record<string, unknown> = { age: 67 }): Session {
  return createSession(dvtPathway(), { context, today: '2026-11-24', now: clock });
}

function fill(session: Session, answers: Record<string, unknown>): View {
  const view = session.view();
  if (view.kind === 'step')
    for (const f of view.node.fields) if (f.id in answers) session.answer(f.id, answers[f.id]);
  return session.view();
}

/** Answers the three steps of the DVT pathway with the "likely" answers and arrives at review. */
function toReview(session: Session, answers: Record<string, unknown> = LIKELY_ANSWERS): View {
  for (let i = 0; i < 3; i++) {
    fill(session, answers);
    session.next();
  }
  return session.view();
}

function nodeOf(view: View): string {
  switch (view.kind) {
    case 'step':
    case 'info':
    case 'stalled':
      return view.node.id;
    default:
      return view.outcome.id;
  }
}

describe('createSession', () => {
  it('starts on the start step with its visible fields', () => {
    const view = start().view();
    expect(view.kind).toBe('step');
    if (view.kind !== 'step') return;
    expect(view.node.id).toBe('about');
    expect(view.fields.map((f) => f.field.id)).toEqual([
      'intro',
      'age',
      'sex',
      'nhs_number',
      'notes',
      'letter',
    ]);
    expect(view.nav).toEqual({ canGoBack: false, canContinue: true });
    expect(view.progress).toEqual({ done: 0, remaining: 2 });
    expect(view.errors).toEqual([]);
  });

  it('keeps its whole state as plain JSON', () => {
    const session = start();
    toReview(session);
    const state = session.state;
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(session.state).not.toBe(session.state);
  });

  it('leaves out a context text longer than an answer may be, and says so', () => {
    const pathway = dvtPathway();
    pathway.context = [...pathway.context, { id: 'note', label: 'Note', type: 'string' }];
    const session = createSession(pathway, { context: { note: 'x'.repeat(100_001) } });
    expect(session.state.context).toEqual({});
    const [notice] = session.view().errors;
    expect(notice?.code).toBe('context_invalid');
    expect(notice?.message).toContain('at most 100000 characters');
    const fits = createSession(pathway, { context: { note: 'x'.repeat(100_000) } });
    expect(fits.state.context).toEqual({ note: 'x'.repeat(100_000) });
  });

  it('ignores undeclared or ill-typed context and says so', () => {
    const session = createSession(dvtPathway(), {
      context: { age: 'old', shoe_size: 9, on_anticoagulants: true },
    });
    expect(session.state.context).toEqual({ on_anticoagulants: true });
    expect(
      session
        .view()
        .errors.map((e) => e.code)
        .sort(),
    ).toEqual(['context_ignored', 'context_invalid']);
  });

  it('follows the clock for today unless today is fixed', () => {
    const fixed = createSession(dvtPathway(), { today: '2020-02-29', now: clock });
    expect(fixed.state.today).toBe('2020-02-29');
    const free = createSession(dvtPathway(), { now: clock });
    expect(free.state.today).toMatch(/^2026-11-2[345]$/);
    expect(free.state.todayFixed).toBe(false);
  });

  it('reports an unusable today and uses the clock', () => {
    const session = createSession(dvtPathway(), { today: '2026-02-30', now: clock });
    expect(session.view().errors[0]?.code).toBe('invalid_today');
    expect(session.state.todayFixed).toBe(false);
  });

  it('passes decisions at the start and can start at an outcome', () => {
    const p = tinyPathway(
      [{ id: 'd', kind: 'decision', title: 'D' }, outcome('o')],
      [{ id: 'e', from: 'd', to: 'o' }],
    );
    const view = createSession(p).view();
    expect(view.kind).toBe('review');
    expect(createSession(p).state.route).toEqual(['d', 'o']);
  });
});

describe('answer and clear', () => {
  it('sets and clears answers on the current step', () => {
    const session = start();
    session.answer('sex', 'male');
    expect(session.state.answers.sex).toBe('male');
    session.clear('sex');
    expect(session.state.answers.sex).toBeUndefined();
    session.answer('sex', 'male');
    session.answer('sex', null);
    expect(session.state.answers.sex).toBeUndefined();
  });

  it('refuses a value of the wrong type in the view, never throwing', () => {
    const session = start();
    const view = session.answer('age', 'sixty');
    expect(view.errors).toEqual([
      {
        code: 'invalid_type',
        severity: 'error',
        path: [],
        fieldId: 'age',
        message: 'The age must be a whole number',
      },
    ]);
    expect(session.state.answers.age).toBeUndefined();
    const next = session.next();
    expect(next.errors.find((e) => e.fieldId === 'age')?.code).toBe('invalid_type');
    session.answer('age', 70);
    expect(session.view().errors.find((e) => e.fieldId === 'age')).toBeUndefined();
  });

  it.each([
    ['unknown field', 'no_such_field', 1, 'unknown_field'],
    ['field on another step', 'cancer', true, 'not_on_current_step'],
    ['display field', 'intro', 'x', 'not_answerable'],
  ])('refuses an answer to an %s', (_what, id, value, code) => {
    const session = start();
    const before = session.state.answers;
    const view = session.answer(id, value);
    expect(view.errors.map((e) => e.code)).toEqual([code]);
    expect(session.state.answers).toEqual(before);
  });

  it('never throws on hostile input', () => {
    const session = start();
    const weird: unknown[] = [
      NaN,
      Infinity,
      -0,
      {},
      [],
      [1],
      Symbol('x'),
      () => 1,
      new Date(),
      { name: 1 },
      10n,
    ];
    for (const value of weird) {
      for (const id of [
        'age',
        'sex',
        'pregnant',
        'notes',
        'letter',
        42 as unknown as string,
        undefined as unknown as string,
      ]) {
        expect(() => session.answer(id, value)).not.toThrow();
      }
    }
    const hostile = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => session.answer('letter', hostile)).not.toThrow();
    expect(session.view().errors.map((e) => e.code)).toContain('internal_error');
    const throwingContext = Object.defineProperty({}, 'age', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => createSession(dvtPathway(), { context: throwingContext })).not.toThrow();
    expect(() => session.goTo(undefined as unknown as string)).not.toThrow();
    expect(() => session.change({} as unknown as string)).not.toThrow();
    expect(JSON.parse(JSON.stringify(session.state))).toEqual(session.state);
  });

  it('normalises answers: blank text clears, repeated options collapse, -0 is 0', () => {
    const session = start();
    session.answer('notes', '   ');
    expect(session.state.answers.notes).toBeUndefined();
    session.answer('age', -0);
    expect(Object.is(session.state.answers.age, 0)).toBe(true);
    fill(session, { age: 50, sex: 'male' });
    session.next();
    session.answer('symptoms', ['pain', 'pain', 'swelling']);
    expect(session.state.answers.symptoms).toEqual(['pain', 'swelling']);
  });

  it('ends refusals of the last operation on the next one', () => {
    const session = start();
    expect(session.answer('nope', 1).errors).toHaveLength(1);
    expect(session.answer('sex', 'male').errors).toHaveLength(0);
  });
});

describe('field visibility (showWhen)', () => {
  it('shows a field only while its condition is true; unknown hides it', () => {
    const session = start();
    const ids = (v: View) => (v.kind === 'step' ? v.fields.map((f) => f.field.id) : []);
    expect(ids(session.view())).not.toContain('pregnant');
    expect(ids(session.answer('sex', 'female'))).toContain('pregnant');
    expect(ids(session.answer('sex', 'male'))).not.toContain('pregnant');
  });

  it('does not validate hidden fields and leaves their answers out of the result', () => {
    const session = start();
    session.answer('sex', 'female');
    session.answer('pregnant', true);
    session.answer('sex', 'male');
    expect(session.next().kind).toBe('step');
    toReview(session);
    expect(session.result()?.answers.map((a) => a.fieldId)).not.toContain('pregnant');
  });
});

describe('next', () => {
  it('validates the visible fields and stays with errors', () => {
    const session = start({});
    const view = session.next();
    expect(view.kind).toBe('step');
    expect(view.errors.map((e) => [e.code, e.fieldId])).toEqual([
      ['required', 'age'],
      ['required', 'sex'],
    ]);
    if (view.kind === 'step') expect(view.fields.find((f) => f.field.id === 'age')?.errors).toHaveLength(1);
  });

  it('passes info pages and decisions', () => {
    const session = start();
    const view = toReview(session, { ...LIKELY_ANSWERS, cancer: false, calf_diff: 1 });
    expect(nodeOf(view)).toBe('info_unlikely');
    expect(view.kind).toBe('info');
    expect(session.next().kind).toBe('review');
    expect(session.state.route).toEqual([
      'about',
      'symptoms',
      'wells',
      'decide',
      'info_unlikely',
      'unlikely',
    ]);
  });

  it('enters review at an outcome, then completes on confirmation', () => {
    const session = start();
    const review = toReview(session);
    expect(review.kind).toBe('review');
    if (review.kind !== 'review') return;
    expect(review.outcome.id).toBe('likely');
    expect(review.nav).toEqual({ canGoBack: true, canContinue: true });
    expect(review.progress).toEqual({ done: 3, remaining: 0 });
    expect(review.items.map((i) => i.fieldId)).toEqual([
      'age',
      'sex',
      'nhs_number',
      'notes',
      'letter',
      'symptoms',
      'onset',
      'calf_diff',
      'cancer',
      'previous_dvt',
      'bedridden',
    ]);
    expect(review.items.find((i) => i.fieldId === 'notes')?.answer).toBe('Not answered');
    expect(session.result()?.completedAt).toBeUndefined();
    const done = session.next();
    expect(done.kind).toBe('outcome');
    if (done.kind !== 'outcome') return;
    expect(done.result.completedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(done.nav).toEqual({ canGoBack: false, canContinue: false });
  });

  it('refuses every change once complete, but may restart', () => {
    const session = start();
    toReview(session);
    session.next();
    for (const view of [
      session.next(),
      session.back(),
      session.goTo('about'),
      session.answer('sex', 'female'),
    ]) {
      expect(view.kind).toBe('outcome');
      expect(view.errors.map((e) => e.code)).toEqual(['session_complete']);
    }
    expect(session.restart().kind).toBe('step');
  });
});

describe('back', () => {
  it('returns to the previous page, skipping decisions', () => {
    const session = start();
    toReview(session, { ...LIKELY_ANSWERS, cancer: false, calf_diff: 1 });
    expect(nodeOf(session.back())).toBe('wells');
    expect(session.state.route).toEqual(['about', 'symptoms', 'wells']);
    expect(session.state.trace).toHaveLength(2);
    expect(nodeOf(session.back())).toBe('symptoms');
    expect(nodeOf(session.back())).toBe('about');
    const view = session.back();
    expect(view.errors.map((e) => e.code)).toEqual(['no_previous_page']);
    expect(view.nav.canGoBack).toBe(false);
  });

  it('from review returns to the last page', () => {
    const session = start();
    toReview(session);
    expect(nodeOf(session.back())).toBe('wells');
  });

  it('keeps answers given on later pages and offers them back', () => {
    const session = start();
    toReview(session);
    session.back();
    session.back();
    const view = session.next();
    expect(view.kind).toBe('step');
    if (view.kind !== 'step') return;
    expect(view.node.id).toBe('wells');
    expect(view.fields.find((f) => f.field.id === 'cancer')).toMatchObject({ value: true, remembered: true });
  });
});

describe('goTo and change', () => {
  it('jumps back to an earlier page on the route', () => {
    const session = start();
    toReview(session);
    expect(nodeOf(session.change('sex'))).toBe('about');
    expect(session.state.route).toEqual(['about']);
  });

  it('refuses pages that are not on the route, unknown nodes and decisions', () => {
    const session = start();
    expect(session.goTo('wells').errors[0]?.code).toBe('not_on_route');
    expect(session.goTo('nowhere').errors[0]?.code).toBe('unknown_node');
    toReview(session);
    expect(session.goTo('decide').errors[0]?.code).toBe('not_on_route');
    expect(session.change('nope').errors[0]?.code).toBe('unknown_field');
    expect(session.view().kind).toBe('review');
  });

  it('returns to review after a change when the route still leads there', () => {
    const session = start();
    toReview(session);
    session.change('calf_diff');
    session.answer('calf_diff', 4);
    const view = session.next();
    expect(view.kind).toBe('review');
    expect(session.result()?.answers.find((a) => a.fieldId === 'calf_diff')?.value).toBe(4);
    expect(session.state.returnTo).toBeUndefined();
  });

  it('stops at a page the changed route has not seen, then returns to review', () => {
    const session = start();
    toReview(session);
    session.change('cancer');
    session.answer('cancer', false);
    const view = session.next();
    expect(view.kind).toBe('info');
    expect(nodeOf(view)).toBe('info_unlikely');
    const review = session.next();
    expect(review.kind).toBe('review');
    if (review.kind === 'review') expect(review.outcome.id).toBe('unlikely');
  });

  it('goes straight to review when a change leads to another outcome', () => {
    const session = start();
    toReview(session, { ...LIKELY_ANSWERS, cancer: false, calf_diff: 1 });
    session.next();
    expect(session.view().kind).toBe('review');
    session.change('cancer');
    session.answer('cancer', true);
    session.answer('previous_dvt', true);
    const view = session.next();
    expect(view.kind).toBe('review');
    if (view.kind === 'review') expect(view.outcome.id).toBe('likely');
  });

  it('stops at a step whose answers are now incomplete', () => {
    const session = start();
    toReview(session);
    session.change('sex');
    session.answer('sex', 'female');
    const view = session.next();
    expect(nodeOf(view)).toBe('about');
    expect(view.errors.map((e) => e.fieldId)).toEqual(['pregnant']);
    session.answer('pregnant', false);
    expect(session.next().kind).toBe('review');
  });

  it('drops answers that no longer apply from the result but remembers them', () => {
    const session = start();
    toReview(session);
    session.change('symptoms');
    session.answer('symptoms', ['haemoptysis']);
    const view = session.next();
    expect(view.kind).toBe('review');
    if (view.kind === 'review') expect(view.outcome.id).toBe('emergency');
    const result = session.result();
    expect(result?.answers.map((a) => a.fieldId)).not.toContain('cancer');
    expect(session.state.answers.cancer).toBe(true);
    session.change('symptoms');
    session.answer('symptoms', ['pain']);
    const back = session.next();
    expect(back.kind).toBe('step');
    if (back.kind !== 'step') return;
    expect(back.node.id).toBe('wells');
    expect(back.fields.find((f) => f.field.id === 'cancer')).toMatchObject({ value: true, remembered: true });
  });
});

describe('restart', () => {
  it('goes back to the start and offers earlier answers back', () => {
    const session = start();
    toReview(session);
    const view = session.restart();
    expect(view.kind).toBe('step');
    expect(session.state.route).toEqual(['about']);
    expect(session.state.trace).toEqual([]);
    if (view.kind !== 'step') return;
    expect(view.fields.find((f) => f.field.id === 'sex')).toMatchObject({
      value: 'male',
      remembered: 'male',
    });
    session.answer('sex', 'female');
    const after = session.view();
    if (after.kind === 'step')
      expect(after.fields.find((f) => f.field.id === 'sex')?.remembered).toBeUndefined();
  });
});

describe('prefill', () => {
  it('takes the record value, marks it, and lets the clinician change it', () => {
    const session = start({ age: 67 });
    const field = () => {
      const v = session.view();
      return v.kind === 'step' ? v.fields.find((f) => f.field.id === 'age') : undefined;
    };
    expect(field()).toMatchObject({ value: 67, prefill: { from: 'record', value: 67, changed: false } });
    session.answer('age', 68);
    expect(field()).toMatchObject({ value: 68, prefill: { from: 'record', value: 67, changed: true } });
    toReview(session, { ...LIKELY_ANSWERS, age: 68 });
    expect(session.result()?.answers.find((a) => a.fieldId === 'age')?.prefilled).toBe(false);
  });

  it('marks an unchanged prefilled answer in the result', () => {
    const session = start({ age: 67 });
    const { age: _age, ...rest } = LIKELY_ANSWERS;
    toReview(session, rest);
    expect(session.result()?.answers.find((a) => a.fieldId === 'age')?.prefilled).toBe(true);
  });

  it('leaves the field empty when the record has no value', () => {
    const view = start({}).view();
    if (view.kind === 'step')
      expect(view.fields.find((f) => f.field.id === 'age')).toMatchObject({ value: undefined });
    if (view.kind === 'step') expect(view.fields.find((f) => f.field.id === 'age')?.prefill).toBeUndefined();
  });
});
