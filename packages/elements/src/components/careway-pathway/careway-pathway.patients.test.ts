import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import { CarewayPathway } from './careway-pathway.js';
import {
  $,
  MemoryStorage,
  answerToInfo,
  headingText,
  next,
  record,
  renderTestPathway,
  testPathway,
  text,
  typeInto,
} from '../../test-support/helpers.js';
import { draftStorageKey } from '../../internal/drafts.js';
import { keyOf, patientFingerprint, unseal } from '../../internal/draft-store.js';

// Two patients; the element test pathway takes `age` and `sex` from the record.
const ANNE = { age: 71, sex: 'female' };
const BOB = { age: 34, sex: 'male' };
const SECRET = 'the log-in session secret of a test EPR';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An element with drafts in `storage`, and every event it fires. */
async function open(
  storage: MemoryStorage,
  draftKey: string,
  context: Record<string, unknown>,
  extra: Partial<CarewayPathway> = {},
) {
  const pathway = await testPathway();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('careway-pathway') as CarewayPathway;
  const events = record(el, ['careway-error', 'careway-complete']);
  Object.assign(el, {
    pathway,
    draftKey,
    draftStorage: storage,
    draftSecret: SECRET,
    context,
    today: '2026-11-24',
    ...extra,
  });
  host.append(el);
  await el.updateComplete;
  return { el, events };
}

const codes = (events: CustomEvent[]) =>
  events.filter((e) => e.type === 'careway-error').map((e) => (e.detail as { code: string }).code);

/** Anne's clinician gets to the advice page, having typed a note on the way: her draft under `key`. */
async function anneDraft(storage: MemoryStorage, key = 'enc-anne'): Promise<string> {
  const { el } = await open(storage, key, ANNE);
  await answerToInfo(el, ['cough', 'fever']);
  expect(headingText(el)).to.equal('Before you go on');
  el.remove();
  const raw = storage.items.get(draftStorageKey(key));
  expect(raw).to.be.a('string');
  return raw ?? '';
}

/** Bob's clinician answers the first page and types his age: his draft under `key`. */
async function bobDraft(storage: MemoryStorage, key = 'enc-bob'): Promise<void> {
  const { el } = await open(storage, key, BOB);
  await typeInto(el, 'cw-age', '35');
  await next(el);
  expect(headingText(el)).to.equal('Symptoms');
  el.remove();
}

/** Walks from the first page to the outcome with Bob's answers; returns careway-complete's detail. */
async function completeAsBob(el: CarewayPathway, events: CustomEvent[]) {
  await answerToInfo(el, ['rash']);
  await next(el);
  await next(el);
  await next(el);
  const complete = events.find((e) => e.type === 'careway-complete');
  expect(complete, 'careway-complete fired').to.not.equal(undefined);
  const detail = complete?.detail as {
    result: { context: Record<string, unknown>; answers: { fieldId: string; value: unknown }[] };
  };
  return {
    context: detail.result.context,
    answers: Object.fromEntries(detail.result.answers.map((a) => [a.fieldId, a.value])),
  };
}

/** What shows that the element is on Bob's first page, afresh, with nothing of Anne's. */
function expectFreshForBob(el: CarewayPathway): void {
  expect(headingText(el)).to.contain('How old is the patient?');
  expect(($(el, '#cw-age') as HTMLInputElement).value).to.equal('34');
  expect(root(el).querySelector('[part="notice"]'), 'no notice names another patient').to.equal(null);
}

/** The draft under `key`, opened: whose it is and its answers. */
async function openedDraft(storage: MemoryStorage, key: string) {
  const payload = (await unseal(
    await keyOf(SECRET),
    draftStorageKey(key),
    storage.items.get(draftStorageKey(key)) ?? '',
  )) as { patient: string; snapshot: { state: { answers: Record<string, unknown> } } };
  return { patient: payload.patient, answers: payload.snapshot.state.answers };
}

