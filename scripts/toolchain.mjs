// Shared by `npm start` and `npm test`: bring the pinned pnpm, install the
// workspace from the lockfile, and find (or install) Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .packageManager.split('@')[1]
  .split('+')[0];
const toolsDir = join(root, '.cache', 'tools');
const localPnpm = join(toolsDir, 'node_modules', '.bin', 'pnpm');

/** Print a step heading, so that a long log reads as a list of steps. */
export function step(title) {
  console.log(`\n\u2500\u2500 ${title}`);
}

/** Run a command in the foreground, inheriting the terminal; returns its exit status. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) {
    console.error(`Could not run ${cmd}: ${result.error.message}`);
    return 127;
  }
  return result.status ?? 1;
}

function versionOf(cmd) {
  const result = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

// Tools started by the scripts' children (Playwright's web servers, package
// scripts) call `pnpm` by name, so the local one must be on their PATH too.
function useLocalPnpm() {
  process.env.PATH = `${dirname(localPnpm)}${delimiter}${process.env.PATH ?? ''}`;
  return localPnpm;
}

/**
 * The path of a pnpm at the pinned version, installing it under .cache/tools
 * when needed; a local one is also put first on this process's PATH.
 */
export function ensurePnpm() {
  if (versionOf('pnpm') === pinned) return 'pnpm';
  if (versionOf(localPnpm) === pinned) return useLocalPnpm();
  step(`Installing pnpm ${pinned} into .cache/tools`);
  mkdirSync(toolsDir, { recursive: true });
  const status = run('npm', [
    'install',
    '--prefix',
    toolsDir,
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `pnpm@${pinned}`,
  ]);
  if (status !== 0 || versionOf(localPnpm) !== pinned) {
    throw new Error(`Could not install pnpm ${pinned} with npm. Check access to the npm registry.`);
  }
  return useLocalPnpm();
}

/** Install the workspace exactly as the lockfile says. */
export function installWorkspace(pnpm) {
  step('Installing dependencies (pnpm install --frozen-lockfile)');
  const status = run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline']);
  if (status !== 0) throw new Error('pnpm install failed; see the messages above.');
}

/** Debian's Chromium at /usr/bin/chromium (or $CHROMIUM_PATH), installed with apt when missing. */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  step('Installing Debian\u2019s chromium with apt (needed by the browser tests)');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? ['apt-get'] : ['sudo', 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => run(prefix[0], [...prefix.slice(1), ...args], { env });
  if (apt('update', '-qq') !== 0 || apt('install', '-y', '-qq', 'chromium') !== 0) {
    throw new Error(
      'Could not install chromium with apt-get. Install Debian\u2019s "chromium" package, or set CHROMIUM_PATH.',
    );
  }
  if (!existsSync(path))
    throw new Error(`chromium was installed but ${path} does not exist; set CHROMIUM_PATH.`);
  return path;
}
