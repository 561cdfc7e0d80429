import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { designerUrl } from './support.js';

test.use({ viewport: { width: 1600, height: 1000 } });

/** Console errors, page errors and Content-Security-Policy violations of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

async function ready(page: Page) {
  await page.goto(designerUrl);
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

test.describe('the designer’s files', () => {
  test('a malformed file is refused with a clear list, and nothing in the workspace changes', async ({
    page,
  }) => {
    const problems = watch(page);
    await ready(page);
    const picker = page.locator('.cw-workspace__bar select');
    const before = await picker.locator('option').allTextContents();
    const chosen = await picker.inputValue();
    await page.locator('[data-testid="open-file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, id: 'Broken!', title: '', nodes: 'none' })),
    });
    const alert = page.getByRole('alert').filter({ hasText: '“broken.json” was not opened' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Nothing in your workspace was changed');
    expect(await alert.locator('li').count()).toBeGreaterThan(1);
    await expect(alert).toBeFocused();
    expect(await picker.locator('option').allTextContents()).toEqual(before);
    await expect(picker).toHaveValue(chosen);
    await page
      .locator('[data-testid="open-file"]')
      .setInputFiles({ name: 'nope.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
    await expect(
      page.getByRole('alert').filter({ hasText: /The file is not valid JSON: at line 1, column \d+, / }),
    ).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('saves the pathway to a file and opens it again as a copy', async ({ page }) => {
    await ready(page);
    const id = await page.locator('.cw-workspace__bar select').inputValue();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save to file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${id}.json`);
    const path = await file.path();
    const saved = JSON.parse(await readFile(path, 'utf8')) as { id: string };
    expect(saved.id).toBe(id);
    await page.locator('[data-testid="open-file"]').setInputFiles(path);
    await page.getByRole('button', { name: 'Keep both (open the file as a copy)' }).click();
    await expect(page.locator('.cw-workspace__bar select')).toHaveValue(`${id}-copy-1`);
  });

  test('exports the diagram as SVG and PNG, and arranges it in a worker, under a strict CSP', async ({
    page,
  }) => {
    const problems = watch(page);
    await ready(page);
    const svg = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const svgFile = await svg;
    expect(svgFile.suggestedFilename()).toMatch(/@\d+\.\d+\.\d+\.svg$/);
    expect((await readFile(await svgFile.path(), 'utf8')).startsWith('<svg')).toBe(true);
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const pngFile = await png;
    const bytes = await readFile(await pngFile.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await expect(page.getByText('Diagram arranged. Undo puts the boxes back.')).toBeAttached();
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.locator('.cw-history')).toContainText('Arrange the diagram automatically');
    await expect(page.locator('.cw-history .cw-tag').first()).toHaveText('layout');
    expect(problems).toEqual([]);
  });

  test('exports well-formed SVG and a PNG when the text holds characters XML forbids', async ({ page }) => {
    const problems = watch(page);
    await ready(page);
    const node = page.locator('.react-flow__node').first();
    await node.click();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Controls ');
    await title.press('End');
    // A NUL, other C0 controls, a non-character and half a surrogate pair: none of them can be XML.
    await page.keyboard.insertText('A\u0000B\u0001\u001f\uffffC\ud800D');
    await expect(node).toContainText('Controls A');
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();

    const svg = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const text = await readFile(await (await svg).path(), 'utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        text: doc.documentElement.textContent,
      };
    }, text);
    expect(parsed.error).toBe('');
    expect(parsed.text).toContain('Controls A\ufffdB\ufffd\ufffd\ufffdC\ufffdD');

    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const bytes = await readFile(await (await png).path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    await expect(page.getByRole('status').filter({ hasText: /^Exported .*\.png$/ })).toBeAttached();
    expect(problems).toEqual([]);
  });
});
