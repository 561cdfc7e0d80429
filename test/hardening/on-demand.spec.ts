import { test, expect } from '@playwright/test';
import { errorCodes, examplePathwayText, placeElement, watchPage } from './host.js';

// What the element loads on demand from beside its own module (the Welsh; the locator of a JSON error)
// may be missing on a host that copied one file only, or fail to download: the element says so and
// carries on, in English, with the pathway running.
const url = '/hardening/on-demand.json';
const good = examplePathwayText();

test.describe('parts the element loads on demand', () => {
  test('the Welsh cannot be loaded: English, careway-error language_unavailable, and Welsh once it can', async ({
    page,
  }) => {
    const watched = watchPage(page);
    let blocked = true;
    await page.route(/\/welsh[-.][^/]*\.(js|ts)(\?.*)?$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await page.route(`**${url}`, (route) => route.fulfill({ contentType: 'application/json', body: good }));
    await placeElement(page, { src: url, lang: 'cy' });
    const element = page.locator('#under-test');
    await expect(element.getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(await errorCodes(page)).toContain('language_unavailable');
    blocked = false;
    await element.evaluate((el) => el.setAttribute('lang', 'cy-GB'));
    await expect(element.getByRole('button', { name: 'Parhau' })).toBeVisible();
    expect(watched.errors).toEqual([]);
  });

  test('the JSON error locator cannot be loaded: the damaged file is still reported, in JSON.parse’s words', async ({
    page,
  }) => {
    const watched = watchPage(page);
    await page.route(/\/json-position[-.][^/]*\.(js|ts)(\?.*)?$/, (route) => route.abort());
    await page.route(`**${url}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: good.slice(0, 200) }),
    );
    await placeElement(page, { src: url });
    const panel = page.locator('#under-test [part~="error"]');
    await expect(panel).toContainText('invalid_json');
    expect(await errorCodes(page)).toContain('invalid_json');
    expect(watched.errors).toEqual([]);
  });
});
