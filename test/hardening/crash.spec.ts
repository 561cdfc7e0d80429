import { test, expect, type Page } from '@playwright/test';
import { openPortalPathway } from '../e2e/support.js';
import { portalUrl, watchPage } from './host.js';

const DVT = 'Suspected deep vein thrombosis (two-level Wells score)';

/** Answers the first page's yes/no questions "No", as a clinician would click them. */
async function answerNo(page: Page): Promise<void> {
  const element = page.locator('careway-pathway');
  for (const field of ['pregnant_or_postpartum', 'pe_symptoms'])
    await element.locator(`[data-field="${field}"]`).getByRole('radio', { name: 'No', exact: true }).check();
}

async function openDvt(page: Page): Promise<void> {
  await page.goto(portalUrl);
  await openPortalPathway(page, DVT);
}

test.describe('a crash mid-entry with draft-key', () => {
  test('the tab is killed while the clinician is typing; a new tab has every answer back, as typed', async ({
    context,
  }) => {
    const page = await context.newPage();
    // The tab that will find the work again, open before the crash as a clinician's other tab would be.
    const again = await context.newPage();
    await openDvt(page);
    const element = page.locator('careway-pathway');
    await answerNo(page);
    const age = element.getByRole('textbox', { name: 'Age' });
    await age.fill('');
    await age.pressSequentially('73');
    // No blur, no Continue: the last keystroke is all there is, and it is already in the draft, sealed...
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            Object.entries(localStorage).find(
              ([key]) => key.startsWith('careway-draft:') && key.endsWith(':suspected-dvt'),
            )?.[1] ?? '',
        ),
      )
      .toContain('"formatVersion":2');
    const stored = await page.evaluate(() =>
      JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith('careway-draft'))),
    );
    // ...under an opaque encounter id, with nothing of the patient or the answers readable.
    for (const clear of ['9990001234', 'HUGHES', 'typed', '"age"', 'pregnant_or_postpartum', 'pe_symptoms'])
      expect(stored, clear).not.toContain(clear);
    // ...so that the tab can be killed outright, with no unload handler given a chance to run.
    await page.close({ runBeforeUnload: false });

    const watched = watchPage(again);
    await openDvt(again);
    const restored = again.locator('careway-pathway');
    await expect(restored.getByText('Your saved progress has been restored.')).toBeVisible();
    await expect(restored.getByRole('textbox', { name: 'Age' })).toHaveValue('73');
    await expect(
      restored.locator('[data-field="pe_symptoms"]').getByRole('radio', { name: 'No', exact: true }),
    ).toBeChecked();
    await restored.getByRole('button', { name: 'Continue' }).click();
    await expect(restored.locator('[data-error-summary]')).toHaveCount(0);
    expect(watched.errors).toEqual([]);
  });

  test('a reload mid-way through a long pathway comes back on the same page with the same answers', async ({
    page,
  }) => {
    await openDvt(page);
    const element = page.locator('careway-pathway');
    await answerNo(page);
    await element.getByRole('button', { name: 'Continue' }).click();
    const heading = element.locator('[data-heading]');
    await expect(heading).not.toHaveText('Before scoring');
    const second = (await heading.textContent()) ?? '';
    await page.reload();
    await openPortalPathway(page, DVT);
    await expect(heading).toHaveText(second);
    await element
      .getByRole('link', { name: 'Back' })
      .or(element.getByRole('button', { name: 'Back' }))
      .click();
    await expect(
      element.locator('[data-field="pe_symptoms"]').getByRole('radio', { name: 'No', exact: true }),
    ).toBeChecked();
  });
});
