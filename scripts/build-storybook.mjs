// `pnpm build-storybook`: both Storybooks, offline, quietly, with telemetry off:
// the root one (designer, docs, examples) into storybook-static/, then the
// elements' one into storybook-static/lit (the root build empties its folder).
// First it builds the single-file bundles that the example HTML pages load
// with a script tag, into .cache/storybook/vendor/ (served at /vendor/).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, run, step } from './toolchain.mjs';

/** Where the example pages' `/vendor/` files are built. */
export const vendorDir = join(root, '.cache', 'storybook', 'vendor');

const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };

/**
 * Builds `careway.js` (registers the elements) into vendor/careway/ and
 * `careway-scoped.js` (registers nothing) into vendor/careway-v2/.
 * Returns the exit status.
 */
export function buildVendor() {
  const elements = join(root, 'packages', 'elements');
  const bundle = (outDir, ...extra) =>
    run(
      bin('vite'),
      [
        'build',
        '-c',
        'vite.bundle.config.ts',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
        ...extra,
      ],
      { cwd: elements, env },
    );
  return bundle(join(vendorDir, 'careway')) || bundle(join(vendorDir, 'careway-v2'), '--mode', 'scoped');
}

/** Builds the bundles and both Storybooks; returns the exit status. */
export function buildStorybook() {
  step('Building the example bundles and both Storybooks');
  const storybook = (...args) =>
    run(bin('storybook'), ['build', '--quiet', '--disable-telemetry', '--loglevel', 'warn', ...args], {
      env,
    });
  return (
    buildVendor() ||
    storybook('-o', 'storybook-static') ||
    storybook('-c', 'packages/elements/.storybook', '-o', 'storybook-static/lit')
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(buildStorybook());
