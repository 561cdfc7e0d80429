import { test, expect, type Page } from '@playwright/test';
import { axeViolations, designerUrl } from './support.js';

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

  test('authors a pathway from the outline alone: nodes, questions and routes, with focus kept and axe clean', async ({
    page,
  }) => {
    await newPathway(page);
    await page.getByRole('tab', { name: 'Outline' }).click();
    const outline = page.locator('.cw-outline');
    const form = outline.locator('.cw-outline__add');

    // A first step, typed and added with Enter.
    await form.getByLabel('Title (optional)').fill('Symptoms');
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await expect(outline.getByLabel('Title of Symptoms')).toBeFocused();

    // Its question: retitled and retyped, from the keyboard.
    await outline.getByRole('button', { name: 'Add a question to Symptoms' }).press('Enter');
    await expect(outline.getByLabel('Question question_2')).toBeFocused();
    await page.keyboard.type('Rectal bleeding?');
    await outline.getByLabel('Question question_1').fill('Age');
    await outline.getByLabel('Answer type of question_1').selectOption('integer');

    // Two outcomes after the step, each connected in the same edit.
    for (const title of ['Refer urgently', 'Manage in primary care']) {
      await form.getByLabel('Kind').selectOption('outcome');
      await form.getByLabel('Title (optional)').fill(title);
      await form.getByLabel('Comes after').selectOption({ label: 'Symptoms' });
      await form.getByRole('button', { name: 'Add node' }).press('Enter');
      await expect(outline.getByLabel(`Title of ${title}`)).toBeFocused();
    }
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);

    // A condition on the first route, typed in the outline; the canvas labels the edge with it.
    const routes = outline.getByRole('list', { name: 'Routes from Symptoms' });
    await routes.getByRole('textbox').first().fill('question_2');
    await expect(page.locator('.cw-edge-label', { hasText: 'question_2' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Delete a route and put it back from the outline; then undo the last edit.
    await routes
      .getByRole('button', { name: 'Remove the route from Symptoms to Manage in primary care' })
      .press('Enter');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    // Focus went to the outline's "Add a route" form, which puts it back.
    const connect = outline.locator('.cw-outline__add-route');
    await expect(connect.getByLabel('From')).toBeFocused();
    await connect.getByLabel('From').selectOption({ label: 'Symptoms' });
    await connect.getByLabel('To').selectOption({ label: 'Manage in primary care' });
    await connect.getByRole('button', { name: 'Add route' }).press('Enter');
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    await page.keyboard.press('Escape');
    await page.locator('.cw-outline__node').first().focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);

    // The autosave keeps what the outline made.
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    await page.reload();
    await page.getByRole('tab', { name: 'Outline' }).click();
    await expect(page.locator('.cw-outline__node')).toHaveText([
      'Step: Symptoms (start)',
      'Outcome: Refer urgently',
      'Outcome: Manage in primary care',
    ]);
  });

  test('selects several boxes from the keyboard, and copies, duplicates and deletes them together', async ({
    page,
  }) => {
    await page.goto(designerUrl);
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    await page.getByLabel('Pathway', { exact: true }).selectOption('suspected-dvt');
    await expect(page.locator('.react-flow__node')).toHaveCount(13);
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    const history = page.locator('.react-flow__node[data-id="wells_history"]');
    const examination = page.locator('.react-flow__node[data-id="wells_examination"]');
    await history.focus();
    await page.keyboard.press('Enter');
    await examination.focus();
    await page.keyboard.press('Shift+Enter');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await expect(page.locator('.cw-right')).toContainText('2 nodes and');
    await page.keyboard.press('ControlOrMeta+d');
    await expect(page.locator('.react-flow__node')).toHaveCount(15);
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await page.keyboard.press('Delete');
    await expect(page.locator('.react-flow__node')).toHaveCount(13);
    // Shift+Enter on a selected box takes it out of the selection.
    await history.focus();
    await page.keyboard.press('Enter');
    await examination.focus();
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  });
});
