import { defineConfig } from '@playwright/test';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { designerPort, designerUrl, portalPort, portalUrl } from './e2e/support.js';

// End-to-end tests drive the built apps, served exactly as `npm start` serves
// them, in Debian's Chromium. No browser is ever downloaded.
export default defineConfig({
  // The apps end to end (e2e/) and the attacks and faults they must withstand (hardening/).
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'hardening/**/*.spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
  },
  webServer: [
    {
      command: `pnpm --filter @careway/designer-app exec vite preview --host 127.0.0.1 --port ${designerPort} --strictPort`,
      url: designerUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `pnpm --filter @careway/demo-portal exec vite preview --host 127.0.0.1 --port ${portalPort} --strictPort`,
      url: portalUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
