import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  createSession,
  safeParsePathway,
  type Pathway,
  type Session,
  type View,
} from '../../internal/core.js';
import { keyOf, DraftWriter, openDraft, patientFingerprint, unseal } from '../../internal/draft-store.js';
import { draftStorageKey, type DraftStorage } from '../../internal/drafts.js';
import type { CarewayErrorDetail } from '../../internal/errors.js';
import { testPathway } from '../../test-support/helpers.js';
import { DraftsController } from './drafts.js';
import { TypedInput } from './typed.js';

const KEY = draftStorageKey('enc-1');
const SECRET = 'a test secret of the log-in session';
customElements.define('drafts-test-host', class extends LitElement {});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A store that answers at once, or, for each delay it is given (in turn), that much later. */
class SlowStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly delays: number[] = []) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void | Promise<void> {
    return this.#after(() => this.items.set(key, value));
  }
  removeItem(key: string): void | Promise<void> {
    return this.#after(() => this.items.delete(key));
  }
  #after(write: () => unknown): void | Promise<void> {
    const ms = this.delays.shift();
    if (ms === undefined) {
      write();
      return;
    }
    return sleep(ms).then(() => void write());
  }
}

async function pathway(): Promise<Pathway> {
  const valid = safeParsePathway(await testPathway());
  if (!valid.ok) throw new Error('the test pathway is not valid');
  return valid.pathway;
}

/** Walks a session of the test pathway to its outcome; returns each view on the way. */
function walk(session: Session): View[] {
  const views = [session.view()];
  session.answer('age', 40);
  views.push(session.next());
  session.answer('onset', '2026-11-20');
  session.answer('symptom_list', ['cough', 'fever']);
  session.answer('sex', 'female');
  session.answer('severe', false);
  views.push(session.next()); // advice
  views.push(session.next()); // details
  views.push(session.next()); // check your answers
  views.push(session.next()); // outcome
  return views;
}

interface Setup {
  host: EventTarget;
  drafts: DraftsController;
  typed: TypedInput;
  session: Session;
  errors: CarewayErrorDetail[];
}

/** A controller saving drafts for the session, as if the clinician had already answered (`answered`). */
async function setup(storage: DraftStorage, draftKey = 'enc-1', answered = true): Promise<Setup> {
  const session = createSession(await pathway(), { today: '2026-11-24' });
  const host = new EventTarget();
  const errors: CarewayErrorDetail[] = [];
  host.addEventListener('careway-error', (e) => errors.push((e as CustomEvent<CarewayErrorDetail>).detail));
  const typed = new TypedInput(document.createElement('drafts-test-host') as LitElement);
  const drafts = new DraftsController(host, typed, () => session);
  const key = await keyOf(SECRET);
  const writer = draftKey
    ? new DraftWriter(storage, draftStorageKey(draftKey), key, patientFingerprint(undefined), 720)
    : undefined;
  drafts.begin(writer, answered);
  return { host, drafts, typed, session, errors };
}

/** The draft as stored: the session's answers and the typed text. */
async function stored(
  storage: SlowStorage,
): Promise<{ answers: Record<string, unknown>; typed: unknown } | null> {
  const raw = storage.items.get(KEY);
  if (raw === undefined) return null;
  const key = await keyOf(SECRET);
  const read = (await unseal(key, KEY, raw)) as {
    snapshot: { state: { answers: Record<string, unknown> } };
    typed?: unknown;
  };
  return { answers: read.snapshot.state.answers, typed: read.typed ?? {} };
}

