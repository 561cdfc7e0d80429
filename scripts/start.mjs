// `npm start`: bring pnpm, install, build, then serve the designer and the demo
// portal on localhost and print both addresses. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { platform } from 'node:os';
import { root, step, run, ensurePnpm, installWorkspace } from './toolchain.mjs';

const apps = [
  { name: 'Designer', filter: '@careway/designer-app', url: 'http://127.0.0.1:4173/' },
  { name: 'Demo portal', filter: '@careway/demo-portal', url: 'http://127.0.0.1:4174/' },
];

try {
  const pnpm = ensurePnpm();
  if (process.env.CAREWAY_SKIP_INSTALL !== '1') installWorkspace(pnpm);
  step('Building the packages and apps');
  if (run(pnpm, ['-r', 'run', 'build']) !== 0) throw new Error('The build failed; see the messages above.');

  step('Serving');
  const children = apps.map((app) =>
    spawn(pnpm, ['--filter', app.filter, 'run', 'preview'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const stop = () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const child of children) {
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) {
        console.error(`A server stopped unexpectedly (exit ${code}). Is the port already in use?`);
        stop();
      }
    });
  }
  await Promise.all(apps.map((app) => waitFor(app.url)));
  console.log('');
  for (const app of apps) console.log(`  ${app.name.padEnd(12)} ${app.url}`);
  console.log('\n  Press Ctrl-C to stop.\n');
  if (process.env.CI !== 'true' && process.env.CAREWAY_NO_OPEN !== '1') openInBrowser(apps[0].url);
} catch (error) {
  console.error(`\nnpm start could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

async function waitFor(url) {
  for (let i = 0; i < 120; i += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 30 s.`);
}

function openInBrowser(url) {
  const opener = platform() === 'darwin' ? 'open' : platform() === 'win32' ? 'explorer' : 'xdg-open';
  if (platform() === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
