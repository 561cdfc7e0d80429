import { defineConfig } from 'vite';

// The package build: ES modules with lit, @lit/react, react and @careway/core left as
// dependencies, for hosts that have a bundler. The single-file build is vite.bundle.config.ts.
export default defineConfig({
  resolve: { conditions: ['@careway/source'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts', react: 'src/react/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) =>
        id === 'lit' ||
        id.startsWith('lit/') ||
        id.startsWith('@lit/') ||
        id === 'react' ||
        id.startsWith('react/') ||
        id.startsWith('@careway/core'),
    },
  },
});
