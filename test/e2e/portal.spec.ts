import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { choosePatient, collectPageErrors, openPortalPathway, portalUrl } from './support.js';
import { examplePathways, outcomeTitle, runScenario, type ExamplePathway } from './pathway-runner.js';

test.use({ viewport: { width: 1400, height: 1000 } });

// A patient of the demo practice to whom each pathway applies (the banner's facts prefill the pathway).
const patientFor: Record<string, string> = {
  'fever-under-5s': 'Oliver BENNETT',
  'uti-women-16-64': 'Aisha RAHMAN',
  'headache-red-flags': 'Aisha RAHMAN',
};

async function choose(page: Page, pathway: ExamplePathway): Promise<void> {
  await choosePatient(page, patientFor[pathway.id] ?? 'Margaret HUGHES');
  await openPortalPathway(page, pathway.title);
}

async function expectReceived(page: Page, pathway: ExamplePathway, outcome: string): Promise<void> {
  const received = page.getByRole('complementary', { name: 'What the clinical system received' });
  await expect(received.getByRole('status')).toContainText(`Received: ${outcomeTitle(pathway, outcome)}`);
  await expect(received.locator('pre').first()).toContainText(pathway.title);
  const json = JSON.parse((await received.locator('pre').nth(1).textContent()) ?? '') as {
    outcome: { id: string };
  };
  expect(json.outcome.id).toBe(outcome);
  const bundle = JSON.parse((await received.locator('pre').nth(2).textContent()) ?? '') as {
    resourceType: string;
    type: string;
    entry: { resource: { resourceType: string; subject?: { identifier?: { value?: string } } } }[];
  };
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
  const response = bundle.entry[0]?.resource;
  expect(response?.resourceType).toBe('QuestionnaireResponse');
  expect(response?.subject?.identifier?.value).toMatch(/^999\d{7}$/);
}

test.describe('the demo portal (plain HTML host)', () => {
  for (const pathway of examplePathways()) {
    test(`runs ${pathway.id} to its outcome and receives the summary, the JSON and the FHIR Bundle`, async ({
      page,
    }) => {
      const errors = collectPageErrors(page);
      const scenario = pathway.scenarios.at(-1);
      if (!scenario) throw new Error(`${pathway.id} has no scenarios`);
      await page.goto(portalUrl);
      await choose(page, pathway);
      const element = page.locator('careway-pathway');
      await runScenario(element, pathway, scenario.answers);
      await expect(element.locator('.care-card')).toContainText(
        outcomeTitle(pathway, scenario.expect.outcome),
      );
      await expectReceived(page, pathway, scenario.expect.outcome);
      await expect(page.locator('#event-log')).toContainText(`complete: ${scenario.expect.outcome}`);
      expect(errors).toEqual([]);
    });
  }

  test('keeps typed answers across a reload, for the same patient and pathway', async ({ page }) => {
    const pathway = examplePathways().find((p) => p.id === 'suspected-dvt');
    if (!pathway) throw new Error('no DVT pathway');
    await page.goto(portalUrl);
    await choose(page, pathway);
    const element = page.locator('careway-pathway');
    await element.locator('input[name="cw-pe_symptoms"][value="no"]').check();
    await page.reload();
    await choose(page, pathway);
    await expect(element.locator('input[name="cw-pe_symptoms"][value="no"]')).toBeChecked();
  });
});

test.describe('the demo portal (React host)', () => {
  test('runs a pathway to completion through the React wrapper', async ({ page }) => {
    const errors = collectPageErrors(page);
    const pathway = examplePathways().find((p) => p.id === 'suspected-lower-gi-cancer');
    if (!pathway) throw new Error('no lower GI pathway');
    const scenario = pathway.scenarios.at(-1);
    if (!scenario) throw new Error('no scenario');
    await page.goto(`${portalUrl}react.html`);
    await expect(page.getByText('Clinical system (React)')).toBeVisible();
    await choose(page, pathway);
    const element = page.locator('careway-pathway');
    await runScenario(element, pathway, scenario.answers);
    await expectReceived(page, pathway, scenario.expect.outcome);
    expect(errors).toEqual([]);
  });
});

test.describe('the demo portal’s usage records', () => {
  test('keeps one record per session, completed or abandoned, without answers or patient details, and downloads them', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const pathways = examplePathways();
    const dvt = pathways.find((p) => p.id === 'suspected-dvt');
    const gi = pathways.find((p) => p.id === 'suspected-lower-gi-cancer');
    const scenario = gi?.scenarios.at(-1);
    if (!dvt || !gi || !scenario) throw new Error('missing example pathways');
    await page.goto(portalUrl);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.locator('#usage-count')).toHaveText('No usage records yet.');
    // An abandoned session: the clinician starts the DVT pathway and switches to another.
    await choose(page, dvt);
    await page
      .locator('careway-pathway [data-field="pe_symptoms"]')
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await choose(page, gi);
    await expect(page.locator('#usage-count')).toContainText('usage record');
    // A completed one.
    await runScenario(page.locator('careway-pathway'), gi, scenario.answers);
    await expect(page.locator('#usage-count')).not.toHaveText('No usage records yet.');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download usage records' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('careway-usage.ndjson');
    const text = await readFile(await file.path(), 'utf8');
    const records = text
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            pathway: { id: string };
            status: string;
            outcome?: string;
            abandonedAt?: string;
          },
      );
    const dvtRecord = records.find((r) => r.pathway.id === 'suspected-dvt' && r.status === 'abandoned');
    expect(dvtRecord?.abandonedAt).toBe('initial');
    expect(records.find((r) => r.pathway.id === gi.id && r.status === 'completed')?.outcome).toBe(
      scenario.expect.outcome,
    );
    for (const secret of ['999 000', '9990001234', 'HUGHES', 'Margaret', '1958-03-14', 'PATEL'])
      expect(text, secret).not.toContain(secret);
    expect(errors).toEqual([]);
  });
});
