import { defineConfig } from '@playwright/test';
import { chromiumArgs } from '../../scripts/chromium.mjs';

const port = Number(process.env.STORYBOOK_SMOKE_PORT ?? 6180);

// Every story and docs page of both Storybooks (the root one, React: designer
// and docs; the elements' one at /lit, web components), opened from the static
// build in Debian's Chromium: it must render with no console errors, and
// every story must pass axe's WCAG 2.x A and AA rules. No browser is downloaded.
export default defineConfig({
  testDir: '.',
  testMatch: ['*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // npm test names the JSON report through PLAYWRIGHT_JSON_OUTPUT_NAME; alone, it goes beside the results.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/storybook-smoke.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    viewport: { width: 1280, height: 900 },
    trace: 'off',
  },
  webServer: {
    command: 'node serve.mjs',
    url: `http://127.0.0.1:${port}/index.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    env: { STORYBOOK_SMOKE_PORT: String(port) },
  },
});
