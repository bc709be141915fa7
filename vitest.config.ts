import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // one temporary folder for the run, removed at its end (test/temp-run.ts)
    globalSetup: ['test/temp-run.ts'],
  },
});
