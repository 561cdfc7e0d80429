// `pnpm storybook`: the root Storybook (React: designer and docs) on :6006 with
// the elements' Storybook (web components) on :6007 composed into it.
import { spawn } from 'node:child_process';
import { root } from './toolchain.mjs';

const servers = [
  ['storybook', 'dev', '-p', '6006', '--no-open'],
  ['storybook', 'dev', '-p', '6007', '--no-open', '-c', 'packages/elements/.storybook'],
].map((args) => spawn('pnpm', ['exec', ...args], { cwd: root, stdio: 'inherit' }));

const stop = () => {
  for (const server of servers) server.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
console.log('Storybook: http://localhost:6006 (elements composed from http://localhost:6007)');
