import { createHash } from 'node:crypto';
import { test, expect } from '@playwright/test';
import { errorCodes, examplePathwayText, placeElement, watchPage } from './host.js';

// Rules that cannot be read never run: a pathway with an expression that does not parse, names a
// question that does not exist, or compares a number with text is refused at load, wherever the
// expression stands, with a clear message and careway-error unreadable_expression, never half-run.
const url = '/hardening/expressions.json';
const route = /\/hardening\/expressions\.json/;
const good = examplePathwayText();

/* eslint-disable @typescript-eslint/no-explicit-any -- documents broken on purpose */
type Doc = any;
const field = (d: Doc, id: string): Doc =>
  d.nodes.flatMap((n: Doc) => n.fields ?? []).find((f: Doc) => f.id === id);

const places: { what: string; id: string; put: (d: Doc, text: string) => void }[] = [
  {
    what: 'a route condition',
    id: 'wells-likely',
    put: (d, t) => (d.edges.find((e: Doc) => e.id === 'wells-likely').when = t),
  },
  { what: 'a prefill', id: 'age', put: (d, t) => (field(d, 'age').prefill = t) },
  {
    what: 'a showWhen',
    id: 'pregnant_or_postpartum',
    put: (d, t) => (field(d, 'pregnant_or_postpartum').showWhen = t),
  },
  {
    what: 'a validation rule',
    id: 'age',
    put: (d, t) => (field(d, 'age').validations = [{ when: t, message: 'Check the age.' }]),
  },
  {
    what: 'a red-flag condition',
    id: 'age',
    put: (d, t) => (field(d, 'age').redFlag = { when: t, urgency: 'urgent', reason: 'Check the age.' }),
  },
  { what: 'a score item', id: 'wells_score', put: (d, t) => (d.variables[0].items[0].when = t) },
  {
    what: 'an expression variable',
    id: 'older',
    put: (d, t) => d.variables.push({ id: 'older', label: 'Older', kind: 'expression', expr: t }),
  },
];
const unreadable = ['num > $5', 'agee >= 40', "age = 'old'"];
const breakRoute = (d: Doc, t: string): void => places[0]?.put(d, t);

function broken(put: (d: Doc, text: string) => void, text: string): string {
  const doc = JSON.parse(good) as Doc;
  put(doc, text);
  return JSON.stringify(doc);
}

test.describe('a pathway with an expression that cannot be read', () => {
  test.afterAll(() => {
    console.log(
      `hardening/expressions: ${places.length * unreadable.length} unreadable expressions in ${places.length} places, each refused at load`,
    );
  });

  for (const place of places)
    test(`is refused at load for ${place.what}`, async ({ page }) => {
      const watched = watchPage(page);
      for (const text of unreadable) {
        const body = broken(place.put, text);
        await page.unroute(route);
        await page.route(route, (r) => r.fulfill({ contentType: 'application/json', body }));
        await placeElement(page, { src: url });
        const panel = page.locator('#under-test [part~="error"]');
        await expect(panel).toContainText('a rule that cannot be read');
        await expect(panel).toContainText('unreadable_expression');
        await expect(panel).not.toContainText(text);
        await expect(page.locator('#under-test form')).toHaveCount(0);
        await expect(page.locator('#under-test').getByRole('button', { name: 'Continue' })).toHaveCount(0);
        expect(await errorCodes(page)).toEqual(['unreadable_expression']);
      }
      expect(watched.errors).toEqual([]);
      expect(watched.dialogs).toEqual([]);
    });

  test('names the place in careway-error: the field or edge and the JSON path', async ({ page }) => {
    const body = broken(breakRoute, 'num > $5');
    await page.route(route, (r) => r.fulfill({ contentType: 'application/json', body }));
    await placeElement(page, {});
    const detail = await page.evaluate(async (src) => {
      const el = document.getElementById('under-test') as HTMLElement & { src: string };
      const got = new Promise<{ code: string; message: string; data: { issues: unknown[] } }>((resolve) =>
        el.addEventListener('careway-error', (e) => resolve((e as CustomEvent).detail), { once: true }),
      );
      el.setAttribute('src', src);
      return got;
    }, url);
    expect(detail.code).toBe('unreadable_expression');
    expect(detail.message).toContain('edge wells-likely');
    expect(detail.data.issues[0]).toMatchObject({
      edgeId: 'wells-likely',
      path: ['edges', expect.any(Number), 'when'],
    });
  });

  test('a document pinned by integrity is the one careway publish wrote, which refuses such documents: not checked again', async ({
    page,
  }) => {
    // The check is skipped for a pinned document (publish's gate ran it); this shows the pin is what
    // decides, by pinning a document that publish would have refused.
    const body = broken(breakRoute, 'num > $5');
    const integrity = `sha256-${createHash('sha256').update(body).digest('base64')}`;
    await page.route(route, (r) => r.fulfill({ contentType: 'application/json', body }));
    await placeElement(page, { src: url, integrity });
    await expect(page.locator('#under-test').getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(await errorCodes(page)).not.toContain('unreadable_expression');
  });

  test('the check cannot be loaded: the pathway is not run (engine_error), and runs once it can', async ({
    page,
  }) => {
    const watched = watchPage(page);
    let blocked = true;
    await page.route(/\/(on-demand|readable)[-.][^/]*\.(js|ts)(\?.*)?$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await page.route(route, (r) => r.fulfill({ contentType: 'application/json', body: good }));
    await placeElement(page, { src: url });
    const element = page.locator('#under-test');
    await expect(element.locator('[part~="error"]')).toContainText('engine_error');
    await expect(element.getByRole('button', { name: 'Continue' })).toHaveCount(0);
    blocked = false;
    await element.evaluate((el) => el.setAttribute('src', `${el.getAttribute('src') ?? ''}?again`));
    await expect(element.getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(watched.errors).toEqual([]);
  });
});
