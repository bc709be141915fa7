/** The run test/temp.test.ts starts inside its own: the suite's global setup over one fixture file. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/temp-fixture/*.fixture.ts'],
    environment: 'node',
    globalSetup: ['test/temp-run.ts'],
  },
});
