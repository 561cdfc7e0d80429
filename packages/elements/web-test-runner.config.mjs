// Component tests for the Careway elements, in Debian's Chromium (never a downloaded browser).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countsReporter } from '../../scripts/wtr-counts-reporter.mjs';
import { measureBundle, measureCoreWithEsbuild } from './scripts/bundle-size.mjs';
import { chromiumArgs } from '../../scripts/chromium.mjs';
import { singleFileBuilds } from './scripts/single-file-builds.mjs';

/** The bodies the usage sink endpoint has received. */
const usageBeacons = [];

/** The policy the strict-CSP page is served with, as a real response header. */
export const STRICT_CSP = "script-src 'self'; style-src 'self'";

/**
 * The Trusted Types page's policies, one per set-up (`?setup=`): the strict policy, Trusted Types
 * required, and the policy names that set-up needs (docs/security.md); `refused` leaves out Careway's.
 */
export const TRUSTED_TYPES_CSP = {
  alone: 'careway',
  'lit-host': 'lit-html careway',
  'two-versions': 'careway careway-scoped',
  'lit-host-two-versions': 'lit-html careway careway-scoped',
  refused: 'lit-html',
};

export default {
  // Served from the repository root so that tests can fetch the example pathways in /pathways.
  rootDir: fileURLToPath(new URL('../../', import.meta.url)),
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@careway/source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  middleware: [
    // A host's usage endpoint: keeps what sendBeacon delivers, so that a test can read it back.
    async function usageSink(context, next) {
      if (context.path === '/__careway__/usage-sink' && context.method === 'POST') {
        const chunks = [];
        for await (const chunk of context.req) chunks.push(chunk);
        usageBeacons.push(Buffer.concat(chunks).toString('utf8'));
        context.status = 204;
        return;
      }
      if (context.path === '/__careway__/usage-sink/received') {
        context.body = JSON.stringify(usageBeacons);
        context.type = 'json';
        return;
      }
      await next();
    },
    async function strictCsp(context, next) {
      await next();
      if (context.path.endsWith('/test-support/csp-page.html')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
      const names = TRUSTED_TYPES_CSP[context.query.setup];
      if (context.path.endsWith('/test-support/trusted-types-page.html') && names) {
        context.set(
          'Content-Security-Policy',
          `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types ${names}`,
        );
      }
    },
  ],
  plugins: [
    {
      // Lists the example pathways so that a test can run every one of them.
      name: 'careway-example-pathways',
      serve(context) {
        if (context.path !== '/__careway__/example-pathways.json') return undefined;
        const dir = fileURLToPath(new URL('../../pathways/', import.meta.url));
        const files = readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort();
        return { body: JSON.stringify(files), type: 'json' };
      },
    },
    {
      // Builds the single-file bundle and reports its size, for the size-budget test.
      name: 'careway-bundle-size',
      async serve(context) {
        if (context.path !== '/__careway__/bundle-size.json') return undefined;
        const measured = {
          ...(await measureBundle({ byOrigin: true })),
          esbuild: await measureCoreWithEsbuild(),
        };
        return { body: JSON.stringify(measured), type: 'json' };
      },
    },
    {
      // Careway's single-file builds, built from the current source, for the Trusted Types page.
      name: 'careway-single-file-builds',
      async serve(context) {
        const file = /^\/__careway__\/single-file\/([\w.-]+\.js)$/.exec(context.path)?.[1];
        if (!file) return undefined;
        const code = (await singleFileBuilds()).get(file);
        return code === undefined ? undefined : { body: code, type: 'js' };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countsReporter(process.env.CAREWAY_COUNTS_FILE),
  ],
};
