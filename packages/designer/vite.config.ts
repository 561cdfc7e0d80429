import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The package build: one ES module; React, @xyflow/react and the Careway
// packages stay dependencies of the host app.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@careway/source'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js', cssFileName: 'designer' },
    rollupOptions: {
      external: (id) =>
        /^(react|react-dom|react\/jsx-runtime|@xyflow\/react|elkjs|idb|lit)(\/|$)/.test(id) ||
        id.startsWith('@careway/'),
    },
  },
});
