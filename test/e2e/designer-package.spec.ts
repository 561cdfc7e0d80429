// The built @careway/designer package, as a host app that does not use Vite
// (nor Careway's `@careway/source` condition) receives it. Runs in Node.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';

const pkgDir = fileURLToPath(new URL('../../packages/designer/', import.meta.url));
const dist = `${pkgDir}dist/`;
const pkg = JSON.parse(readFileSync(`${pkgDir}package.json`, 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

/** The specifiers a built module imports (static and dynamic) and the files it finds with `new URL(…, import.meta.url)`. */
function importsOf(code: string): { specifiers: string[]; urls: string[] } {
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] as string);
  const urls = [...code.matchAll(/new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)].map(
    (m) => m[1] as string,
  );
  return { specifiers, urls };
}

const packageName = (specifier: string) =>
  specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] as string);

test.describe('the built designer package', () => {
  test('resolves to its built files without the @careway/source condition', () => {
    const resolved = createRequire(`${pkgDir}package.json`).resolve('@careway/designer');
    expect(resolved).toBe(`${dist}index.js`);
  });

  test('imports only real files and declared packages, with no bundler-only queries', () => {
    const modules = readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'elk-worker.min.js');
    expect(modules).toContain('index.js');
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    for (const file of modules) {
      const { specifiers, urls } = importsOf(readFileSync(`${dist}${file}`, 'utf8'));
      for (const spec of specifiers) {
        expect(spec, `${file} imports ${spec}`).not.toContain('?');
        if (spec.startsWith('.'))
          expect(existsSync(new URL(spec, pathToFileURL(`${dist}${file}`))), spec).toBe(true);
        else expect(declared.has(packageName(spec)), `${file} imports ${spec}`).toBe(true);
      }
      for (const url of urls)
        expect(existsSync(new URL(url, pathToFileURL(`${dist}${file}`))), url).toBe(true);
    }
  });

  test('lays a pathway out with the ELK worker it ships, loaded from its default address', async () => {
    const layout = (await import(pathToFileURL(`${dist}layout.js`).href)) as {
      defaultLayoutWorkerUrl: string;
      autoLayout: (doc: unknown, sizes: Map<string, unknown>) => Promise<Record<string, { x: number }>>;
    };
    expect(layout.defaultLayoutWorkerUrl).toBe(pathToFileURL(`${dist}elk-worker.min.js`).href);
    // Node has no Web Worker: stand in ELK's own in-thread worker, loaded from the file the package points at.
    const load = createRequire(`${dist}layout.js`);
    const global = globalThis as { Worker?: unknown };
    const previous = global.Worker;
    global.Worker = function Worker(url: string) {
      const { Worker: InThread } = load(fileURLToPath(url)) as { Worker: new (url: string) => object };
      return new InThread(url);
    };
    try {
      const { generatePathway } = (await import(pathToFileURL(`${pkgDir}bench/generate.mjs`).href)) as {
        generatePathway: (size: number) => { nodes: { id: string }[] };
      };
      const doc = generatePathway(30);
      const positions = await layout.autoLayout(doc, new Map());
      expect(Object.keys(positions).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    } finally {
      global.Worker = previous;
    }
  });
});