describe('DraftsController (saving and clearing drafts)', () => {
  it('saves each page shown, with the text typed but not yet answered', async () => {
    const storage = new SlowStorage();
    const { drafts, typed, session } = await setup(storage);
    drafts.shown(session.answer('age', 52), true);
    typed.type('onset', 'onset.day', '7');
    drafts.typed();
    await sleep(10);
    expect(await stored(storage)).to.deep.equal({
      answers: { age: 52 },
      typed: { onset: { 'onset.day': '7' } },
    });
  });

  it('writes in order: a slow earlier save never overwrites a later one', async () => {
    const storage = new SlowStorage([60]);
    const { drafts, typed, session } = await setup(storage);
    drafts.shown(session.view(), true);
    typed.type('age', 'age', '47');
    drafts.typed();
    await sleep(100);
    expect((await stored(storage))?.typed).to.deep.equal({ age: { age: '47' } });
  });

  it('clears the draft when the outcome is reached, after any save still in flight', async () => {
    const storage = new SlowStorage([60]);
    const { drafts, session } = await setup(storage);
    const views = walk(session);
    const outcome = views[views.length - 1];
    const review = views[views.length - 2];
    if (outcome?.kind !== 'outcome' || !review) throw new Error('the walk did not reach an outcome');
    drafts.shown(review, true);
    drafts.shown(outcome, true);
    await sleep(100);
    expect(storage.items.has(KEY)).to.equal(false);
  });

  it('leaves the draft alone when the outcome is shown again (not reached anew)', async () => {
    const storage = new SlowStorage();
    const { drafts, session } = await setup(storage);
    const views = walk(session);
    const outcome = views[views.length - 1];
    if (outcome?.kind !== 'outcome') throw new Error('the walk did not reach an outcome');
    storage.items.set(KEY, 'kept');
    drafts.shown(outcome, false);
    await sleep(10);
    expect(storage.items.get(KEY)).to.equal('kept');
  });

  it('serialises the session once per view shown: keystrokes on the page reuse it', async () => {
    const storage = new SlowStorage();
    const { drafts, typed, session } = await setup(storage);
    const snapshot = session.snapshot.bind(session);
    let taken = 0;
    session.snapshot = () => {
      taken += 1;
      return snapshot();
    };
    drafts.shown(session.view(), true);
    for (const text of ['4', '47', '470']) {
      typed.type('age', 'age', text);
      drafts.typed();
    }
    expect(taken).to.equal(1);
    drafts.shown(session.answer('age', 47), false);
    expect(taken).to.equal(2);
    await sleep(10);
    expect((await stored(storage))?.answers).to.deep.equal({ age: 47 });
  });

  it('reports a store that refuses, and keeps saving afterwards', async () => {
    const storage = new SlowStorage();
    let refuse = true;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (!refuse) return setItem(key, value);
      refuse = false;
      return Promise.reject(new Error('quota exceeded'));
    };
    const { drafts, session, errors } = await setup(storage);
    drafts.shown(session.view(), true);
    drafts.shown(session.answer('age', 60), false);
    await sleep(10);
    expect(errors.map((e) => [e.code, e.severity, e.message])).to.deep.equal([
      ['draft_storage_failed', 'warning', 'Saving the draft failed: quota exceeded'],
    ]);
    expect((await stored(storage))?.answers).to.deep.equal({ age: 60 });
  });

  it('saves nothing before the clinician answers or types', async () => {
    const storage = new SlowStorage();
    const { drafts, session } = await setup(storage, 'enc-1', false);
    drafts.shown(session.view(), true);
    drafts.shown(session.view(), false);
    await sleep(10);
    expect(storage.items.size).to.equal(0);
    drafts.answered();
    drafts.shown(session.answer('age', 50), false);
    await sleep(10);
    expect((await stored(storage))?.answers).to.deep.equal({ age: 50 });
  });

  it('clears the draft on request, after any save in flight, and saves again only at the next answer', async () => {
    const storage = new SlowStorage([60]);
    const { drafts, session } = await setup(storage);
    drafts.shown(session.answer('age', 50), true);
    await drafts.clear();
    expect(storage.items.has(KEY)).to.equal(false);
    drafts.shown(session.view(), false);
    await sleep(10);
    expect(storage.items.has(KEY)).to.equal(false);
  });

  it('saves nothing without a writer (no draft key, or drafts off for the session)', async () => {
    const storage = new SlowStorage();
    const { drafts, session } = await setup(storage, '');
    drafts.shown(session.view(), true);
    drafts.typed();
    await sleep(10);
    expect(storage.items.size).to.equal(0);
  });
});

const open = async (storage: DraftStorage, p: Pathway, warnings: CarewayErrorDetail[], context?: unknown) =>
  openDraft({ storage, draftKey: 'enc-1', secret: SECRET, ttl: undefined, context, pathway: p, warnings });

describe('openDraft (reading a draft back)', () => {
  it('resumes the session a draft holds, with its typed text', async () => {
    const storage = new SlowStorage();
    const { drafts, typed, session } = await setup(storage);
    drafts.shown(session.answer('age', 58), true);
    typed.type('age', 'age', '59');
    drafts.typed();
    await sleep(10);
    const warnings: CarewayErrorDetail[] = [];
    const resumed = await open(storage, await pathway(), warnings);
    expect(resumed.outcome).to.equal('restored');
    expect(resumed.session?.state.answers).to.deep.equal({ age: 58 });
    expect(resumed.typed).to.deep.equal({ age: { age: '59' } });
    expect(warnings).to.deep.equal([]);
  });

  it('sets aside a draft of another version of the pathway as outdated, as core refuses it', async () => {
    const storage = new SlowStorage();
    const { drafts, session } = await setup(storage);
    drafts.shown(session.view(), true);
    await sleep(10);
    const newer = { ...(await pathway()), version: '2.0.0' };
    const warnings: CarewayErrorDetail[] = [];
    const resumed = await open(storage, newer, warnings);
    expect(resumed.outcome).to.equal('outdated');
    expect(resumed.session).to.equal(undefined);
    expect(warnings.map((w) => w.code)).to.deep.equal(['draft_outdated']);
    expect(warnings[0]?.message).to.contain('version 1.0.0');
    expect(storage.items.has(KEY), 'moved aside').to.equal(false);
    expect([...storage.items.keys()].some((k) => k.startsWith(`${KEY}:set-aside:`))).to.equal(true);
  });
});
