import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page, to assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const designerUrl = 'http://127.0.0.1:4173/';
export const portalUrl = 'http://127.0.0.1:4174/';

/** Chooses a patient in the demo portal's banner (changing patient abandons the open session). */
export async function choosePatient(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Patient' }).selectOption({ label: name });
}

/** Opens a pathway from the demo portal's picker, by its title, and waits for its heading. */
export async function openPortalPathway(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Referral pathways' })
    .getByRole('button', { name: title })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
