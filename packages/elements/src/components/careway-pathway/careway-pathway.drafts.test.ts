import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import {
  $,
  MemoryStorage,
  answerToInfo,
  answerToReview,
  headingText,
  next,
  record,
  renderTestPathway,
  testPathway,
  text,
  typeInto,
} from '../../test-support/helpers.js';
import { draftStorageKey } from '../../internal/drafts.js';
import { keyOf, patientFingerprint, seal, unseal } from '../../internal/draft-store.js';

interface Payload {
  patient: string;
  snapshot: { pathway: { id: string; fingerprint: string }; state: Record<string, unknown> };
  typed?: unknown;
}

/** Opens a draft sealed with the tab's own key (no `draftSecret`), as the element would. */
async function opened(raw: string | null | undefined, draftKey = 'enc-1'): Promise<Payload> {
  const key = await keyOf(undefined);
  return (await unseal(key, draftStorageKey(draftKey), raw ?? '')) as Payload;
}

/** Seals a payload with the tab's own key, as the element would. */
async function sealed(payload: unknown, draftKey = 'enc-1'): Promise<string> {
  const key = await keyOf(undefined);
  return seal(key, draftStorageKey(draftKey), JSON.stringify(payload), Date.now() + 3_600_000);
}

/** Removes the element, as a reload would, and renders a new one with the same draft key. */
async function reload(el: CarewayPathway, storage?: MemoryStorage): Promise<CarewayPathway> {
  el.remove();
  return renderTestPathway({ draftKey: 'enc-1', ...(storage ? { draftStorage: storage } : {}) });
}

