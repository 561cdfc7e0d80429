// Builds the single-file bundle (dist/careway.js's recipe) in memory and measures it:
// bytes, gzip bytes (zlib level 9, deterministic), and gzip bytes by origin (Lit, the
// elements, each part of @careway/core, zod), each origin minified and compressed alone.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The budget for dist/careway.js, gzip: 40 KB. */
export const BUDGET = 40 * 1024;

/** zod's configuration call (`config({ jitless: true })`), as a minifier writes it. */
const JITLESS = /\bjitless\s*:\s*(?:true|!0)\b/;

const packageDir = fileURLToPath(new URL('..', import.meta.url));

function originOf(id) {
  const core = /packages\/core\/src\/([^/]+)\//.exec(id);
  if (core) return `@careway/core ${core[1]}`;
  if (/packages\/elements\/src\//.test(id)) return '@careway/elements';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg?.[1] && /^(lit|lit-html|lit-element|@lit\/.*)$/.test(pkg[1])) return 'lit';
  return pkg?.[1] ?? 'other';
}

/** Builds and measures; `byOrigin` adds the breakdown. */
export async function measureBundle({ byOrigin = false } = {}) {
  let code = '';
  let licences = '';
  /** The files careway.js imports before it runs (none: it is one file, the rest loads on demand). */
  let staticImports = [];
  const origins = new Map();
  await build({
    root: packageDir,
    configFile: fileURLToPath(new URL('../vite.bundle.config.ts', import.meta.url)),
    logLevel: 'silent',
    build: { write: false, sourcemap: false },
    plugins: [
      {
        name: 'careway-measure',
        generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'asset' && chunk.fileName === 'careway.js.LICENSES.txt')
              licences = String(chunk.source);
            if (chunk.type !== 'chunk' || chunk.fileName !== 'careway.js') continue;
            code = chunk.code;
            staticImports = chunk.imports;
            for (const [id, module] of Object.entries(chunk.modules)) {
              const origin = originOf(id);
              origins.set(origin, (origins.get(origin) ?? '') + (module.code ?? ''));
            }
          }
        },
      },
    ],
  });
  const result = {
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    budget: BUDGET,
    // The legal comment the file opens with, and the licences file beside it.
    banner: code.startsWith('/*!') ? code.slice(0, code.indexOf('*/') + 2) : '',
    licences,
    staticImports,
    // zod's configuration call survived the bundling (see @careway/core's schema/zod.ts).
    jitless: JITLESS.test(code),
  };
  if (!byOrigin) return result;
  const { transform } = await import('esbuild');
  const parts = [];
  for (const [origin, source] of origins) {
    const minified = (await transform(source, { minify: true, loader: 'js' })).code;
    parts.push({ origin, bytes: Buffer.byteLength(minified), gzip: gzipSync(minified, { level: 9 }).length });
  }
  parts.sort((a, b) => b.gzip - a.gzip);
  return { ...result, parts };
}

/**
 * What a vendor who bundles `@careway/core` with esbuild ships for the runtime's part of it
 * (reading and running a pathway): bytes, gzip bytes, how many of them are zod's, and whether zod's
 * configuration (no compiled validators, for strict CSPs) survived the bundling.
 */
export async function measureCoreWithEsbuild() {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    stdin: {
      contents: "export { safeParsePathway, createSession } from '@careway/core';",
      resolveDir: packageDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['@careway/source'],
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  let zod = 0;
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs))
    if (/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(input)) zod += bytesInOutput;
  return {
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    zodBytes: zod,
    jitless: JITLESS.test(code),
  };
}
