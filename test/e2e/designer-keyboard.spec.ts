import { test, expect, type Page } from '@playwright/test';

const designerUrl = 'http://127.0.0.1:4173/';

test.use({ viewport: { width: 1600, height: 1000 } });

async function newPathway(page: Page) {
  await page.goto(designerUrl);
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await page.getByRole('button', { name: 'New pathway' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

test.describe('the designer without a mouse', () => {
  test('adds, connects, edits, copies and deletes nodes with the keyboard and the outline', async ({
    page,
  }) => {
    await newPathway(page);
    // Palette buttons add nodes in the middle of the view.
    const step = page.getByRole('button', { name: /^Step/ });
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#cw-node-heading')).toHaveText('Step: New step');
    await page.getByRole('button', { name: /^Outcome/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node')).toHaveCount(2);

    // Connect from the inspector: the keyboard way, with the reason when refused.
    await page.locator('.react-flow__node[data-id="step-1"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#cw-node-heading')).toHaveText('Step: New step');
    await page.getByLabel('Add a route to').selectOption('outcome-1');
    await page.getByRole('button', { name: 'Add route' }).click();
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await page.getByLabel('Add a route to').selectOption('outcome-1');
    await expect(page.getByText('already leads to')).toBeVisible();

    // The outline: every node, in reading order, editable, arrow keys between nodes.
    await page.getByRole('tab', { name: 'Outline' }).click();
    const first = page.locator('.cw-outline__node').first();
    await expect(first).toHaveText('Step: New step (start)');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.cw-outline__node').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#cw-node-heading')).toHaveText('Outcome: New outcome');
    await page.getByLabel('Title of New outcome').fill('Refer to ENT');
    await expect(page.locator('.react-flow__node[data-id="outcome-1"]')).toContainText('Refer to ENT');

    // Copy and paste a node, then delete the copy, all from the keyboard.
    await page.locator('.react-flow__node[data-id="outcome-1"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+c');
    await page.keyboard.press('ControlOrMeta+v');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await page.keyboard.press('ControlOrMeta+d');
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await page.keyboard.press('Delete');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(4);

    // Search frames a node by name.
    await page.getByRole('searchbox', { name: 'Find a node or question' }).fill('ENT');
    await page.locator('.cw-search__results button').first().click();
    await expect(page.locator('#cw-node-heading')).toContainText('Refer to ENT');
  });
});
