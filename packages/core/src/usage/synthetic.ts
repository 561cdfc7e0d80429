/**
 * Synthetic usage: records made by walking a pathway with the real engine,
 * so every route in them is one the engine takes, with plausible times and
 * the untidiness of real sessions (abandonment, going back, changed answers,
 * overridden prefills, drafts resumed). THE DATA ARE SYNTHETIC: made by a
 * seeded random generator, about no patient and no clinician, for tests,
 * benchmarks, demonstrations and designing the insights views before real
 * records exist. Never present them as real usage.
 */
import { randomAnswer, generateAnswers, randomSource } from '../engine/random.js';
import { createSession, type Session } from '../engine/session.js';
import type { FieldView } from '../engine/types.js';
import type { AnswerValue } from '../schema/scenarios.js';
import type { Pathway } from '../schema/pathway.js';
import { createUsageRecorder, type UsageRecorder } from './recorder.js';
import type { UsageRecord } from './record.js';
import { dwell, exponential, logNormal, syntheticContext } from './synthetic-parts.js';

/** Options of {@link syntheticUsage}. */
export interface SyntheticUsageOptions {
  /** How many records to make. */
  sessions: number;
  /** Seed of the generator (default 1): the same seed, pathway and options give the same records. */
  seed?: number;
  /** When the first session starts: a timestamp or epoch ms (default 2026-01-05T09:00:00.000Z); later ones follow a few minutes apart. */
  startAt?: string | number;
}

/** One synthetic session: its records (two when a draft was saved and resumed) and what drove it. */
export interface SyntheticSession {
  records: UsageRecord[];
  /** The answers finally given, by field id (prefills kept are absent), as `runPath` takes them. */
  answers: Record<string, AnswerValue>;
  context: Record<string, AnswerValue>;
  today: string;
}

