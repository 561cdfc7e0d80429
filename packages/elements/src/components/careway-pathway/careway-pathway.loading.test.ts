import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import type { CarewayErrorDetail } from '../../internal/errors.js';
import { $, fixtureUrl, headingText, root, testPathway, text } from '../../test-support/helpers.js';

/** The SRI value of a file, worked out with WebCrypto (independently of core's SHA-256). */
async function sri(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

async function load(src: string, integrity?: string) {
  const errors: CarewayErrorDetail[] = [];
  const el = await fixture<CarewayPathway>(
    html`<careway-pathway
      src=${src}
      integrity=${integrity ?? ''}
      today="2026-11-24"
      @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail)}
    ></careway-pathway>`,
  );
  await el.updateComplete;
  return { el, errors };
}

describe('<careway-pathway> loading from src', () => {
  it('is accessible while showing a load error', async () => {
    const { el } = await load(fixtureUrl('missing.json'));
    await expect(el).to.be.accessible();
  });

  it('fetches and runs a pathway from src', async () => {
    const { el, errors } = await load(fixtureUrl('element-test.json'));
    expect(headingText(el)).to.contain('How old is the patient?');
    expect(errors).to.deep.equal([]);
  });

  it('runs the pathway when integrity matches the bytes', async () => {
    const url = fixtureUrl('element-test.json');
    const { el, errors } = await load(url, await sri(url));
    expect(headingText(el)).to.contain('How old is the patient?');
    expect(errors).to.deep.equal([]);
  });

  it('accepts any of several integrity values', async () => {
    const url = fixtureUrl('element-test.json');
    const { el } = await load(url, `sha256-${'A'.repeat(43)}= ${await sri(url)}`);
    expect(headingText(el)).to.contain('How old is the patient?');
  });

  it('refuses to run when integrity does not match, with a visible error and careway-error', async () => {
    const url = fixtureUrl('element-test.json');
    const { el, errors } = await load(url, `sha256-${'A'.repeat(43)}=`);
    const panel = $(el, '[part="error"]');
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(text(panel)).to.contain('does not match the fingerprint it was published with');
    expect(text(panel)).to.contain('integrity_mismatch');
    expect(root(el).querySelector('form')).to.equal(null);
    expect(errors.map((e) => e.code)).to.deep.equal(['integrity_mismatch']);
    expect(errors[0]?.data?.['actual']).to.equal(await sri(url));
  });

  it('refuses integrity values it cannot check', async () => {
    const { el, errors } = await load(fixtureUrl('element-test.json'), 'sha512-abc');
    expect(errors.map((e) => e.code)).to.deep.equal(['integrity_invalid']);
    expect(text($(el, '[part="error"]'))).to.contain('integrity_invalid');
  });

  it('shows a readable error on HTTP 404 and offers to try again', async () => {
    const { el, errors } = await load(fixtureUrl('missing.json'));
    expect(errors.map((e) => e.code)).to.deep.equal(['http_error']);
    expect(errors[0]?.data?.['status']).to.equal(404);
    expect(text($(el, '[part="error"]'))).to.contain('could not be downloaded');
    expect($(el, '[part="error"] button').textContent).to.contain('Try again');
  });

  it('shows a readable error when the network fails', async () => {
    const { errors } = await load('http://127.0.0.1:9/nothing.json');
    expect(errors.map((e) => e.code)).to.deep.equal(['fetch_failed']);
  });

  it('shows a readable error for truncated JSON', async () => {
    const { el, errors } = await load(fixtureUrl('truncated-pathway.txt'));
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid_json']);
    expect(text($(el, '[part="error"]'))).to.contain('not valid JSON');
  });

  it('refuses a document that is not a valid pathway, listing core’s issues for the developer', async () => {
    const pathway = await testPathway();
    (pathway as { start: string }).start = '';
    const errors: CarewayErrorDetail[] = [];
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway
        .pathway=${pathway}
        @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail)}
      ></careway-pathway>`,
    );
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid_pathway']);
    expect(errors[0]?.message).to.contain('not valid');
    expect(text($(el, '[part="error"]'))).to.contain('not a valid Careway pathway');
  });

  it('refuses a context that is not an object', async () => {
    const pathway = await testPathway();
    const errors: string[] = [];
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway
        .pathway=${pathway}
        .context=${'age=40' as unknown as Record<string, unknown>}
        @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail.code)}
      ></careway-pathway>`,
    );
    await el.updateComplete;
    expect(errors).to.deep.equal(['invalid_context']);
    expect(text($(el, '[part="error"]'))).to.contain('patient details');
  });

  it('runs with a warning when a context fact has the wrong type', async () => {
    const pathway = await testPathway();
    const errors: CarewayErrorDetail[] = [];
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway
        .pathway=${pathway}
        .context=${{ age: 'forty' }}
        @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail)}
      ></careway-pathway>`,
    );
    await el.updateComplete;
    expect(headingText(el)).to.contain('How old is the patient?');
    expect(errors.map((e) => [e.code, e.severity])).to.deep.equal([['invalid_context', 'warning']]);
  });

  it('never throws into the host page, whatever it is given', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const bad of [42, 'text', [], { nodes: 'x' }, { schemaVersion: 99 }]) {
        const el = await fixture<CarewayPathway>(
          html`<careway-pathway
            .pathway=${bad as never}
            @careway-error=${() => undefined}
          ></careway-pathway>`,
        );
        await el.updateComplete;
        expect(root(el).querySelector('[part="error"]'), JSON.stringify(bad)).not.to.equal(null);
      }
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(thrown).to.deep.equal([]);
  });

  it('loads again after the src changes, ignoring the earlier answer', async () => {
    const { el } = await load(fixtureUrl('missing.json'));
    el.src = fixtureUrl('element-test.json');
    await el.updateComplete;
    expect(headingText(el)).to.contain('How old is the patient?');
  });
});
