// `pnpm storybook`: the root Storybook (React: designer, docs and examples) on
// :6006 with the elements' Storybook (web components) on :6007 composed into it.
// The example HTML pages' script-tag bundles are built first (see build-storybook.mjs).
import { spawn } from 'node:child_process';
import { buildVendor } from './build-storybook.mjs';
import { root } from './toolchain.mjs';

if (buildVendor() !== 0) {
  console.error('Could not build the bundles the example pages load; see the messages above.');
  process.exit(1);
}

const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
const servers = [
  ['storybook', 'dev', '-p', '6006', '--no-open'],
  ['storybook', 'dev', '-p', '6007', '--no-open', '-c', 'packages/elements/.storybook'],
].map((args) => spawn('pnpm', ['exec', ...args], { cwd: root, stdio: 'inherit', env }));

const stop = () => {
  for (const server of servers) server.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
console.log('Storybook: http://localhost:6006 (elements composed from http://localhost:6007)');