/** How often things happen, per session or per page: round figures that give plausible mixes, not measurements. */
const RATES = {
  abandonPage: 0.012,
  abandonPerQuestion: 0.006,
  back: 0.06,
  changeOnPage: 0.03,
  keepPrefill: 0.85,
  draft: 0.04,
  welsh: 0.05,
  compact: 0.3,
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Walks one session from `start` (epoch ms). Exported for tests; use {@link syntheticUsage}. */
export function syntheticSession(pathway: Pathway, rnd: () => number, start: number): SyntheticSession {
  let t = start;
  const context = syntheticContext(pathway, rnd);
  const answers = generateAnswers(pathway, Math.floor(rnd() * 2 ** 31));
  const today = new Date(start).toISOString().slice(0, 10);
  const session: Session = createSession(pathway, { context, today, now: () => new Date(t) });
  const pace = logNormal(rnd, 1, 0.3);
  const draftAt = rnd() < RATES.draft ? 1 + Math.floor(rnd() * 3) : -1;
  const style = {
    language: rnd() < RATES.welsh ? 'cy' : 'en',
    layout: rnd() < RATES.compact ? 'compact' : 'default',
  };
  const records: UsageRecord[] = [];
  let usage: UsageRecorder = createUsageRecorder({ pathway, now: () => t, random: rnd, ...style });
  const given = new Map<string, AnswerValue | undefined>();
  const kept = new Set<string>();
  const seen = new Set<string>();
  let traced = -1;
  let pages = 0;

  // The element feeds the recorder from the engine's trace in the same way.
  const sync = () => {
    const { route, trace } = session.state;
    if (traced < 0 && route[0] !== undefined) usage.enter(route[0]);
    for (const entry of trace.slice(Math.max(0, traced))) {
      if (entry.edge !== null) usage.edge(entry.edge);
      usage.enter(entry.to);
    }
    traced = trace.length;
  };
  const give = (fieldId: string, value: AnswerValue | undefined) => {
    if (given.has(fieldId) && !same(given.get(fieldId), value)) usage.changed(fieldId);
    given.set(fieldId, value);
    session.answer(fieldId, value);
  };
  const shown = (): FieldView[] => {
    const view = session.view();
    return view.kind === 'step' ? view.fields : [];
  };
  // Answering may show more questions (showWhen), so the page is read again until nothing new appears.
  const answerPage = () => {
    for (let pass = 0, done = new Set<string>(); pass < 4; pass++) {
      const todo = shown().filter((f) => f.field.type !== 'display' && !done.has(f.field.id));
      if (todo.length === 0) break;
      for (const fv of todo) {
        const id = fv.field.id;
        done.add(id);
        if (fv.prefill !== undefined) usage.prefilled(id);
        if (fv.prefill !== undefined && !given.has(id) && (kept.has(id) || rnd() < RATES.keepPrefill)) {
          kept.add(id);
          continue;
        }
        if (!(id in answers)) continue;
        if (rnd() < RATES.changeOnPage) give(id, randomAnswer(fv.field, rnd));
        give(id, answers[id]);
      }
    }
    for (const fv of shown()) if (fv.prefill?.changed === true) usage.prefillOverridden(fv.field.id);
  };
  const finish = (): SyntheticSession => {
    records.push(usage.record());
    const final: Record<string, AnswerValue> = {};
    for (const [id, value] of given) if (value !== undefined && !kept.has(id)) final[id] = value;
    return { records, answers: final, context, today };
  };

  sync();
  for (let guard = 0; guard < pathway.nodes.length * 6 + 10; guard++) {
    const view = session.view();
    if (view.kind === 'outcome') {
      usage.complete(view.outcome.id);
      return finish();
    }
    if (view.kind === 'stalled') {
      t += dwell(rnd, pace, 'info', 1, false);
      usage.abandon(view.node.id);
      return finish();
    }
    const id = view.kind === 'review' ? view.outcome.id : view.node.id;
    const questions =
      view.kind === 'step' ? view.fields.length : view.kind === 'review' ? view.items.length : 0;
    if (pages++ === draftAt) {
      // A draft saved here and resumed hours later: two records, the second marked resumed.
      t += 5_000;
      records.push(usage.record());
      t += Math.round(exponential(rnd, 6 * 3_600_000));
      usage = createUsageRecorder({ pathway, now: () => t, random: rnd, resumed: true, ...style });
      usage.enter(id);
    }
    const spent = dwell(rnd, pace, view.kind === 'step' ? 'step' : view.kind, questions, seen.has(id));
    seen.add(id);
    if (rnd() < RATES.abandonPage + RATES.abandonPerQuestion * questions) {
      t += Math.round(spent * rnd());
      usage.abandon(id);
      return finish();
    }
    if (view.kind === 'step') {
      answerPage();
      t += spent;
      let moved = session.next();
      for (let retry = 0; retry < 4 && moved.kind === 'step' && moved.node.id === id; retry++) {
        // A validation message: the clinician corrects the answers it names.
        const wrong = moved.fields.filter((f) => f.errors.length > 0);
        if (wrong.length === 0) break;
        for (const fv of wrong) {
          const value = randomAnswer(fv.field, rnd);
          if (value !== undefined) answers[fv.field.id] = value;
          give(fv.field.id, value);
        }
        t += dwell(rnd, pace, 'step', wrong.length, true);
        moved = session.next();
      }
      if (moved.kind === 'step' && moved.node.id === id) {
        usage.abandon(id);
        return finish();
      }
    } else {
      t += spent;
      session.next();
    }
    sync();
    const now = session.view();
    if (now.kind !== 'outcome' && now.kind !== 'stalled' && now.nav.canGoBack && rnd() < RATES.back) {
      t += Math.round(dwell(rnd, pace, 'info', 0, true) / 4);
      const from = now.kind === 'review' ? now.outcome.id : now.node.id;
      session.back();
      const { route, trace } = session.state;
      traced = trace.length;
      const to = route[route.length - 1];
      if (to !== undefined) usage.back(from, to);
      // Often the clinician went back to change an answer on that page.
      const page = session.view();
      if (page.kind === 'step' && rnd() < 0.6) {
        const own = page.fields.filter((f) => given.has(f.field.id));
        const fv = own[Math.floor(rnd() * own.length)];
        const value = fv === undefined ? undefined : randomAnswer(fv.field, rnd);
        if (fv !== undefined && value !== undefined) answers[fv.field.id] = value;
      }
    }
  }
  usage.abandon();
  return finish();
}

/** Epoch ms of a start option. */
function startOf(startAt: string | number | undefined): number {
  const t = typeof startAt === 'number' ? startAt : Date.parse(startAt ?? '2026-01-05T09:00:00.000Z');
  return Number.isFinite(t) ? t : Date.UTC(2026, 0, 5, 9);
}

/**
 * Makes `sessions` realistic but SYNTHETIC usage records for a pathway, by
 * running the real engine with random answers and context: every route is
 * one the engine takes; times per page are log-normal, longer with more
 * questions and varying by clinician; some sessions are abandoned, go back,
 * change answers, override prefills or are saved as a draft and resumed
 * (an `in-progress` record, then a `resumed` one). Deterministic for a seed.
 * The records describe no real patient, clinician or session: label
 * anything built from them as synthetic.
 *
 * @example
 * ```ts
 * const records = syntheticUsage(pathway, { sessions: 1000, seed: 7 });
 * const summary = summariseUsage(pathway, records);
 * ```
 */
export function syntheticUsage(pathway: Pathway, options: SyntheticUsageOptions): UsageRecord[] {
  const rnd = randomSource(options.seed ?? 1);
  const total = Math.max(0, Math.floor(options.sessions));
  const out: UsageRecord[] = [];
  let start = startOf(options.startAt);
  while (out.length < total) {
    for (const record of syntheticSession(pathway, rnd, start).records)
      if (out.length < total) out.push(record);
    start += Math.round(exponential(rnd, 4 * 60_000));
  }
  return out;
}
