import type { Page } from '@playwright/test';

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
