import { defineConfig } from 'vite';

// The single-file build for a <script type="module"> in portals with no build
// step: Lit and @careway/core included, minified, one file.
export default defineConfig({
  resolve: { conditions: ['@careway/source'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'careway.js' },
  },
});
