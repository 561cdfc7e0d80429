import { test, expect } from '@playwright/test';
import { designerUrl } from './support.js';

test.describe('two tabs on one workspace', () => {
  test('a tab without edits follows the other; conflicting edits are offered as a choice', async ({
    context,
  }) => {
    const a = await context.newPage();
    await a.goto(designerUrl);
    await expect(a.getByText('All changes saved in this browser')).toBeVisible();
    const b = await context.newPage();
    await b.goto(designerUrl);
    await expect(b.getByText('All changes saved in this browser')).toBeVisible();
    const titleA = a.locator('.cw-right').getByLabel('Pathway title', { exact: true });
    const titleB = b.locator('.cw-right').getByLabel('Pathway title', { exact: true });

    await titleA.fill('Edited in tab A');
    await expect(a.getByText('All changes saved in this browser')).toBeVisible();
    await expect(titleB).toHaveValue('Edited in tab A');

    await titleB.fill('Edited in tab B');
    await titleA.fill('Edited in tab A again');
    const banner = (p: typeof a) => p.locator('.cw-banner--warning');
    await expect.poll(async () => (await banner(a).count()) + (await banner(b).count())).toBeGreaterThan(0);
    const loser = (await banner(a).count()) > 0 ? a : b;
    await expect(banner(loser)).toContainText('Autosave is paused');
    await loser.getByRole('button', { name: 'Use the other tab’s version' }).click();
    await expect(banner(loser)).toHaveCount(0);
    const winner = loser === a ? b : a;
    const expected = await winner
      .locator('.cw-right')
      .getByLabel('Pathway title', { exact: true })
      .inputValue();
    await expect(loser.locator('.cw-right').getByLabel('Pathway title', { exact: true })).toHaveValue(
      expected,
    );
    await loser.reload();
    await expect(loser.locator('.cw-right').getByLabel('Pathway title', { exact: true })).toHaveValue(
      expected,
    );
  });
});
