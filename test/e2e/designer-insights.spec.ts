import { test, expect, type Locator, type Page } from '@playwright/test';
import { examplePathways, outcomeTitle, runScenario, type ExamplePathway } from './pathway-runner.js';
import { choosePatient, collectPageErrors, designerUrl, openPortalPathway, portalUrl } from './support.js';

test.use({ viewport: { width: 1600, height: 1000 } });

function lowerGi(): { gi: ExamplePathway; dvt: ExamplePathway } {
  const all = examplePathways();
  const gi = all.find((p) => p.id === 'suspected-lower-gi-cancer');
  const dvt = all.find((p) => p.id === 'suspected-dvt');
  if (!gi || !dvt) throw new Error('missing example pathways');
  return { gi, dvt };
}

/** Opens a pathway in the portal; leaving one under way abandons its session. */
async function choose(page: Page, pathway: ExamplePathway): Promise<void> {
  await openPortalPathway(page, pathway.title);
}

/**
 * In the demo portal: one session of the lower GI pathway completed (Margaret
 * HUGHES, age typed over the prefilled one, a rectal mass: straight to
 * referral), and one abandoned at the examination (David OKAFOR, age kept,
 * then the clinician switches to the DVT pathway). Returns the NDJSON file.
 */
async function recordTwoSessions(page: Page): Promise<string> {
  const { gi, dvt } = lowerGi();
  const scenario = gi.scenarios.find(
    (s) => s.expect.outcome === 'refer_without_fit' && s.answers['age'] === 72,
  );
  if (!scenario) throw new Error('no rectal-mass scenario');
  await page.goto(portalUrl);
  await choosePatient(page, 'Margaret HUGHES');
  await choose(page, gi);
  // Only the sessions from here on: the pathway the portal opened first was left when the GI one was chosen.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('#usage-count')).toHaveText('No usage records yet.');
  const element = page.locator('careway-pathway');
  await runScenario(element, gi, scenario.answers);
  await expect(element.locator('.care-card')).toContainText(outcomeTitle(gi, 'refer_without_fit'));
  await expect(page.locator('#usage-count')).toHaveText('1 usage record kept.');

  // Another patient starts a new session of the same pathway.
  await choosePatient(page, 'David OKAFOR');
  await expect(element.locator('h1, h2').first()).toContainText('Age and presenting symptoms');
  await element
    .locator('[data-field="symptoms"]')
    .getByRole('checkbox', { name: 'Rectal bleeding', exact: true })
    .check();
  await element
    .locator('[data-field="anaemia"]')
    .getByRole('radio', { name: 'No anaemia', exact: true })
    .check();
  await element.locator('.page .button:not(.button--secondary)').first().click();
  await expect(element.locator('h1, h2').first()).toContainText('Examination');
  await choose(page, dvt);
  await expect(page.locator('#usage-count')).toHaveText('2 usage records kept.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download usage records' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('careway-usage.ndjson');
  // Kept under the name the portal gave it, as a clinical lead's downloads folder would.
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function openInDesigner(page: Page, pathway: ExamplePathway): Promise<void> {
  await page.goto(designerUrl);
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await page.locator('.cw-workspace__bar select').selectOption({ label: `${pathway.title} (1.0.0)` });
  await expect(page.locator('.react-flow__node[data-id="examination"]')).toBeVisible();
}

const cells = (row: Locator) => row.locator('th, td');

test.describe('the designer’s insights', () => {
  test('shows the sessions recorded in the demo portal: one completed, one abandoned at the examination, and the traffic on the routes taken', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const { gi } = lowerGi();
    const file = await recordTwoSessions(page);

    await openInDesigner(page, gi);
    await page.getByRole('tab', { name: 'Insights' }).click();
    const panel = page.locator('.cw-bottom [role="tabpanel"]');
    await expect(panel.getByText('not saved').first()).toBeVisible();
    await panel.getByLabel('Load usage records').setInputFiles(file);
    await expect(panel.getByRole('status')).toHaveText(
      '2 records loaded from careway-usage.ndjson (not saved).',
    );
    await expect(panel.locator('[data-figure="sessions"]')).toHaveText('2');
    await expect(panel.locator('[data-figure="completed"]')).toHaveText('1');
    await expect(panel.locator('[data-figure="abandoned"]')).toHaveText('1');
    await expect(panel.locator('[data-figure="in-progress"]')).toHaveText('0');
    await expect(panel).toContainText('2 sessions (this clinical content)');

    const steps = panel.getByRole('table', { name: /^Slowest steps/ });
    await expect(cells(steps.locator('tr[data-node="examination"]')).nth(4)).toHaveText('1 (50%)');
    await expect(cells(steps.locator('tr[data-node="presentation"]')).nth(4)).toHaveText('0 (0%)');
    await expect(cells(steps.locator('tr[data-node="presentation"]')).nth(1)).toHaveText('2');
    const outcomes = panel.getByRole('table', { name: /^Outcomes/ });
    const referred = cells(outcomes.locator('tr[data-outcome="refer_without_fit"]'));
    await expect(referred.nth(3)).toHaveText('1');
    await expect(referred.nth(4)).toHaveText('100%');
    // Beside the records, core's static friction: the questions asked on the way there.
    await expect(referred.nth(1)).not.toHaveText('—');
    const prefills = panel.getByRole('table', { name: 'Prefilled answers most often overridden' });
    await expect(cells(prefills.locator('tr[data-field="age"]'))).toHaveText([/^Age/, '2', '1', '50%']);

    await panel.getByLabel('Show usage on the canvas').check();
    const examination = page.locator('.react-flow__node[data-id="examination"]');
    await expect(examination.locator('.cw-node__mark')).toHaveText('Abandoned 1 of 2 (50%)');
    await expect(examination).toHaveAttribute('aria-label', /abandoned in 1 \(50%\)/);
    await expect(page.locator('.cw-legend')).toContainText('Line thickness');
    const edge = (id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
    await expect(edge('presentation-examination')).toHaveAttribute(
      'aria-label',
      /taken in 2 of 2 sessions \(100%\)/,
    );
    await expect(edge('examination-refer-without-fit')).toHaveAttribute(
      'aria-label',
      /taken in 1 of 2 sessions \(50%\)/,
    );
    await expect(edge('fit-criteria-met')).toHaveAttribute('aria-label', /no session took it/);
    const width = (id: string) =>
      edge(id)
        .locator('path.react-flow__edge-path')
        .evaluate((p) => parseFloat(getComputedStyle(p).strokeWidth));
    expect(await width('presentation-examination')).toBeGreaterThan(
      await width('examination-refer-without-fit'),
    );
    expect(await width('examination-refer-without-fit')).toBeGreaterThan(await width('fit-criteria-met'));

    await panel.getByRole('radio', { name: 'time' }).check();
    await expect(examination.locator('.cw-node__mark')).toHaveText(/^Median \d/);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await examination.click();
    const figures = page.locator('.cw-right .cw-step-figures');
    await expect(figures.getByRole('heading')).toHaveText('Usage of “Examination”');
    await expect(figures.locator('[data-figure="visits"]')).toHaveText('2');
    await expect(figures.locator('[data-figure="abandoned"]')).toHaveText('1 (50%)');
    expect(errors).toEqual([]);
  });
});
