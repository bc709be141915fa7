import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // a test file per core: vitest's default leaves one core idle (cores − 1), which on CI's two cores ran the files one
    // by one, though most wait on a child process (the CLI, LibreOffice, Chromium). Measured on 06.12 (2 cores):
    // test/report + test/cli 259 → 176 s wall at the same CPU time; test/serve + test/render 460 → 435 s, all passing
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // one temporary folder for the run, removed at its end (test/temp-run.ts)
    globalSetup: ['test/temp-run.ts'],
  },
});
