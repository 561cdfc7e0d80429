import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page, to assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Where the apps are served: ports 4173 and 4174 as `npm start` serves them, unless
 * `CAREWAY_DESIGNER_PORT` / `CAREWAY_PORTAL_PORT` move them (two checkouts testing at once).
 */
export const designerPort = Number(process.env['CAREWAY_DESIGNER_PORT'] ?? 4173);
export const portalPort = Number(process.env['CAREWAY_PORTAL_PORT'] ?? 4174);
export const designerUrl = `http://127.0.0.1:${designerPort}/`;
export const portalUrl = `http://127.0.0.1:${portalPort}/`;

/** Chooses a patient in the demo portal's banner (changing patient abandons the open session). */
export async function choosePatient(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Patient' }).selectOption({ label: name });
}

/** Opens a pathway from the demo portal's picker, by its title, and waits for its heading. */
export async function openPortalPathway(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Referral pathways' })
    .getByRole('button', { name: title })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The WCAG 2.x A and AA rules (2.2 included) that every page and story is held to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: string | undefined;

/**
 * axe's WCAG A/AA violations within `include` (a CSS selector) of every frame
 * of the page, one line each. axe is evaluated through the browser's debugging
 * protocol, not as a script tag, so that it runs on pages with a strict
 * Content-Security-Policy as they are served.
 */
export async function axeViolations(page: Page, include = 'body'): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const frame of page.frames()) await frame.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, context }) => {
      const axe = (
        window as unknown as { axe: { run(context: string, options: RunOptions): Promise<AxeResults> } }
      ).axe;
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        iframes: true,
        resultTypes: ['violations'],
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    },
    { tags: wcagTags, context: include },
  );
}
