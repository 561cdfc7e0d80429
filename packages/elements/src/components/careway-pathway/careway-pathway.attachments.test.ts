import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import {
  $,
  $$,
  answerToInfo,
  next,
  nextEvent,
  renderTestPathway,
  testPathway,
  root,
  text,
} from '../../test-support/helpers.js';

/** A tiny valid PNG, so the preview really decodes. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

async function toDetails(): Promise<CarewayPathway> {
  const el = await renderTestPathway();
  await answerToInfo(el);
  await next(el);
  return el;
}

async function attach(el: CarewayPathway, files: File[]): Promise<void> {
  const input = $(el, '#cw-photos') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<careway-pathway> attachments', () => {
  it('is accessible with files attached and previews shown', async () => {
    const el = await toDetails();
    await attach(el, [new File([PNG], 'rash.png', { type: 'image/png' })]);
    await expect(el).to.be.accessible();
  });

  it('shows a file name without the direction controls that could make it read as another', async () => {
    const el = await toDetails();
    await attach(el, [new File([PNG], 'rash\u202Egnp.exe\u2066.png', { type: 'image/png' })]);
    const name = text($(el, '.attachments__name'));
    expect(name).to.equal('rashgnp.exe.png');
    expect(name).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('limits the file input to the pathway’s types and count, and says so', async () => {
    const el = await toDetails();
    const input = $(el, '#cw-photos') as HTMLInputElement;
    expect(input.accept).to.equal('image/png,image/jpeg');
    expect(input.multiple).to.equal(true);
    expect(text($(el, '#cw-photos-limits'))).to.equal('PNG, JPEG; up to 1 MB each; up to 2 files');
  });

  it('previews images with object URLs, removes files and hands them to the host, never uploading', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) =>
      requests.push(...list.getEntries().map((e) => e.name)),
    );
    observer.observe({ type: 'resource', buffered: false });
    const el = await toDetails();
    const file = new File([PNG], 'rash.png', { type: 'image/png' });
    await attach(el, [file, new File([PNG], 'arm.png', { type: 'image/png' })]);
    const previews = $$(el, '.attachments__preview') as HTMLImageElement[];
    expect(previews.map((img) => img.alt)).to.deep.equal(['Preview of rash.png', 'Preview of arm.png']);
    expect(previews[0]?.src.startsWith('blob:')).to.equal(true);
    const removeArm = $$(el, '[part="remove-button"]')[1];
    expect(text(removeArm)).to.equal('Remove arm.png');
    removeArm?.click();
    await el.updateComplete;
    expect($$(el, '.attachments__item')).to.have.length(1);
    await waitUntil(
      () => text($(el, '[role="status"]')).includes('arm.png removed'),
      'the removal is announced',
    );
    await next(el);
    const complete = nextEvent(el, 'careway-complete');
    await next(el);
    const { detail } = await complete;
    expect(detail.attachments).to.have.length(1);
    expect(detail.attachments[0]?.file).to.equal(file);
    expect(detail.attachments[0]?.ref).to.deep.include({
      name: 'rash.png',
      type: 'image/png',
      size: PNG.length,
    });
    expect(el.attachments[0]?.file).to.equal(file);
    observer.disconnect();
    expect(
      requests.filter(
        (url) =>
          !url.startsWith('blob:') &&
          !url.includes('/src/') &&
          !url.includes('/node_modules/') &&
          !url.includes('/pathways/') &&
          !url.includes('__web'),
      ),
    ).to.deep.equal([]);
  });

  it('shows the engine’s refusal of a file of the wrong type or too large', async () => {
    const el = await toDetails();
    await attach(el, [new File(['%PDF'], 'letter.pdf', { type: 'application/pdf' })]);
    await attach(el, [new File([new Uint8Array(2 * 1024 * 1024)], 'huge.png', { type: 'image/png' })]);
    await next(el);
    const errors = text($(el, '[data-field="photos"]'));
    expect(errors).to.match(/letter\.pdf|huge\.png/);
    expect(root(el).querySelector('[data-error-summary]')).not.to.equal(null);
  });

  it('releases previews when removed from the page', async () => {
    const el = await toDetails();
    await attach(el, [new File([PNG], 'rash.png', { type: 'image/png' })]);
    const url = ($(el, '.attachments__preview') as HTMLImageElement).src;
    el.remove();
    const response = await fetch(url).then(
      () => 'still there',
      () => 'revoked',
    );
    expect(response).to.equal('revoked');
  });
});

describe('<careway-pathway> attachments in a host form', () => {
  it('submits the files beside the result when the element has a name', async () => {
    const pathway = await testPathway();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <careway-pathway name="triage" .pathway=${pathway} today="2026-11-24"></careway-pathway>
      </form>`,
    );
    const el = form.querySelector('careway-pathway') as CarewayPathway;
    await el.updateComplete;
    await answerToInfo(el);
    await next(el);
    const file = new File([PNG], 'rash.png', { type: 'image/png' });
    await attach(el, [file]);
    await next(el);
    await next(el);
    const data = new FormData(form);
    expect(JSON.parse(String(data.get('triage'))).outcome.id).to.equal('urgent');
    const sent = data.get('triage-attachments') as File;
    expect(sent.name).to.equal('rash.png');
    expect(sent.size).to.equal(file.size);
  });
});
