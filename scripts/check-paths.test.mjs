// The paths check (scripts/check-paths.mjs) on small repositories made for
// the purpose: it names file and line of every path outside the repository,
// and lets system paths and paths inside the repository through.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { checkRepository, findOutsidePaths } from './check-paths.mjs';

// The folder beside the repository the check guards against, spelled in pieces so that this file
// itself names no path outside the repository.
const S = ['sha', 'red'].join('');
const checker = join(dirname(fileURLToPath(import.meta.url)), 'check-paths.mjs');
const made = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A git repository in a fresh temporary folder holding `files` (path → content), all added to the index. */
function repository(files, { force = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'careway-paths-'));
  made.push(dir);
  const root = join(dir, 'repo');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  if (force.length) git('add', '-f', ...force);
  return root;
}

/** The findings for one file's text, as "line: path". */
function check(text, file = 'packages/core/src/fhir/a.ts', packageDir = 'packages/core') {
  const root = '/srv/careway';
  return findOutsidePaths(text, { root, file, packageDir: join(root, packageDir) }).map(
    (f) => `${f.line}: ${f.path}`,
  );
}

describe('findOutsidePaths', () => {
  it('finds a folder beside the repository built with join()', () => {
    const text = [
      'const here = dirname(fileURLToPath(import.meta.url));',
      "export const repoRoot = join(here, '..', '..', '..', '..');",
      `export const lformsDir = join(repoRoot, '..', '${S}', 'fixtures', 'fhir', 'lforms');`,
      "const ok = join(here, '..', '..', 'test', 'fhir');",
    ].join('\n');
    assert.deepEqual(check(text), [`3: ../${S}/fixtures/fhir/lforms`]);
  });

  it('finds a climb into the folder beside the repository from a base it cannot follow', () => {
    assert.deepEqual(check(`readFileSync(path.join(process.env.X, '..', '${S}', 'a.json'));`), [
      `1: process.env.X, '..', '${S}', 'a.json'`,
    ]);
  });

  it('finds relative paths that climb out from the file, or from the package when tools run there', () => {
    const text = [
      "import data from '../../../../../outside.json';",
      "const u = new URL('../../../../../x/', import.meta.url);",
      "readFileSync('../../../fixtures/a.json');",
      '[notes](../../../../../notes.md)',
    ].join('\n');
    assert.deepEqual(check(text), [
      '1: ../../../../../outside.json',
      '2: ../../../../../x/',
      '3: ../../../fixtures/a.json',
      '4: ../../../../../notes.md',
    ]);
  });

  it('finds a package script that runs outside its package', () => {
    const json = '{ "scripts": { "test": "vitest --dir ../../../elsewhere" } }';
    assert.deepEqual(check(json, 'packages/cli/package.json', 'packages/cli'), ['1: ../../../elsewhere']);
  });

  it('finds absolute paths into the work folder and home folders', () => {
    const text = [
      `const a = '/work/${S}/fixtures';`,
      'const b = "/home/alice/forms.json";',
      "const c = 'file:///work/main/x';",
      "const d = '~/careway/cache';",
      'const e = `${process.env.HOME}/x`;',
      "const f = '/root/.npmrc';",
    ].join('\n');
    assert.deepEqual(check(text), [
      `1: /work/${S}/fixtures`,
      '2: /home/alice/forms.json',
      '3: /work/main/x',
      '4: ~/careway/cache',
      '5: process.env.HOME',
      '6: /root/.npmrc',
    ]);
  });

  it('lets system paths, URLs and paths inside the repository through', () => {
    const text = [
      "const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';",
      'const bin = "/usr/lib/postgresql/15/bin";',
      "const out = '/tmp/careway-x'; const none = '/dev/null'; const me = '/proc/self/status';",
      "const site = 'https://example.org/work/home/root';",
      "import { x } from '../../expr/parser.js';",
      "const pathways = new URL('../../../../pathways/', import.meta.url);",
      "const up = join(here, '..', '..', 'test');",
      "const args = [...list]; if (segment === '..') parts.pop();",
      'see docs/work/notes and packages/home/page.ts',
    ].join('\n');
    assert.deepEqual(check(text), []);
  });
});

describe('checkRepository', () => {
  const files = {
    'package.json': '{ "name": "x" }',
    '.gitignore': 'node_modules/\ndist/\n.cache/\n',
    'README.md': 'See [the guide](docs/guide.md).\n',
    'docs/guide.md': 'Read [the format](../README.md).\n',
    '.storybook/main.ts': "export default { stories: ['../docs/**/*.mdx'], static: ['../.cache/vendor'] };\n",
    'packages/core/package.json': '{ "name": "core" }',
    'packages/core/src/a.ts': `const ok = '/usr/bin/chromium';\nconst bad = '/work/${S}/x.json';\n`,
    'packages/core/test/b.test.ts': `\n\nreadFileSync('../../../${S}/fixtures/a.json');\n`,
    'pnpm-lock.yaml': `resolution: '/work/${S}/pkg.tgz'\n`,
    'packages/core/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x2f, 0x77, 0x6f, 0x72, 0x6b, 0x2f]),
    'packages/core/node_modules/dep/index.js': "require('/work/x');\n",
    'packages/core/dist/index.js': "require('/work/x');\n",
  };

  it('names file and line of each path outside, and skips lockfiles, binaries and built files', () => {
    const root = repository(files, {
      force: ['packages/core/node_modules/dep/index.js', 'packages/core/dist/index.js'],
    });
    const { files: checked, findings } = checkRepository(root);
    assert.ok(checked >= 10);
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line}: ${f.path}`),
      [
        `packages/core/src/a.ts:2: /work/${S}/x.json`,
        `packages/core/test/b.test.ts:3: ../../../${S}/fixtures/a.json`,
      ],
    );
  });

  it('fails from the command line with file and line, and passes on a clean repository', () => {
    const bad = repository(files);
    const failed = spawnSync(process.execPath, [checker, bad], { encoding: 'utf8' });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, new RegExp(`^packages/core/src/a\\.ts:2: /work/${S}/x\\.json`, 'm'));
    assert.match(failed.stderr, /^packages\/core\/test\/b\.test\.ts:3: /m);

    const clean = repository({ 'package.json': '{}', 'src/a.ts': "import x from './b.js';\n" });
    const passed = spawnSync(process.execPath, [checker, clean], { encoding: 'utf8' });
    assert.equal(passed.status, 0, passed.stderr);
    assert.match(passed.stdout, /2 files name no path outside the repository/);
  });
});
