// Every code sample in the embedding and authoring guides is exercised: it
// appears (whitespace aside) in an example under docs/embedding/examples/,
// and every example there is run by a Storybook story, which the stories
// spec opens in Chromium. A sample that cannot run as written (its file names
// or hashes are illustrative) is listed below with the example that runs it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const examplesDir = join(repo, 'docs', 'embedding', 'examples');
const storiesDir = join(repo, 'docs', 'storybook', 'examples');
const languages = new Set(['html', 'ts', 'tsx', 'js', 'css', 'vue']);

/** Samples with illustrative values, by a phrase they contain, and the example that runs them with real ones. */
const illustrative = [
  {
    guide: 'docs/embedding/README.md',
    contains: '<script type="module" src="/vendor/careway/careway.js"></script>',
    ranBy: 'docs/embedding/examples/html/script-tag.html',
    why: 'its file name and integrity are illustrative; the example uses pathways/suspected-dvt.json and its hash',
  },
  {
    guide: 'docs/embedding/README.md',
    contains: "defineCareway({ prefix: 'careway-v2' });\n</script>",
    ranBy: 'docs/embedding/examples/html/two-versions.html',
    why: 'its pathway file names are illustrative',
  },
  {
    guide: 'docs/embedding/README.md',
    contains:
      "import { CarewayPathway } from '@careway/elements/react';\n\nexport function Triage({ pathway, patient })",
    ranBy: 'docs/embedding/examples/react/Triage.tsx',
    why: 'it is the untyped outline of the React guide’s component',
  },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function samples(markdown: string): { language: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    language: m[1] ?? '',
    code: m[2] ?? '',
  }));
}

const squash = (text: string) => text.replace(/\s+/g, '');
const examples = filesUnder(examplesDir).map((path) => ({ path, text: squash(readFileSync(path, 'utf8')) }));
const guides = [
  ...readdirSync(join(repo, 'docs', 'embedding'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', 'embedding', name)),
  'docs/authoring/accessibility.md',
  'docs/authoring/clinical-safety.md',
];

test.describe('the guides’ code samples', () => {
  for (const guide of guides) {
    test(`${guide}: every sample is in an example a story runs`, () => {
      const missing: string[] = [];
      for (const { language, code } of samples(readFileSync(join(repo, guide), 'utf8'))) {
        if (!languages.has(language)) continue;
        const known = illustrative.find((i) => i.guide === guide && code.includes(i.contains));
        if (known) {
          expect(readFileSync(join(repo, known.ranBy), 'utf8').length, known.ranBy).toBeGreaterThan(0);
          continue;
        }
        if (!examples.some((e) => e.text.includes(squash(code))))
          missing.push(`${language}: ${code.slice(0, 120)}…`);
      }
      expect(missing, `samples of ${guide} found in no file of docs/embedding/examples/`).toEqual([]);
    });
  }

  test('every example is run by a story', () => {
    const stories = readdirSync(storiesDir)
      .filter((name) => name.endsWith('.stories.tsx'))
      .map((name) => readFileSync(join(storiesDir, name), 'utf8'))
      .join('\n');
    const unused = examples
      .map((e) => relative(examplesDir, e.path))
      .filter((path) => !path.endsWith('vite.config.ts'))
      .filter((path) => {
        const withoutExtension = path.replace(/\.(tsx?|vue|css|html)$/, '');
        const served =
          path.startsWith('html/') && stories.includes(`/examples/${path.slice('html/'.length)}`);
        return !served && !stories.includes(`examples/${withoutExtension}`);
      });
    expect(unused, 'examples no story imports or opens').toEqual([]);
    // The Vue guide's Vite config is the one the Storybook build compiles the Vue example with.
    expect(readFileSync(join(repo, '.storybook', 'main.ts'), 'utf8')).toContain(
      'docs/embedding/examples/vue/vite.config.ts',
    );
  });

  test('the script-tag example names the integrity of the file it loads', () => {
    const page = readFileSync(join(examplesDir, 'html', 'script-tag.html'), 'utf8');
    const file = readFileSync(join(repo, 'pathways', 'suspected-dvt.json'));
    const integrity = `sha256-${createHash('sha256').update(file).digest('base64')}`;
    expect(page, 'update integrity="…" in docs/embedding/examples/html/script-tag.html').toContain(
      `integrity="${integrity}"`,
    );
  });

  test('the examples and stories type-check (docs/storybook/tsconfig.json)', () => {
    test.setTimeout(90_000);
    const tsc = join(repo, 'node_modules', '.bin', 'tsc');
    const result = spawnSync(tsc, ['-p', join(repo, 'docs', 'storybook', 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`.trim(), 'tsc').toBe('');
    expect(result.status).toBe(0);
  });
});
