import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const WORKER = 'elk-worker.min.js';
const PLACEHOLDER = '__CAREWAY_ELK_WORKER_FILE__';

/**
 * The package must load in any bundler or plain browser, not only Vite: the
 * worker address module (Vite's `?url` in the source) becomes a standard
 * `new URL('./elk-worker.min.js', import.meta.url)`, and ELK's worker file
 * is copied beside the built modules.
 */
function elkWorkerBesideTheBuild(): Plugin {
  const worker = createRequire(import.meta.url).resolve(`elkjs/lib/${WORKER}`);
  return {
    name: 'careway-elk-worker',
    enforce: 'pre',
    load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/layout/elk-worker-url.ts')) return null;
      // A placeholder, filled in once the chunk is rendered: Vite's own asset
      // handling would otherwise look for the worker next to the source file.
      return `export const defaultLayoutWorkerUrl = new URL(${PLACEHOLDER}, import.meta.url).href;`;
    },
    renderChunk(code) {
      // Same line, same place: the mappings of the chunk stay as they are.
      return code.includes(PLACEHOLDER)
        ? { code: code.replaceAll(PLACEHOLDER, `'./${WORKER}'`), map: null }
        : null;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: WORKER, source: readFileSync(worker) });
    },
  };
}

// The package build: ES modules (`index.js`, and `layout.js`, which holds the
// layout and is loaded by `index.js`); React, @xyflow/react and the Careway
// packages stay dependencies of the host app.
export default defineConfig({
  plugins: [react(), elkWorkerBesideTheBuild()],
  resolve: { conditions: ['@careway/source'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: {
      entry: { index: 'src/index.ts', layout: 'src/layout/elk.ts' },
      formats: ['es'],
      fileName: (_format, entry) => `${entry}.js`,
      cssFileName: 'designer',
    },
    rollupOptions: {
      // Shared code stays beside the entries, so `./elk-worker.min.js` resolves next to it.
      output: { chunkFileNames: '[name].js' },
      external: (id) =>
        /^(react|react-dom|react\/jsx-runtime|@xyflow\/react|elkjs|idb|lit)(\/|$)/.test(id) ||
        id.startsWith('@careway/'),
    },
  },
});
