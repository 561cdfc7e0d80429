import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@careway/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
