/**
 * A host page for the hardening suites: the demo portal (which defines the
 * Careway elements under a strict Content-Security-Policy), with helpers to
 * place a fresh `<careway-pathway>` on it and watch what it reports.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

import { portalUrl } from '../e2e/support.js';

export { portalUrl };
const pathways = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pathways');

/** The text of an example pathway file, as published. */
export function examplePathwayText(file = 'suspected-dvt.json'): string {
  return readFileSync(join(pathways, file), 'utf8');
}

/**
 * What went wrong on a page: uncaught exceptions, console errors other than
 * the element's own reports (`[careway] <code>: …`, written for the developer)
 * and the browser's note of a failed request, and dialogs (an `alert` from an
 * injected script).
 */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && !text.startsWith('[careway] ') && !text.startsWith('Failed to load resource'))
      errors.push(text);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { errors, dialogs };
}

/**
 * Opens the portal and puts a new `<careway-pathway id="under-test">` in its
 * main area with the given attributes; `careway-error` codes are collected in
 * `window.__carewayErrors`.
 */
export async function placeElement(page: Page, attributes: Record<string, string>): Promise<void> {
  await page.goto(portalUrl);
  await page.locator('careway-pathway#pathway').waitFor();
  await page.evaluate((attrs) => {
    const w = window as unknown as { __carewayErrors: string[] };
    w.__carewayErrors = [];
    const el = document.createElement('careway-pathway');
    el.id = 'under-test';
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.addEventListener('careway-error', (e) =>
      w.__carewayErrors.push((e as CustomEvent<{ code: string }>).detail.code),
    );
    document.getElementById('pathway')?.replaceWith(el);
  }, attributes);
}

/** The `careway-error` codes the element under test has fired. */
export function errorCodes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __carewayErrors: string[] }).__carewayErrors);
}
