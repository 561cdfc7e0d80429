import { test, expect, type Locator, type Page } from '@playwright/test';
import { axeViolations, designerUrl } from './support.js';

test.use({ viewport: { width: 1600, height: 1000 } });

async function openPathway(page: Page, id: string) {
  await page.getByLabel('Pathway', { exact: true }).selectOption(id);
  await expect(page.getByLabel('Pathway', { exact: true })).toHaveValue(id);
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
}

const canvasNode = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);

/** The canvas's zoom, from the transform React Flow puts on its viewport. */
async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').getAttribute('style');
  const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
  return scale ? Number(scale[1]) : Number.NaN;
}

/** How many of the nodes' boxes lie wholly inside the canvas on screen. */
async function nodesInView(page: Page): Promise<{ inside: number; total: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    const inside = pane
      ? nodes.filter(
          (r) => r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom,
        ).length
      : 0;
    return { inside, total: nodes.length };
  });
}

test.describe('the canvas', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(designerUrl);
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    await openPathway(page, 'suspected-dvt');
    await expect(page.locator('.react-flow__node')).toHaveCount(13);
  });

  test('zoom to fit brings every node into view after zooming in, and the minimap pans the canvas', async ({
    page,
  }) => {
    const zoomIn = page.getByRole('button', { name: 'Zoom In' });
    for (let i = 0; i < 6; i += 1) await zoomIn.click();
    await expect.poll(async () => (await nodesInView(page)).inside).toBeLessThan(13);
    const zoomedIn = await zoom(page);

    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(async () => (await nodesInView(page)).inside).toBe(13);
    expect(await zoom(page)).toBeLessThan(zoomedIn);

    // The minimap shows every node, has a name, and dragging in it moves the canvas.
    const minimap = page.getByRole('img', { name: 'Overview of the whole pathway' });
    await expect(minimap).toBeVisible();
    await expect(page.locator('.react-flow__minimap-node')).toHaveCount(13);
    for (let i = 0; i < 4; i += 1) await zoomIn.click();
    const before = await page.locator('.react-flow__viewport').getAttribute('style');
    const box = await minimap.boundingBox();
    if (!box) throw new Error('minimap not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__viewport').getAttribute('style')).not.toBe(before);
  });

  test('selects several nodes by shift-click and by dragging a box, then deletes and restores them together', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(async () => (await nodesInView(page)).inside).toBe(13);
    await canvasNode(page, 'wells_history').click();
    await canvasNode(page, 'wells_examination').click({ modifiers: ['Shift'] });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await expect(page.locator('.cw-right')).toContainText('2 nodes and');

    // A box dragged with Shift held selects what it covers.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
    const a = await canvasNode(page, 'wells_history').boundingBox();
    const b = await canvasNode(page, 'wells_examination').boundingBox();
    if (!a || !b) throw new Error('nodes not on screen');
    const left = Math.min(a.x, b.x) - 8;
    const top = Math.min(a.y, b.y) - 8;
    const right = Math.max(a.x + a.width, b.x + b.width) + 8;
    const bottom = Math.max(a.y + a.height, b.y + b.height) + 8;
    await page.keyboard.down('Shift');
    await page.mouse.move(left, top);
    await page.mouse.down();
    await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 5 });
    await page.mouse.move(right, bottom, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const selected = await page
      .locator('.react-flow__node.selected')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
    expect(selected).toEqual(expect.arrayContaining(['wells_history', 'wells_examination']));

    expect(await axeViolations(page)).toEqual([]);
    const count = selected.length;
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(13 - count);
    await expect(canvasNode(page, 'wells_history')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(13);
    await expect(canvasNode(page, 'wells_examination')).toBeVisible();
  });

  test('copies nodes with the connection between them and pastes them into another pathway', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await canvasNode(page, 'wells_history').click();
    await canvasNode(page, 'wells_examination').click({ modifiers: ['Shift'] });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await page.keyboard.press('ControlOrMeta+c');

    await openPathway(page, 'sore-throat-feverpain');
    await expect(page.locator('.react-flow__node')).toHaveCount(10);
    const edges = await page.locator('.react-flow__edge').count();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ControlOrMeta+v');
    await expect(page.locator('.react-flow__node')).toHaveCount(12);
    // The pasted copies carry their titles and questions, are selected, and keep the route between them.
    const pasted = page.locator('.react-flow__node.selected');
    await expect(pasted).toHaveCount(2);
    await expect(pasted.filter({ hasText: 'Wells score: history' })).toHaveCount(1);
    await expect(pasted.filter({ hasText: 'Wells score: examination' })).toHaveCount(1);
    await expect(page.locator('.react-flow__edge')).toHaveCount(edges + 1);
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();

    // The paste is kept in this pathway, and the pathway it came from is unchanged.
    await page.reload();
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    await openPathway(page, 'sore-throat-feverpain');
    await expect(page.locator('.react-flow__node')).toHaveCount(12);
    await openPathway(page, 'suspected-dvt');
    await expect(page.locator('.react-flow__node')).toHaveCount(13);
  });

  test('refuses to paste a fragment that is not a valid part of a pathway, says why, and changes nothing', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    /** Pastes clipboard text as the browser does on Ctrl+V, with the canvas focused. */
    const paste = (text: string) =>
      page.evaluate((clip) => {
        const data = new DataTransfer();
        data.setData('text/plain', clip);
        (document.activeElement as HTMLElement | null)?.blur();
        document.body.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);
    const fragment = (node: object) =>
      JSON.stringify({ careway: 'fragment', nodes: [node], edges: [], positions: {} });
    const alert = page.getByRole('alert').filter({ hasText: 'The copied nodes were not pasted' });

    for (const [node, says] of [
      [{ kind: 'constructor', id: 'x', title: 'X' }, /kind/],
      [{ kind: 'outcome', id: 'refer2' }, /title/],
      [{ kind: 'decision', id: '__proto__', title: 'P' }, /id/],
    ] as const) {
      await paste(fragment(node));
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('nothing in this pathway was changed');
      await expect(alert.locator('li').first()).toContainText(says);
      await expect(page.locator('.react-flow__node')).toHaveCount(13);
      expect(await axeViolations(page)).toEqual([]);
      await alert.getByRole('button', { name: 'Close' }).click();
      await expect(alert).toHaveCount(0);
    }
    // A valid fragment still pastes.
    await paste(fragment({ kind: 'decision', id: 'check', title: 'Check the score' }));
    await expect(page.locator('.react-flow__node')).toHaveCount(14);
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    // What was kept is the valid paste alone.
    await page.reload();
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    await openPathway(page, 'suspected-dvt');
    await expect(page.locator('.react-flow__node')).toHaveCount(14);
    await expect(page.locator('.react-flow__node[data-id="__proto__"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('the designer passes axe', () => {
  test('with each bottom panel open, the outline, the preview and a condition in the inspector', async ({
    page,
  }) => {
    await page.goto(designerUrl);
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    await openPathway(page, 'suspected-dvt');
    expect(await axeViolations(page), 'on opening').toEqual([]);

    const bottom = page.locator('.cw-bottom [role="tablist"]');
    const tabs = await bottom.getByRole('tab').allTextContents();
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const name of tabs) {
      await bottom.getByRole('tab', { name, exact: true }).click();
      await expect(bottom.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
      expect(await axeViolations(page), `with ${name} open`).toEqual([]);
    }

    await page.getByRole('tab', { name: 'Outline' }).click();
    await expect(page.locator('.cw-outline')).toBeVisible();
    expect(await axeViolations(page), 'with the outline').toEqual([]);

    // A decision's route: the condition as text and as rules, side by side.
    await page.locator('.cw-outline__node', { hasText: 'DVT likely or unlikely?' }).click();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await expect(page.locator('.cw-right .cw-rules').first()).toBeVisible();
    expect(await axeViolations(page), 'with a decision in the inspector').toEqual([]);

    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(page.locator('careway-pathway')).toBeVisible();
    expect(await axeViolations(page), 'with the preview').toEqual([]);
  });
});
