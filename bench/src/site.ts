/**
 * Builds the benchmark site into bench/dist/site: the three pages, their
 * scripts (bundled with esbuild) and the generated forms. The runtimes
 * themselves are served from where they are installed (see serve.ts).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { importQuestionnaire } from '@careway/core';
import { generateQuestionnaire, type GeneratedForm } from './generate.js';
import { toSurveyJs } from './to-surveyjs.js';

/** The bench package's folder. */
export const BENCH_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the site is written. */
export const SITE = fileURLToPath(new URL('../dist/site/', import.meta.url));
/** Careway's single-file build, which the bench measures as shipped. */
export const CAREWAY_JS = fileURLToPath(new URL('../../packages/elements/dist/careway.js', import.meta.url));

/** The runtimes compared, in table order. */
export const RUNTIMES = ['careway', 'lforms', 'surveyjs'] as const;
/** One of {@link RUNTIMES}. */
export type Runtime = (typeof RUNTIMES)[number];
/** How the tables name each runtime. */
export const RUNTIME_NAMES: Record<Runtime, string> = {
  careway: 'Careway',
  lforms: 'LHC-Forms',
  surveyjs: 'SurveyJS',
};

const HEAD: Record<Runtime, string[]> = {
  careway: [
    '<script type="module" src="/vendor/careway/careway.js"></script>',
    '<script type="module" src="/careway-page.js"></script>',
  ],
  // The files and order of LHC-Forms' README ("Using the LHC-Forms Web Component").
  lforms: [
    '<link rel="stylesheet" href="/vendor/lforms/webcomponent/styles.css">',
    '<script src="/vendor/lforms/webcomponent/assets/lib/zone.min.js"></script>',
    '<script type="module" src="/vendor/lforms/webcomponent/runtime.js"></script>',
    '<script type="module" src="/vendor/lforms/webcomponent/polyfills.js"></script>',
    '<script type="module" src="/vendor/lforms/webcomponent/main.js"></script>',
    '<script defer src="/vendor/lforms/fhir/R4/lformsFHIR.min.js"></script>',
    '<script type="module" src="/lforms-page.js"></script>',
  ],
  // SurveyJS's plain-JavaScript set-up; the fontless theme, since its default one fetches Google Fonts.
  surveyjs: [
    '<link rel="stylesheet" href="/vendor/survey-core/survey-core.fontless.min.css">',
    '<script defer src="/vendor/survey-core/survey.core.min.js"></script>',
    '<script defer src="/vendor/survey-js-ui/survey-js-ui.min.js"></script>',
    '<script type="module" src="/surveyjs-page.js"></script>',
  ],
};

function page(runtime: Runtime): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${RUNTIME_NAMES[runtime]} benchmark</title>`,
    '<script src="/harness.js"></script>',
    ...HEAD[runtime],
    '</head>',
    '<body><main id="form"></main></body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Bundles one page script into the site with Vite, as Careway's own
 * single-file build is made (same conditions, target and minifier), so that
 * the code a page adds is counted at its best.
 */
async function bundle(entry: string, fileName: string, format: 'es' | 'iife'): Promise<void> {
  await build({
    root: BENCH_ROOT,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['@careway/source'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: SITE,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry, formats: [format], name: 'bench', fileName: () => fileName },
    },
  });
}

/** What the driver needs to know about each size. */
export interface SiteForm {
  size: number;
  form: GeneratedForm;
  /** Careway's import: issues found (the benchmark forms should have none worse than info). */
  importIssues: string[];
}

/**
 * Writes the site for `sizes`. Fails with instructions when Careway's
 * single-file build is missing.
 */
export async function buildSite(sizes: number[], seed: number): Promise<SiteForm[]> {
  if (!existsSync(CAREWAY_JS)) {
    throw new Error(
      `${CAREWAY_JS} is missing: build it first with \`pnpm --filter @careway/elements build\` (or \`pnpm build\` at the root).`,
    );
  }
  mkdirSync(`${SITE}data`, { recursive: true });
  for (const runtime of RUNTIMES) writeFileSync(`${SITE}${runtime}.html`, page(runtime));
  const src = fileURLToPath(new URL('./pages/', import.meta.url));
  await bundle(`${src}harness.ts`, 'harness.js', 'iife');
  for (const runtime of RUNTIMES) await bundle(`${src}${runtime}.ts`, `${runtime}-page.js`, 'es');
  await bundle(`${src}careway-one-bundle.js`, ONE_BUNDLE, 'es');
  return sizes.map((size) => {
    const form = generateQuestionnaire({ items: size, seed });
    writeFileSync(`${SITE}data/${size}.fhir.json`, JSON.stringify(form.questionnaire));
    writeFileSync(`${SITE}data/${size}.survey.json`, JSON.stringify(toSurveyJs(form.questionnaire)));
    const imported = importQuestionnaire(form.questionnaire);
    const importIssues = imported.issues
      .filter((i) => i.severity !== 'info')
      .map((i) => `${i.severity} ${i.code}`);
    if (!imported.ok)
      throw new Error(`Careway cannot import the ${size}-item form: ${importIssues.join(', ')}`);
    return { size, form, importIssues };
  });
}

const ONE_BUNDLE = 'unused/careway-one-bundle.js';

/** Raw and gzip bytes of Careway's elements and importer bundled as one file (see pages/careway-one-bundle.js). */
export function oneBundleBytes(): { raw: number; gzip: number } {
  const body = readFileSync(`${SITE}${ONE_BUNDLE}`);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** When Careway's single-file build was made, for the report. */
export function carewayBuiltAt(): Date {
  return statSync(CAREWAY_JS).mtime;
}
