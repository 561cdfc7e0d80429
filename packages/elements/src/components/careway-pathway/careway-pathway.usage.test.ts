import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import { safeParseUsageRecord, type UsageRecord } from '@careway/core';
import type { CarewayPathway } from './careway-pathway.js';
import {
  answerToInfo,
  answerToReview,
  next,
  nextEvent,
  record,
  renderTestPathway,
  testPathway,
  typeInto,
} from '../../test-support/helpers.js';

async function withUsage(context?: Record<string, unknown>): Promise<CarewayPathway> {
  const el = await renderTestPathway(context ? { context } : {});
  el.usage = true;
  // Turning usage on takes effect from the next session.
  el.restart();
  await el.updateComplete;
  return el;
}

/** The records the element hands over from now on, read when called. */
function records(el: CarewayPathway): () => UsageRecord[] {
  const seen = record(el, ['careway-usage']) as CustomEvent<{ record: UsageRecord }>[];
  return () => seen.map((e) => e.detail.record);
}

describe('<careway-pathway> usage records', () => {
  it('fires nothing unless the host opts in', async () => {
    const el = await renderTestPathway();
    const seen = record(el, ['careway-usage']);
    await answerToReview(el);
    await next(el);
    el.remove();
    await Promise.resolve();
    expect(seen).to.deep.equal([]);
  });

  it('hands over one valid record per completed session: pages, edges, times and the outcome', async () => {
    const el = await withUsage();
    const usage = nextEvent(el, 'careway-usage');
    await typeInto(el, 'cw-age', '40');
    await answerToInfo(el);
    await next(el); // the info page
    await typeInto(el, 'cw-reference', 'REF-SECRET-123');
    await next(el); // to check your answers
    await next(el); // confirmed
    const { detail, bubbles, composed } = await usage;
    expect(bubbles && composed).to.equal(true);
    const rec = detail.record;
    const checked = safeParseUsageRecord(rec, { pathway: await testPathway() });
    expect(checked.ok, JSON.stringify(checked)).to.equal(true);
    expect(rec.status).to.equal('completed');
    expect(rec.outcome).to.equal('urgent');
    expect(rec.visits.map((v) => v.node)).to.include.members([
      'about',
      'symptoms',
      'advice',
      'details',
      'route',
      'urgent',
    ]);
    expect(rec.edges).to.include.members(['e1', 'e2', 'e3', 'e4', 'e6']);
    for (const v of rec.visits) expect(v.ms).to.be.at.least(0);
  });

  it('carries no answer values, free text or identifiers', async () => {
    const el = await withUsage({ age: 67, sex: 'female' });
    const usage = nextEvent(el, 'careway-usage');
    await typeInto(el, 'cw-age', '41');
    await answerToInfo(el);
    await next(el);
    await typeInto(el, 'cw-reference', 'REF-SECRET-123');
    await next(el);
    await next(el);
    // Timings (`at`, `ms`) and timestamps (`startedAt`, `endedAt`: "…T01:07:41Z") may hold a 41 by
    // chance: they are blanked here, so that a 41 anywhere else can only be the typed age.
    const text = JSON.stringify((await usage).detail.record, (key, value: unknown) =>
      (key === 'at' || key === 'ms') && typeof value === 'number'
        ? 0
        : (key === 'startedAt' || key === 'endedAt') && typeof value === 'string'
          ? 'time'
          : value,
    );
    for (const secret of ['REF-SECRET', '"41"', ':41', 'female', 'cough', 'fever', '2026-11-20'])
      expect(text, secret).not.to.contain(secret);
  });

  it('counts back-tracks, changed answers and overridden prefills by field, never by value', async () => {
    const el = await withUsage({ age: 67, sex: 'female' });
    const usage = nextEvent(el, 'careway-usage');
    await typeInto(el, 'cw-age', '40');
    await next(el);
    el.back();
    await el.updateComplete;
    await typeInto(el, 'cw-age', '42');
    await answerToReview(el);
    await next(el);
    const rec = (await usage).detail.record;
    expect(rec.backs.map((b) => [b.from, b.to])).to.deep.include(['symptoms', 'about']);
    expect(rec.changed).to.include('age');
    expect(rec.prefilled).to.include.members(['age']);
    expect(rec.prefillOverridden).to.deep.equal(['age']);
  });

  it('records an abandoned session where it stopped, when the element is removed or started again', async () => {
    const el = await withUsage();
    const seen = records(el);
    await typeInto(el, 'cw-age', '40');
    await next(el);
    el.restart();
    await el.updateComplete;
    expect(seen().map((r) => [r.status, r.abandonedAt])).to.deep.equal([['abandoned', 'symptoms']]);
    el.remove();
    await Promise.resolve();
    expect(seen().map((r) => r.status)).to.deep.equal(['abandoned', 'abandoned']);
    expect(seen()[0]?.sessionId).not.to.equal(seen()[1]?.sessionId);
  });

  it('does not abandon an element that is only moved', async () => {
    const el = await withUsage();
    const seen = records(el);
    const other = await fixture(html`<section></section>`);
    other.append(el);
    await Promise.resolve();
    await el.updateComplete;
    expect(seen()).to.deep.equal([]);
  });

  it('gives the record to a sink, and carries on when the sink throws', async () => {
    const el = await withUsage();
    const sunk: UsageRecord[] = [];
    el.usageSink = (r) => {
      sunk.push(r);
      throw new Error('sink down');
    };
    const errors = record(el, ['careway-error']);
    await typeInto(el, 'cw-age', '40');
    await answerToReview(el);
    await next(el);
    expect(sunk.map((r) => r.status)).to.deep.equal(['completed']);
    expect(errors.map((e) => (e.detail as { code: string }).code)).to.include('usage_sink_failed');
    expect(el.value?.outcome.id).to.equal('urgent');
  });

  it('sends each record with sendBeacon to the usage-url the host set, and only then', async () => {
    const received = async () =>
      ((await (await fetch('/__careway__/usage-sink/received')).json()) as string[]).map(
        (body) => JSON.parse(body) as UsageRecord,
      );
    const before = (await received()).length;
    const quiet = await withUsage();
    await typeInto(quiet, 'cw-age', '40');
    await answerToReview(quiet);
    await next(quiet);
    quiet.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await received()).length, 'no usage-url, no request').to.equal(before);
    const el = await renderTestPathway();
    el.setAttribute('usage-url', '/__careway__/usage-sink');
    el.usage = true;
    el.restart();
    await el.updateComplete;
    await typeInto(el, 'cw-age', '40');
    await answerToReview(el);
    await next(el);
    // The beacon is sent in the background: wait until the endpoint has it.
    let got: UsageRecord[] = [];
    for (let i = 0; i < 40 && got.length === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      got = await received();
    }
    expect(got.length).to.equal(before + 1);
    expect(got.at(-1)?.status).to.equal('completed');
    expect(got.at(-1)?.outcome).to.equal('urgent');
  });
});
