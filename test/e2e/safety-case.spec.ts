import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { safeParsePathway, SAFETY_CASE_SECTIONS, safetyCaseReport } from '@careway/core';
import { axeViolations, collectPageErrors } from './support.js';

// The clinical safety case of every example pathway, as `careway safety-case`
// writes it, read in Chromium: its headings, WCAG 2.2 AA, nothing it tries to load.
const pathwaysDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pathways');
const files = readdirSync(pathwaysDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const TODAY = '2026-11-24';

function reportOf(file: string): { title: string; html: string } {
  const parsed = safeParsePathway(JSON.parse(readFileSync(join(pathwaysDir, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} is not a valid pathway`);
  return { title: parsed.pathway.title, html: safetyCaseReport(parsed.pathway, { today: TODAY }) };
}

test.describe('the clinical safety case report', () => {
  test('there is an example pathway to report on', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    test(`of ${file} has its h1 and seven sections, loads nothing and passes axe`, async ({ page }) => {
      const { title, html } = reportOf(file);
      const errors = collectPageErrors(page);
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
      });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.setContent(html);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(`Clinical safety case: ${title}`);
      await expect(page.locator('h2')).toHaveText([...SAFETY_CASE_SECTIONS]);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await page.locator('script').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('prints to A4', async ({ page }) => {
    const { html } = reportOf('suspected-dvt.json');
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
