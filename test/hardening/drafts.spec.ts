import { test, expect, type Page } from '@playwright/test';
import { openPortalPathway } from '../e2e/support.js';
import { portalUrl, watchPage } from './host.js';

const DVT = 'Suspected deep vein thrombosis (two-level Wells score)';
const RESTORED = 'Your saved progress has been restored.';

/** Answers the first page's yes/no questions "No", as a clinician would click them. */
async function answerNo(page: Page): Promise<void> {
  const element = page.locator('careway-pathway');
  for (const field of ['pregnant_or_postpartum', 'pe_symptoms'])
    await element.locator(`[data-field="${field}"]`).getByRole('radio', { name: 'No', exact: true }).check();
}

function noChecked(page: Page) {
  return page
    .locator('careway-pathway [data-field="pe_symptoms"]')
    .getByRole('radio', { name: 'No', exact: true });
}

/** The stored drafts, as the next user of the workstation could read them. */
function drafts(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('careway-draft')));
}

/** Collects the element's careway-error codes in the page. */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __codes: string[] };
    w.__codes = [];
    document.addEventListener('careway-error', (e) =>
      w.__codes.push((e as CustomEvent<{ code: string }>).detail.code),
    );
  });
}

const codes = (page: Page) => page.evaluate(() => (window as unknown as { __codes: string[] }).__codes);

test.describe('drafts on a shared workstation', () => {
  test('one patient’s draft never shows for the next, under another key or the same one; each gets their own back', async ({
    page,
  }) => {
    const watched = watchPage(page);
    await page.goto(portalUrl);
    await listen(page);
    await openPortalPathway(page, DVT);
    await answerNo(page);
    await expect.poll(async () => (await drafts(page)).length).toBe(1);

    // The next patient (a new encounter, a new key and context together).
    await page.locator('select#patient').selectOption({ label: 'Aisha RAHMAN' });
    const element = page.locator('careway-pathway');
    await expect(element.getByText(RESTORED)).toHaveCount(0);
    await expect(noChecked(page)).not.toBeChecked();

    // The same key, another patient's context: a host that reused a key is told, nothing is shown.
    await page.locator('select#patient').selectOption({ label: 'Margaret HUGHES' });
    await expect(element.getByText(RESTORED)).toBeVisible();
    await expect(noChecked(page)).toBeChecked();
    await page.evaluate(() => {
      const el = document.querySelector('careway-pathway') as HTMLElement & {
        context: Record<string, unknown>;
      };
      el.context = { ...el.context, patient: { name: 'Oliver BENNETT', nhsNumber: '9990002345' } };
    });
    await expect(element.getByText(RESTORED)).toHaveCount(0);
    await expect(noChecked(page)).not.toBeChecked();
    expect(await codes(page)).toContain('draft_other_patient');
    expect(watched.errors).toEqual([]);
  });

  test('what is stored names nobody and reads as nothing; a day later it is gone; purgeDrafts() clears all', async ({
    page,
  }) => {
    await page.goto(portalUrl);
    await openPortalPathway(page, DVT);
    await answerNo(page);
    const age = page.locator('careway-pathway').getByRole('textbox', { name: 'Age' });
    await age.fill('');
    await age.pressSequentially('73');
    await expect
      .poll(async () => (await drafts(page)).map(([, value]) => value).join('\n'))
      .toContain('"formatVersion":2');
    const stored = (await drafts(page)).flat().join('\n');
    for (const clear of ['9990001234', 'HUGHES', 'Margaret', '1958', 'pe_symptoms', '"73"'])
      expect(stored, clear).not.toContain(clear);

    // The next morning, 13 hours on: nothing comes back, and the draft is purged on load.
    await page.addInitScript(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + 13 * 3_600_000;
    });
    await page.reload();
    await openPortalPathway(page, DVT);
    await expect(page.locator('careway-pathway').getByText(RESTORED)).toHaveCount(0);
    await expect(noChecked(page)).not.toBeChecked();
    await expect.poll(async () => (await drafts(page)).length).toBe(0);

    // Log-out: the host purges every draft.
    await answerNo(page);
    await expect.poll(async () => (await drafts(page)).length).toBe(1);
    const purged = await page.evaluate(() =>
      (
        customElements.get('careway-pathway') as unknown as {
          purgeDrafts(): Promise<{ removed: number; complete: boolean }>;
        }
      ).purgeDrafts(),
    );
    expect(purged).toEqual({ removed: 1, complete: true });
    expect(await drafts(page)).toEqual([]);
  });
});
