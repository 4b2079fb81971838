import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The contract as '@shared/…', as in electron.vite.config.ts and tsconfig.base.json.
  resolve: { alias: { '@shared': resolve('src-main/shared') } },
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/unit/**/*.test.tsx',
      'test/integration/**/*.test.ts',
      'test/static/**/*.test.ts',
      'test/hostile/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    // `npm test` runs with --coverage: the renderer's model layer (pure logic, unit-tested without a
    // browser) must stay at least 80 % covered by line.
    coverage: {
      provider: 'v8',
      include: ['src-renderer/src/model/**/*.ts'],
      reporter: ['text', 'text-summary'],
      reportsDirectory: 'test-results/coverage',
      thresholds: { lines: 80 },
    },
  },
});
