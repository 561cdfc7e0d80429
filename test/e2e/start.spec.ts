import { test, expect } from '@playwright/test';
import { collectPageErrors, designerUrl, portalUrl } from './support.js';

test.describe('npm start serves both apps', () => {
  test('the designer opens with the example pathways', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(designerUrl);
    await expect(page.getByRole('heading', { name: 'Careway designer' })).toBeVisible();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the demo portal renders the pathway element', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(portalUrl);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
    await expect(page.getByRole('region', { name: 'Patient' })).toContainText('NHS number');
    // The runtime renders its first question inside its shadow root, which Playwright's locators pierce.
    await expect(page.locator('careway-pathway').getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
