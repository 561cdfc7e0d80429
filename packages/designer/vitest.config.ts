import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs } from '../../scripts/chromium.mjs';

// Component tests run in Debian's Chromium through Playwright (no browser is downloaded);
// checks of the source itself run in Node.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@careway/source'] },
  // Pre-bundled up front so that Vite never reloads the page in the middle of a test run.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
      '@xyflow/react',
      'idb',
      'axe-core',
      'html-to-image',
      'html-to-image/es/apply-style.js',
      'html-to-image/es/clone-node.js',
      'html-to-image/es/embed-images.js',
      'html-to-image/es/embed-webfonts.js',
      'html-to-image/es/util.js',
      'elkjs/lib/elk-api.js',
      '@codemirror/state',
      '@codemirror/view',
      '@codemirror/autocomplete',
      '@codemirror/lint',
      '@codemirror/commands',
      'lit',
      'lit/decorators.js',
      '@careway/elements > @lit/react',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', 'src/**/*.node.test.ts'],
          setupFiles: ['./src/test-setup.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Checks of the source itself (its import graph, the lint rule that guards the editor core), in Node.
        test: { name: 'node', include: ['src/**/*.node.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
});
