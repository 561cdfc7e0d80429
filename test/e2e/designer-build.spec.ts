import { test, expect, type Page, type Locator } from '@playwright/test';
import { designerUrl } from './support.js';

/** Drags a palette item onto the canvas at a point of the canvas (in screen pixels from its top-left). */
async function dropFromPalette(
  page: Page,
  kind: 'Step' | 'Decision' | 'Information' | 'Outcome',
  x: number,
  y: number,
) {
  const canvas = page.locator('.cw-canvas');
  const item = page.locator('.cw-palette__item', { hasText: kind }).first();
  await item.dragTo(canvas, { targetPosition: { x, y } });
}

/** Drags from the "out" handle of one node to the "in" handle of another, with real mouse moves. */
async function connect(page: Page, from: string, to: string) {
  const source = node(page, from).locator('.react-flow__handle-bottom');
  const target = node(page, to).locator('.react-flow__handle-top');
  const a = await source.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error('handles not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

function node(page: Page, title: string): Locator {
  return page.locator('.react-flow__node', {
    has: page.locator('.cw-node__title', { hasText: new RegExp(`^${title}$`) }),
  });
}

async function inspectorField(page: Page, label: string): Promise<Locator> {
  return page.locator('.cw-right').getByLabel(label, { exact: true });
}

/** Types into a CodeMirror expression editor (by its label) and waits for the check. */
async function typeExpression(page: Page, scope: Locator, label: string, text: string) {
  const editor = scope
    .locator('.cw-expression', { has: page.locator('.cw-expression__label', { hasText: label }) })
    .locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

test.use({ viewport: { width: 1600, height: 1000 } });

test.describe('a clinical lead builds a pathway from scratch', () => {
  test('draw, connect, edit, preview, save a scenario, fix a problem, undo, publish, reload', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(designerUrl);
    await expect(page.getByRole('heading', { name: 'Careway designer' })).toBeVisible();
    await page.getByRole('button', { name: 'New pathway' }).click();
    await expect(page.locator('.cw-workspace__bar select')).toHaveValue('new-pathway');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await (await inspectorField(page, 'Pathway title')).fill('Chest pain triage');

    // Draw: a step, two outcomes, dragged from the palette.
    await dropFromPalette(page, 'Step', 380, 90);
    await expect(page.locator('#cw-node-heading')).toHaveText('Step: New step');
    await (await inspectorField(page, 'Title')).fill('Symptoms');
    await (await inspectorField(page, 'Question')).fill('Chest pain at rest?');
    await dropFromPalette(page, 'Outcome', 200, 380);
    await (await inspectorField(page, 'Title')).fill('Call 999');
    await (await inspectorField(page, 'Kind of outcome')).selectOption('emergency');
    await (await inspectorField(page, 'Urgency')).selectOption('emergency');
    await (await inspectorField(page, 'Timeframe')).fill('now');
    await (
      await inspectorField(page, 'Safety netting advice')
    ).fill('Stay with the patient until the ambulance arrives.');
    await dropFromPalette(page, 'Outcome', 560, 380);
    await (await inspectorField(page, 'Title')).fill('See GP');
    await (await inspectorField(page, 'Safety netting advice')).fill('Call 111 if the pain comes back.');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(node(page, 'Symptoms')).toContainText('Chest pain at rest?');
    await expect(node(page, 'Call 999').locator('.cw-urgency--emergency')).toHaveCount(1);

    // Connect by dragging handles; an illegal connection is refused with the reason while dragging.
    await connect(page, 'Symptoms', 'Call 999');
    await connect(page, 'Symptoms', 'See GP');
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    const out = await node(page, 'Call 999').locator('.react-flow__handle-bottom').boundingBox();
    const into = await node(page, 'Symptoms').locator('.react-flow__handle-top').boundingBox();
    if (!out || !into) throw new Error('handles not on screen');
    await page.mouse.move(out.x + 5, out.y + 5);
    await page.mouse.down();
    await page.mouse.move(into.x + 6, into.y + 6, { steps: 8 });
    await expect(page.locator('.cw-connection-hint--refused')).toContainText('is an outcome');
    await page.mouse.up();
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);

    // Edit the condition of the first route: a typo shows in the problems panel, which leads to the fix.
    await node(page, 'Symptoms').click({ position: { x: 12, y: 10 } });
    const routes = page.locator('.cw-right .cw-route').first();
    await typeExpression(page, routes, 'Condition for the route to Call 999', 'question_2');
    await page.getByRole('tab', { name: /^Problems/ }).click();
    const problem = page.locator('.cw-problems li', { hasText: 'question_2' }).first();
    await expect(problem).toBeVisible();
    await expect(node(page, 'Symptoms').locator('.cw-badge--error')).toBeVisible();
    await problem.getByRole('button').click();
    await typeExpression(page, page.locator('.cw-right'), 'Condition', 'question_1');
    await expect(page.locator('.cw-problems li', { hasText: 'question_2' })).toHaveCount(0);
    await expect(page.locator('.cw-edge-label', { hasText: 'question_1' })).toBeVisible();

    // Undo and redo a change.
    await node(page, 'See GP').click({ position: { x: 12, y: 10 } });
    await (await inspectorField(page, 'Title')).fill('See your GP');
    await expect(node(page, 'See your GP')).toBeVisible();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('ControlOrMeta+z');
    await expect(node(page, 'See GP')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(node(page, 'See your GP')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(node(page, 'See GP')).toBeVisible();

    // Run the preview to an outcome, and save the run as a scenario.
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.locator('careway-pathway');
    await preview.getByRole('radio', { name: 'Yes' }).check();
    await preview.getByRole('button', { name: 'Continue' }).click();
    await expect(node(page, 'Call 999')).toHaveClass(/cw-current/);
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    await page.getByLabel('Name for the preview’s run').fill('Pain at rest goes to 999');
    await page.getByRole('button', { name: 'Save preview run as scenario' }).click();
    await page.getByRole('button', { name: 'Run all scenarios' }).click();
    await expect(page.getByText('1 passed, 0 failed')).toBeVisible();

    // Publish: refused without approvals, then published with one.
    await page.getByRole('tab', { name: 'Publish and versions' }).click();
    await page.getByRole('button', { name: /^Publish version/ }).click();
    await expect(page.getByRole('alert')).toContainText('Add at least one approval');
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.getByRole('button', { name: 'Add approval' }).click();
    await (await inspectorField(page, 'Approval 1 name')).fill('Dr A Clinician');
    await page.getByRole('button', { name: /^Publish version 0\.1\.0/ }).click();
    await expect(page.locator('.cw-banner', { hasText: 'Published' })).toContainText(
      'new-pathway@0.1.0.json',
    );
    await expect(page.locator('.cw-banner .cw-integrity')).toHaveText(/^sha256-[A-Za-z0-9+/]+=*$/);
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();

    // Reload: everything is still there.
    await page.reload();
    await page.locator('.cw-workspace__bar select').selectOption('new-pathway');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(node(page, 'See GP')).toBeVisible();
    await expect(page.locator('.cw-edge-label', { hasText: 'question_1' })).toBeVisible();
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    await expect(page.getByLabel('Name of scenario scenario-1')).toHaveValue('Pain at rest goes to 999');
    await page.getByRole('tab', { name: 'Publish and versions' }).click();
    await expect(page.getByRole('rowheader', { name: '0.1.0' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