describe('<careway-pathway> drafts', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('careway-draft:')) localStorage.removeItem(key);
  });

  it('is accessible with a restored-draft notice', async () => {
    const el = await renderTestPathway({ draftKey: 'enc-1' });
    await typeInto(el, 'cw-age', '40');
    await next(el);
    const again = await reload(el);
    await expect(again).to.be.accessible();
  });

  it('saves progress in localStorage and restores it after a reload', async () => {
    const el = await renderTestPathway({ draftKey: 'enc-1' });
    await answerToInfo(el);
    expect(headingText(el)).to.equal('Before you go on');
    expect(localStorage.getItem(draftStorageKey('enc-1'))).to.be.a('string');
    const again = await reload(el);
    expect(headingText(again)).to.equal('Before you go on');
    expect(text($(again, '[part="notice"]'))).to.equal('Your saved progress has been restored.');
    again.back();
    await again.updateComplete;
    expect(($(again, '#cw-onset-year') as HTMLInputElement).value).to.equal('2026');
  });

  it('keeps text typed but not yet handed over (the box still has focus) across a reload', async () => {
    const el = await renderTestPathway({ draftKey: 'enc-1' });
    await typeInto(el, 'cw-age', '4', false);
    await typeInto(el, 'cw-age', '47', false);
    const again = await reload(el);
    expect(($(again, '#cw-age') as HTMLInputElement).value).to.equal('47');
    await next(again);
    expect(headingText(again)).not.to.contain('How old is the patient?');
    await new Promise((r) => setTimeout(r, 10));
    const restored = await opened(localStorage.getItem(draftStorageKey('enc-1')));
    expect((restored.snapshot.state['answers'] as Record<string, unknown>)['age']).to.equal(47);
    expect(restored.typed, 'nothing is left half-typed once the page is answered').to.equal(undefined);
  });

  it('ignores typed text for a question the restored page does not show, and malformed typed text', async () => {
    const el = await renderTestPathway({ draftKey: 'enc-1' });
    await typeInto(el, 'cw-age', '52', false);
    await new Promise((r) => setTimeout(r, 10));
    const stored = await opened(localStorage.getItem(draftStorageKey('enc-1')));
    stored['typed'] = {
      age: { age: '61' },
      notes: { notes: 'not on this page' },
      temperature: 'not an object',
    };
    localStorage.setItem(draftStorageKey('enc-1'), await sealed(stored));
    const again = await reload(el);
    expect(($(again, '#cw-age') as HTMLInputElement).value).to.equal('61');
    expect(text($(again, '[part="notice"]'))).to.equal('Your saved progress has been restored.');
  });

  it('clears the draft on completion', async () => {
    const el = await renderTestPathway({ draftKey: 'enc-1' });
    await answerToReview(el);
    expect(localStorage.getItem(draftStorageKey('enc-1'))).not.to.equal(null);
    await next(el);
    await el.updateComplete;
    expect(localStorage.getItem(draftStorageKey('enc-1'))).to.equal(null);
    const again = await reload(el);
    expect(headingText(again)).to.contain('How old is the patient?');
  });

  it('uses a pluggable storage, synchronous or not', async () => {
    for (const storage of [new MemoryStorage(false), new MemoryStorage(true)]) {
      const el = await renderTestPathway({ draftKey: 'enc-1', draftStorage: storage });
      await typeInto(el, 'cw-age', '40');
      await next(el);
      await new Promise((r) => setTimeout(r));
      expect(storage.items.has(draftStorageKey('enc-1'))).to.equal(true);
      expect(localStorage.getItem(draftStorageKey('enc-1'))).to.equal(null);
      const again = await reload(el, storage);
      expect(headingText(again)).to.equal('Symptoms');
    }
  });

  const rejected: [string, (storage: MemoryStorage) => Promise<void> | void, string, string][] = [
    [
      'corrupt',
      (s) => void s.items.set(draftStorageKey('enc-1'), '{"format":"careway-draft", trunc'),
      'draft_corrupt',
      'it is damaged',
    ],
    [
      'of another pathway',
      async (s) =>
        void s.items.set(
          draftStorageKey('enc-1'),
          await sealed({
            patient: patientFingerprint(undefined),
            snapshot: { pathway: { id: 'other', version: '1.0.0', fingerprint: 'x' } },
          }),
        ),
      'draft_other_pathway',
      'it belongs to a different pathway',
    ],
    [
      'outdated',
      async (s) => {
        const el = await renderTestPathway({ draftKey: 'enc-1', draftStorage: s });
        await typeInto(el, 'cw-age', '40');
        await next(el);
        el.remove();
        const raw = await opened(s.items.get(draftStorageKey('enc-1')));
        raw.snapshot.pathway.fingerprint = `sha256:${'0'.repeat(64)}`;
        s.items.set(draftStorageKey('enc-1'), await sealed(raw));
      },
      'draft_outdated',
      'the pathway has changed since it was saved',
    ],
    [
      'damaged inside',
      async (s) => {
        const el = await renderTestPathway({ draftKey: 'enc-1', draftStorage: s });
        await typeInto(el, 'cw-age', '40');
        await next(el);
        el.remove();
        const raw = await opened(s.items.get(draftStorageKey('enc-1')));
        raw.snapshot.state = { phase: 'nonsense' };
        s.items.set(draftStorageKey('enc-1'), await sealed(raw));
      },
      'draft_corrupt',
      'it is damaged',
    ],
  ];
  for (const [name, prepare, code, reason] of rejected) {
    it(`sets a draft that is ${name} aside, reports it and starts afresh`, async () => {
      const storage = new MemoryStorage();
      await prepare(storage);
      const original = storage.items.get(draftStorageKey('enc-1'));
      const pathway = await testPathway();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = record(host, ['careway-error']);
      const el = document.createElement('careway-pathway') as CarewayPathway;
      Object.assign(el, { pathway, draftKey: 'enc-1', draftStorage: storage, today: '2026-11-24' });
      host.append(el);
      await el.updateComplete;
      expect(headingText(el)).to.contain('How old is the patient?');
      expect(text($(el, '[part="notice"]'))).to.contain(reason);
      const draftErrors = errors.filter((e) => (e.detail as { code: string }).code.startsWith('draft_'));
      expect(draftErrors.map((e) => (e.detail as { code: string; severity: string }).code)).to.deep.equal([
        code,
      ]);
      expect((draftErrors[0]?.detail as { severity: string }).severity).to.equal('warning');
      const asideKey = [...storage.items.keys()].find((k) =>
        k.startsWith(`${draftStorageKey('enc-1')}:set-aside:`),
      );
      expect(asideKey, 'kept under a separate key').to.be.a('string');
      expect(storage.items.get(asideKey ?? '')).to.equal(original);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps an earlier set-aside draft when another is set aside', async () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < 2; i++) {
      storage.items.set(draftStorageKey('enc-1'), `broken ${i}`);
      const el = await renderTestPathway({ draftKey: 'enc-1', draftStorage: storage });
      el.remove();
      await new Promise((r) => setTimeout(r, 5));
    }
    const aside = [...storage.items.entries()].filter(([k]) => k.includes(':set-aside:')).map(([, v]) => v);
    expect(aside.sort()).to.deep.equal(['broken 0', 'broken 1']);
  });

  it('carries on when the storage fails', async () => {
    const failing = {
      getItem: () => {
        throw new Error('quota');
      },
      setItem: () => Promise.reject(new Error('quota')),
      removeItem: () => undefined,
    };
    const errors: string[] = [];
    const pathway = await testPathway();
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway
        .pathway=${pathway}
        .draftStorage=${failing}
        draft-key="enc-1"
        @careway-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}
      ></careway-pathway>`,
    );
    await el.updateComplete;
    await typeInto(el, 'cw-age', '40');
    await next(el);
    await new Promise((r) => setTimeout(r));
    expect(headingText(el)).to.equal('Symptoms');
    expect(errors).to.include('draft_storage_failed');
  });
});

describe('<careway-pathway> drafts with attachments', () => {
  it('asks for files attached before a reload to be attached again', async () => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('careway-draft:')) localStorage.removeItem(key);
    const el = await renderTestPathway({ draftKey: 'enc-2' });
    await answerToInfo(el);
    await next(el);
    const input = $(el, '#cw-photos') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'rash.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.remove();
    const again = await renderTestPathway({ draftKey: 'enc-2' });
    expect(headingText(again)).to.equal('Details');
    expect(text($(again, '.attachments__name'))).to.equal('rash.png');
    expect(text($(again, '.attachments__missing'))).to.contain('attach it again');
    await expect(again).to.be.accessible();
  });
});