function root(el: CarewayPathway): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

describe('<careway-pathway> drafts never cross patients', () => {
  it('does not restore another patient’s draft under the same key, tells the host, and never overwrites it', async () => {
    const storage = new MemoryStorage();
    const anne = await anneDraft(storage, 'enc-1');
    const { el, events } = await open(storage, 'enc-1', BOB);
    expectFreshForBob(el);
    expect(codes(events)).to.deep.equal(['draft_other_patient']);
    const warning = events[0]?.detail as { severity: string; message: string };
    expect(warning.severity).to.equal('warning');
    expect(warning.message).to.contain('different patient');
    const done = await completeAsBob(el, events);
    expect(done.context).to.deep.equal(BOB);
    expect(done.answers['symptom_list']).to.deep.equal(['rash']);
    expect(storage.items.get(draftStorageKey('enc-1')), 'Anne’s draft untouched').to.equal(anne);
    expect([...storage.items.keys()].filter((k) => k.includes(':set-aside:'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('does not restore or save across patients when the context changes under the same key', async () => {
    const storage = new MemoryStorage();
    const { el, events } = await open(storage, 'enc-1', ANNE);
    await answerToInfo(el, ['cough']);
    const anne = storage.items.get(draftStorageKey('enc-1'));
    el.context = BOB;
    await el.updateComplete;
    expectFreshForBob(el);
    expect(codes(events)).to.deep.equal(['draft_other_patient']);
    const done = await completeAsBob(el, events);
    expect(done.context).to.deep.equal(BOB);
    expect(storage.items.get(draftStorageKey('enc-1'))).to.equal(anne);
  });

  it('never overwrites a draft still being written when the context changes in the same task', async () => {
    const storage = new MemoryStorage(true);
    const { el, events } = await open(storage, 'enc-1', ANNE);
    // A store slow to write: Anne's draft lands after Bob's session has begun.
    const write = storage.setItem.bind(storage);
    storage.setItem = (key: string, value: string) => sleep(80).then(() => write(key, value));
    const input = $(el, '#cw-age') as HTMLInputElement;
    input.value = '77';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.context = BOB;
    await el.updateComplete;
    expectFreshForBob(el);
    expect(codes(events)).to.deep.equal(['draft_other_patient']);
    await typeInto(el, 'cw-age', '35');
    await next(el);
    const kept = await openedDraft(storage, 'enc-1');
    expect(kept.patient).to.equal(patientFingerprint(ANNE));
  });

  const orderings: [string, (el: CarewayPathway) => Promise<void>][] = [
    [
      'the key, then the context a moment later',
      async (el) => {
        el.draftKey = 'enc-bob';
        await sleep(20);
        el.context = BOB;
      },
    ],
    [
      'the key, then the context after the element settled',
      async (el) => {
        el.draftKey = 'enc-bob';
        await el.updateComplete;
        el.context = BOB;
      },
    ],
    [
      'the context, then the key a moment later',
      async (el) => {
        el.context = BOB;
        await sleep(20);
        el.draftKey = 'enc-bob';
      },
    ],
    [
      'the context, then the key after the element settled',
      async (el) => {
        el.context = BOB;
        await el.updateComplete;
        el.draftKey = 'enc-bob';
      },
    ],
    [
      'both in the same task',
      async (el) => {
        el.draftKey = 'enc-bob';
        el.context = BOB;
        await Promise.resolve();
      },
    ],
  ];
  for (const [name, change] of orderings) {
    it(`moves from one patient to the next without crossing, whatever the order: ${name}`, async () => {
      const storage = new MemoryStorage();
      await bobDraft(storage);
      const { el, events } = await open(storage, 'enc-anne', ANNE);
      await answerToInfo(el, ['cough']);
      const anne = storage.items.get(draftStorageKey('enc-anne'));
      await change(el);
      await el.updateComplete;
      await sleep(20);
      await el.updateComplete;
      // Bob's own draft is restored: his typed age, on his second page, with none of Anne's answers.
      expect(headingText(el)).to.equal('Symptoms');
      expect(text($(el, '[part="notice"]'))).to.equal('Your saved progress has been restored.');
      expect(($(el, '#cw-onset') as HTMLInputElement).value).to.equal('');
      el.back();
      await el.updateComplete;
      expect(($(el, '#cw-age') as HTMLInputElement).value).to.equal('35');
      expect(storage.items.get(draftStorageKey('enc-anne')), 'Anne’s draft untouched').to.equal(anne);
      const bobs = await openedDraft(storage, 'enc-bob');
      expect(bobs.patient, 'nothing of Anne’s saved under Bob’s key').to.equal(patientFingerprint(BOB));
      expect(bobs.answers['age']).to.equal(35);
      expect(bobs.answers).not.to.have.any.keys('onset', 'symptom_list');
      const done = await completeAsBob(el, events);
      expect(done.context).to.deep.equal(BOB);
      expect(done.answers['age']).to.equal(35);
      expect(done.answers['symptom_list']).to.deep.equal(['rash']);
      expect(codes(events).every((c) => c === 'draft_other_patient')).to.equal(true);
    });
  }
});

describe('<careway-pathway> drafts: when they are written and removed', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('careway-draft:')) localStorage.removeItem(key);
  });

  it('writes nothing on first render, nor for a session with no answer and nothing typed', async () => {
    const el = await renderTestPathway({ draftKey: 'enc-1', context: ANNE });
    await next(el);
    await el.updateComplete;
    expect(headingText(el)).to.equal('Symptoms');
    el.back();
    await el.updateComplete;
    expect(localStorage.getItem(draftStorageKey('enc-1'))).to.equal(null);
    await typeInto(el, 'cw-age', '7', false);
    expect(localStorage.getItem(draftStorageKey('enc-1'))).to.be.a('string');
  });

  it('removes the draft on restart() and on form reset', async () => {
    for (const how of ['restart', 'reset'] as const) {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement('careway-pathway') as CarewayPathway;
      Object.assign(el, { pathway: await testPathway(), draftKey: 'enc-1', today: '2026-11-24' });
      form.append(el);
      await el.updateComplete;
      await typeInto(el, 'cw-age', '40');
      await next(el);
      expect(localStorage.getItem(draftStorageKey('enc-1')), how).to.be.a('string');
      if (how === 'restart') el.restart();
      else form.reset();
      await el.updateComplete;
      expect(localStorage.getItem(draftStorageKey('enc-1')), how).to.equal(null);
      expect(headingText(el)).to.contain('How old is the patient?');
    }
  });

  it('purges its own draft and set-aside copies on purgeDraft(), and every draft on CarewayPathway.purgeDrafts()', async () => {
    const storage = new MemoryStorage();
    storage.items.set(draftStorageKey('enc-1:set-aside:2026-12-01T00:00:00.000Z'), 'x');
    const { el } = await open(storage, 'enc-1', ANNE);
    await typeInto(el, 'cw-age', '40');
    await next(el);
    storage.items.set(`${draftStorageKey('enc-1')}:set-aside:${new Date().toISOString()}`, 'kept aside');
    storage.items.set(draftStorageKey('enc-2'), 'another encounter');
    storage.items.set('host-setting', 'left alone');
    await el.purgeDraft();
    expect([...storage.items.keys()].sort()).to.deep.equal([draftStorageKey('enc-2'), 'host-setting']);

    localStorage.setItem(draftStorageKey('enc-9'), 'one');
    localStorage.setItem(`${draftStorageKey('enc-9')}:set-aside:2026-12-01T00:00:00.000Z`, 'two');
    localStorage.setItem('host-setting', 'left alone');
    sessionStorage.setItem('careway-draft-tab-key', 'AAAA');
    expect(await CarewayPathway.purgeDrafts()).to.deep.equal({ removed: 2, complete: true });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('careway-draft'))).to.deep.equal([]);
    expect(localStorage.getItem('host-setting')).to.equal('left alone');
    expect(sessionStorage.getItem('careway-draft-tab-key')).to.equal(null);
    localStorage.removeItem('host-setting');
    expect(await CarewayPathway.purgeDrafts(storage)).to.deep.equal({ removed: 1, complete: true });
    expect([...storage.items.keys()]).to.deep.equal(['host-setting']);
  });

  it('says so when a store cannot be listed, and still purges the draft it holds by key', async () => {
    const items = new Map<string, string>();
    const blind = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    const el = await renderTestPathway({ draftKey: 'enc-1', draftStorage: blind });
    await typeInto(el, 'cw-age', '40');
    await next(el);
    expect(items.size).to.equal(1);
    expect(await CarewayPathway.purgeDrafts(blind)).to.deep.equal({ removed: 0, complete: false });
    await el.purgeDraft();
    expect(items.size).to.equal(0);
  });
});

