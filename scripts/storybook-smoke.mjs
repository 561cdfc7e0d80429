// The `storybook` suite of `npm test`: build both Storybooks, then open every
// story and docs page in Chromium (test/storybook/). A failed build fails the
// suite: the smoke tests do not run and no report is written.
import { join } from 'node:path';
import { buildStorybook } from './build-storybook.mjs';
import { root, run } from './toolchain.mjs';

const built = buildStorybook();
if (built !== 0) {
  console.error('Storybook did not build, so its stories were not smoke-tested.');
  process.exit(built);
}
const playwright = join(root, 'test', 'node_modules', '.bin', 'playwright');
process.exit(run(playwright, ['test', '-c', 'storybook/playwright.config.ts'], { cwd: join(root, 'test') }));
