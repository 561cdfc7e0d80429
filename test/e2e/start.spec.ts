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
    await expect(page.getByRole('heading', { name: 'New referral' })).toBeVisible();
    await expect(page.locator('careway-pathway')).toBeAttached();
    expect(errors).toEqual([]);
  });
});