/** Runs `work` with the clock moved on by `minutes` (Date.now only: the element's timers run as ever). */
async function later<T>(minutes: number, work: () => Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = () => real() + minutes * 60_000;
  try {
    return await work();
  } finally {
    Date.now = real;
  }
}

describe('<careway-pathway> drafts expire', () => {
  it('restores a draft within a working day, and never after 12 hours; purges it on load', async () => {
    const storage = new MemoryStorage();
    await anneDraft(storage, 'enc-1');
    const within = await later(11 * 60, async () => (await open(storage, 'enc-1', ANNE)).el);
    expect(headingText(within)).to.equal('Before you go on');
    within.remove();
    const after = await later(11 * 60 + 12 * 60 + 1, async () => open(storage, 'enc-2', ANNE));
    expect(storage.items.has(draftStorageKey('enc-1')), 'purged on load by another element').to.equal(false);
    after.el.remove();
    await anneDraft(storage, 'enc-1');
    const expired = await later(12 * 60 + 1, async () => open(storage, 'enc-1', ANNE));
    expect(headingText(expired.el)).to.contain('How old is the patient?');
    expect(codes(expired.events)).to.deep.equal([]);
    expect(storage.items.has(draftStorageKey('enc-1'))).to.equal(false);
  });

  it('takes its lifetime from draft-ttl (minutes), and warns of nonsense and keeps the default', async () => {
    const storage = new MemoryStorage();
    const { el } = await open(storage, 'enc-1', ANNE, { draftTtl: 30 });
    await typeInto(el, 'cw-age', '40');
    await next(el);
    el.remove();
    const soon = await later(29, async () => (await open(storage, 'enc-1', ANNE, { draftTtl: '30' })).el);
    expect(headingText(soon)).to.equal('Symptoms');
    soon.remove();
    const late = await later(29 + 31, async () => (await open(storage, 'enc-1', ANNE, { draftTtl: 30 })).el);
    expect(headingText(late)).to.contain('How old is the patient?');
    late.remove();
    for (const nonsense of ['soon', '-5', '0', '99999999']) {
      const bad = await open(new MemoryStorage(), 'enc-1', ANNE);
      bad.el.setAttribute('draft-ttl', nonsense);
      await bad.el.updateComplete;
      const warned = bad.events.filter((e) => (e.detail as { code: string }).code === 'invalid_draft_ttl');
      expect(warned.length, nonsense).to.equal(1);
      expect((warned[0]?.detail as { message: string }).message).to.contain('720 minutes');
      bad.el.remove();
    }
  });

  it('purges set-aside copies on load once a draft lifetime has passed since they were set aside', async () => {
    const storage = new MemoryStorage();
    const old = new Date(Date.now() - 13 * 3_600_000).toISOString();
    const recent = new Date(Date.now() - 3_600_000).toISOString();
    storage.items.set(`${draftStorageKey('enc-7')}:set-aside:${old}`, 'old');
    storage.items.set(`${draftStorageKey('enc-7')}:set-aside:${recent}`, 'recent');
    storage.items.set(draftStorageKey('enc-8'), '{"format":"careway-draft","formatVersion":1,"snapshot":{}}');
    await open(storage, 'enc-1', ANNE);
    expect([...storage.items.keys()]).to.deep.equal([`${draftStorageKey('enc-7')}:set-aside:${recent}`]);
  });
});

