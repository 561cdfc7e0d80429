// `npm test`: install what the tests need, then run typecheck, lint, every unit,
// component and end-to-end suite, and end with one line "N passed, N failed".
import { mkdirSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { root, step, run, ensurePnpm, installWorkspace, ensureChromium } from './toolchain.mjs';

const only = process.argv.slice(2); // `npm test -- core e2e` runs only the named suites
const countsDir = join(root, '.cache', 'test-counts');
rmSync(countsDir, { recursive: true, force: true });
mkdirSync(countsDir, { recursive: true });

const pnpm = ensurePnpm();
if (process.env.CAREWAY_SKIP_INSTALL !== '1') installWorkspace(pnpm);
const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' };

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const countsFrom = {
  check: (status) => (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }),
  vitest: (status, file) => {
    const report = readJson(file);
    if (!report) return { passed: 0, failed: 1 };
    const brokenFiles = (report.testResults ?? []).filter(
      (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
    ).length;
    const counts = { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  },
  wtr: (status, file) => {
    const report = readJson(file);
    if (!report) return { passed: 0, failed: 1 };
    return { passed: report.passed, failed: report.failed || (status !== 0 ? 1 : 0) };
  },
  node: (status, file) => {
    const tap = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const count = (what) => Number(new RegExp(`^# ${what} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
    const counts = { passed: count('pass'), failed: count('fail') };
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  },
  playwright: (status, file) => {
    const report = readJson(file);
    if (!report?.stats) return { passed: 0, failed: 1 };
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    return { passed: expected + flaky, failed: unexpected || (status !== 0 ? 1 : 0) };
  },
};

const workspacePackages = ['packages', 'apps']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(dir, name)))
  .concat(['test', 'bench'])
  .filter((dir) => existsSync(join(root, dir, 'package.json')));

function hasScript(dir, script) {
  return Boolean(readJson(join(root, dir, 'package.json'))?.scripts?.[script]);
}

const vitestArgs = (name) => [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(countsDir, `${name}.json`)}`,
];

// Named suites on a clone that has never been built (`npm test -- cli`) build first: the CLI, the
// browser suites and the end-to-end tests run the packages' builds.
const BUILT_BY_SUITES = ['cli', 'elements', 'designer', 'e2e', 'storybook', 'typecheck'];
const unbuilt = workspacePackages.some(
  (dir) => hasScript(dir, 'build') && dir.startsWith('packages/') && !existsSync(join(root, dir, 'dist')),
);
function needsBuild(suite) {
  return (
    suite.name === 'build' &&
    unbuilt &&
    only.some((o) => BUILT_BY_SUITES.some((name) => name.startsWith(o) || o.startsWith(name)))
  );
}

const suites = [
  { name: 'build', kind: 'check', cwd: '.', cmd: pnpm, args: ['-r', 'run', 'build'] },
  ...workspacePackages
    .filter((dir) => hasScript(dir, 'typecheck'))
    .map((dir) => ({
      name: `typecheck ${dir}`,
      group: 'typecheck',
      kind: 'check',
      cwd: dir,
      cmd: pnpm,
      args: ['run', 'typecheck'],
    })),
  { name: 'lint', kind: 'check', cwd: '.', cmd: pnpm, args: ['exec', 'eslint', '.', '--max-warnings', '0'] },
  {
    name: 'format',
    group: 'lint',
    kind: 'check',
    cwd: '.',
    cmd: pnpm,
    args: ['exec', 'prettier', '--check', '.'],
  },
  // The project reads nothing outside the repository (scripts/check-paths.mjs), and the check's own tests.
  { name: 'paths', kind: 'check', cwd: '.', cmd: process.execPath, args: ['scripts/check-paths.mjs'] },
  {
    name: 'paths checker',
    group: 'paths',
    kind: 'node',
    cwd: '.',
    cmd: process.execPath,
    args: (file) => [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${file}`,
      'scripts/check-paths.test.mjs',
    ],
  },
  { name: 'core', kind: 'vitest', cwd: 'packages/core', cmd: pnpm, args: vitestArgs('core') },
  { name: 'cli', kind: 'vitest', cwd: 'packages/cli', cmd: pnpm, args: vitestArgs('cli') },
  { name: 'elements', kind: 'wtr', cwd: 'packages/elements', cmd: pnpm, args: ['exec', 'web-test-runner'] },
  { name: 'designer', kind: 'vitest', cwd: 'packages/designer', cmd: pnpm, args: vitestArgs('designer') },
  { name: 'e2e', kind: 'playwright', cwd: 'test', cmd: pnpm, args: ['exec', 'playwright', 'test'] },
  {
    name: 'storybook',
    kind: 'playwright',
    cwd: '.',
    cmd: process.execPath,
    args: ['scripts/storybook-smoke.mjs'],
  },
].filter(
  (s) => only.length === 0 || only.some((o) => s.name.startsWith(o) || s.group === o) || needsBuild(s),
);

const results = [];
for (const suite of suites) {
  step(`${suite.name}`);
  const file = join(countsDir, `${suite.name.replace(/\W+/g, '-')}.json`);
  const started = performance.now();
  const status = run(suite.cmd, typeof suite.args === 'function' ? suite.args(file) : suite.args, {
    cwd: join(root, suite.cwd),
    env: {
      ...env,
      CAREWAY_COUNTS_FILE: file,
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
    },
  });
  const reportFile = suite.kind === 'vitest' ? join(countsDir, `${suite.name}.json`) : file;
  const counts = countsFrom[suite.kind](status, reportFile);
  results.push({ ...suite, ...counts, seconds: (performance.now() - started) / 1000 });
}

step('Summary');
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  const mark = r.failed > 0 ? 'FAIL' : 'ok  ';
  console.log(
    `${mark} ${r.name.padEnd(width)}  ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)} s`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
