import { createHash } from 'node:crypto';
import { test, expect, type Route } from '@playwright/test';
import { errorCodes, examplePathwayText, placeElement, watchPage } from './host.js';

const url = '/hardening/pathway.json';
const good = examplePathwayText();
const integrity = `sha256-${createHash('sha256').update(good).digest('base64')}`;

type Fault = (route: Route) => Promise<void>;

const faults: { name: string; code: string; fault: Fault; withIntegrity?: boolean }[] = [
  { name: 'an HTTP 404', code: 'http_error', fault: (r) => r.fulfill({ status: 404, body: 'Not found' }) },
  { name: 'an HTTP 503', code: 'http_error', fault: (r) => r.fulfill({ status: 503, body: 'Busy' }) },
  { name: 'a network error', code: 'fetch_failed', fault: (r) => r.abort('connectionreset') },
  {
    name: 'truncated JSON',
    code: 'invalid_json',
    fault: (r) => r.fulfill({ contentType: 'application/json', body: good.slice(0, good.length / 2) }),
  },
  {
    name: 'an HTML page instead of JSON',
    code: 'wrong_content_type',
    fault: (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Please sign in</p>' }),
  },
  {
    name: 'bytes that do not match the integrity',
    code: 'integrity_mismatch',
    withIntegrity: true,
    fault: (r) => r.fulfill({ contentType: 'application/json', body: good.replace('"1.0.0"', '"1.0.1"') }),
  },
];

test.describe('a pathway URL that fails', () => {
  test.afterAll(() => {
    console.log(
      `hardening/faults: ${faults.length + 1} faults injected into the pathway URL, each cured and retried`,
    );
  });

  for (const { name, code, fault, withIntegrity } of faults) {
    test(`${name}: a readable message in place, careway-error ${code}, and a retry that works once the cause is gone`, async ({
      page,
    }) => {
      const watched = watchPage(page);
      let broken = true;
      await page.route(`**${url}`, (route) =>
        broken ? fault(route) : route.fulfill({ contentType: 'application/json', body: good }),
      );
      await placeElement(page, { src: url, ...(withIntegrity ? { integrity } : {}) });
      const element = page.locator('#under-test');
      const panel = element.locator('[part~="error"]');
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading')).toHaveText('Sorry, this pathway cannot be shown');
      await expect(panel).toContainText(code);
      expect(await errorCodes(page)).toContain(code);
      broken = false;
      await panel.getByRole('button', { name: 'Try again' }).click();
      await expect(element.getByRole('button', { name: 'Continue' })).toBeVisible();
      await expect(element.locator('[part~="error"]')).toHaveCount(0);
      // The host page is untouched: its own banner and picker still work.
      await expect(page.getByRole('region', { name: 'Patient' })).toContainText('NHS number');
      expect(watched.errors).toEqual([]);
    });
  }

  test('a slow server: the element says it is loading, then runs the pathway', async ({ page }) => {
    const watched = watchPage(page);
    await page.route(`**${url}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.fulfill({ contentType: 'application/json', body: good });
    });
    await placeElement(page, { src: url, integrity });
    const element = page.locator('#under-test');
    await expect(element.locator('[part~="loading"]')).toBeVisible();
    await expect(element.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 10_000 });
    expect(watched.errors).toEqual([]);
  });
});
