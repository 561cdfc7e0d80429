import { test, expect, type Page } from '@playwright/test';
import { examplePathways, runScenario } from '../e2e/pathway-runner.js';
import { choosePatient, openPortalPathway } from '../e2e/support.js';
import { portalUrl, watchPage } from './host.js';

const POLICY = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Serves the portal's pages with the strict policy as a response header, and records every violation. */
async function strictPortal(page: Page): Promise<void> {
  await page.route(`${portalUrl}**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
}

test.describe('under script-src/style-src self and Trusted Types', () => {
  test('the element runs every example pathway through a whole route with zero violations', async ({
    page,
  }) => {
    // Every example pathway, one after another, in one page: a minute is tight on a busy 2-core machine.
    test.slow();
    const watched = watchPage(page);
    await strictPortal(page);
    const response = await page.goto(portalUrl);
    expect(response?.headers()['content-security-policy']).toBe(POLICY);
    // The policy is in force, so that zero violations below means something: markup from a string is
    // refused and reported.
    const refused = await page.evaluate(async () => {
      let thrown = '';
      try {
        // eslint-disable-next-line no-restricted-syntax -- the canary: this assignment must be refused
        document.createElement('div').innerHTML = '<b>markup</b>';
      } catch (e) {
        thrown = (e as Error).name;
      }
      // The violation report is queued as a task of its own.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const w = window as unknown as { __violations: string[] };
      const seen = w.__violations.length;
      w.__violations = [];
      return { thrown, seen };
    });
    expect(refused).toEqual({ thrown: 'TypeError', seen: 1 });
    let routes = 0;
    for (const pathway of examplePathways()) {
      const scenario = pathway.scenarios.find((s) => !('context' in s)) ?? pathway.scenarios[0];
      if (!scenario) continue;
      await choosePatient(page, 'David OKAFOR');
      await openPortalPathway(page, pathway.title);
      const element = page.locator('careway-pathway');
      const firstField = pathway.nodes.find((n) => n.kind === 'step')?.fields?.[0]?.id ?? '';
      await element.locator(`[data-field="${firstField}"]`).waitFor();
      await runScenario(element, pathway, scenario.answers);
      routes += 1;
    }
    expect(routes).toBe(examplePathways().length);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    // The two refusals above are logged by the browser; nothing else may be.
    expect(watched.errors.filter((e) => !/Content Security Policy|Trusted/.test(e))).toEqual([]);
  });
});

// The element sizes its text in rem, so that it follows the reader's own text-size setting: a host that
// shrinks the root font shrinks it on purpose. Everything else a host's CSS does stays outside.
test.describe('a host page with aggressive global CSS', () => {
  test('the element still looks like itself and runs to an outcome', async ({ page }) => {
    const watched = watchPage(page);
    await page.route('**/hostile.css', (route) =>
      route.fulfill({
        contentType: 'text/css',
        body: `* { all: unset !important; }
          body { font-size: 6px !important; line-height: 0.2 !important; color: #f0f !important; }
          input, button, label, h1, h2, p { display: none !important; visibility: hidden !important; }
          careway-pathway { font-family: monospace !important; letter-spacing: 4px !important; }`,
      }),
    );
    await page.goto(portalUrl);
    await page.evaluate(() => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/hostile.css';
      document.head.append(link);
    });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('6px');
    const pathway = examplePathways().find((p) => p.id === 'suspected-lower-gi-cancer');
    const scenario = pathway?.scenarios.at(-1);
    if (!pathway || !scenario) throw new Error('no lower GI pathway');
    const element = page.locator('careway-pathway');
    await page.evaluate((p) => {
      const el = document.querySelector('careway-pathway') as HTMLElement & { pathway: unknown };
      el.removeAttribute('draft-key');
      el.pathway = p;
    }, pathway);
    const button = element.getByRole('button', { name: 'Continue' });
    await expect(button).toBeVisible();
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(30);
    const heading = element.locator('[data-heading]');
    expect(Number.parseFloat(await heading.evaluate((h) => getComputedStyle(h).fontSize))).toBeGreaterThan(
      20,
    );
    await runScenario(element, pathway, scenario.answers);
    await expect(element.locator('.care-card')).toBeVisible();
    expect(watched.errors).toEqual([]);
  });
});