describe('<careway-pathway> drafts are encrypted at rest', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('careway-draft:')) localStorage.removeItem(key);
  });

  it('stores nothing readable: no answer, no fact of the context, no typed word', async () => {
    const el = await renderTestPathway({ draftKey: 'enc-1', context: { age: 71, sex: 'female' } });
    await answerToInfo(el, ['cough', 'fever']);
    await next(el);
    await typeInto(el, 'cw-reference', 'Wheezing since Tuesday', false);
    await el.updateComplete;
    const everything = [...Object.entries(localStorage), ...Object.entries(sessionStorage)].flat().join('\n');
    expect(everything).to.contain('"formatVersion":2');
    for (const secret of [
      'Wheezing',
      'Tuesday',
      'female',
      'cough',
      'fever',
      'onset',
      '"age"',
      'element-test',
    ])
      expect(everything, secret).not.to.contain(secret);
    el.remove();
    const again = await renderTestPathway({ draftKey: 'enc-1', context: { age: 71, sex: 'female' } });
    expect(($(again, '#cw-reference') as HTMLInputElement).value).to.equal('Wheezing since Tuesday');
  });

  it('does not restore a draft sealed with another key, tells the host, and leaves it until it expires', async () => {
    const storage = new MemoryStorage();
    const anne = await anneDraft(storage, 'enc-1');
    const pathway = await testPathway();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('careway-pathway') as CarewayPathway;
    const events = record(el, ['careway-error']);
    Object.assign(el, {
      pathway,
      draftKey: 'enc-1',
      draftStorage: storage,
      draftSecret: 'a later log-in session, another secret',
      context: ANNE,
    });
    host.append(el);
    await el.updateComplete;
    expect(headingText(el)).to.contain('How old is the patient?');
    expect(codes(events)).to.deep.equal(['draft_unreadable']);
    await typeInto(el, 'cw-age', '40');
    await next(el);
    expect(storage.items.get(draftStorageKey('enc-1'))).to.equal(anne);
  });

  it('turns drafts off, and says so, where WebCrypto is not available', async () => {
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const storage = new MemoryStorage();
      const pathway = await testPathway();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('careway-pathway') as CarewayPathway;
      const events = record(el, ['careway-error']);
      Object.assign(el, { pathway, draftKey: 'enc-1', draftStorage: storage });
      host.append(el);
      await el.updateComplete;
      await typeInto(el, 'cw-age', '40');
      await next(el);
      expect(headingText(el)).to.equal('Symptoms');
      expect(codes(events)).to.deep.equal(['draft_unavailable']);
      expect(storage.items.size).to.equal(0);
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(crypto.subtle).to.not.equal(undefined);
  });
});

describe('<careway-pathway> drafts loading', () => {
  it('speaks the language asked for while the draft was loading', async () => {
    const storage = new MemoryStorage();
    const slow = {
      getItem: (key: string) => sleep(60).then(() => storage.getItem(key)),
      setItem: (key: string, value: string) => storage.setItem(key, value),
      removeItem: (key: string) => storage.removeItem(key),
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('careway-pathway') as CarewayPathway;
    Object.assign(el, { pathway: await testPathway(), draftKey: 'enc-1', draftStorage: slow, lang: 'en-GB' });
    host.append(el);
    await sleep(20);
    el.lang = 'cy';
    await el.updateComplete;
    await sleep(20);
    await el.updateComplete;
    expect(text($(el, 'button[part="button"]'))).to.equal('Parhau');
  });
});
