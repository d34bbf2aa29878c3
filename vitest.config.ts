import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real PostgreSQL server for the run: the store's contract and the replica tests use it.
    globalSetup: ['test/setup/postgres.ts'],
    setupFiles: ['test/setup/yield-between-tests.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
