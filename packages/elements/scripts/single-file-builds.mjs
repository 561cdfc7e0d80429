// Builds the single-file bundles (careway.js and careway-scoped.js, with the chunks they load on
// demand) from the current source, in memory, for tests that load them the way a host page does.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../vite.bundle.config.ts', import.meta.url));

/** @type {Promise<Map<string, string>> | undefined} */
let built;

async function buildMode(mode) {
  const files = new Map();
  await build({
    root: packageDir,
    configFile,
    mode,
    logLevel: 'silent',
    build: { write: false, sourcemap: false },
    plugins: [
      {
        name: 'careway-single-file-builds',
        generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle))
            if (chunk.type === 'chunk') files.set(chunk.fileName, chunk.code);
        },
      },
    ],
  });
  return files;
}

/** The built files by name (the first call builds; later calls share the result). */
export function singleFileBuilds() {
  built ??= (async () => {
    // One build after the other: the machine running the tests may be small.
    const main = await buildMode('production');
    const scoped = await buildMode('scoped');
    return new Map([...main, ...scoped]);
  })();
  return built;
}
