import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * A new, empty database on the tests' PostgreSQL server (or the server whose admin URL is
 * given), and its URL: each test gets its own, so tests in parallel files never see each
 * other's rows.
 */
export async function freshDatabase(server: string = inject('postgresUrl')): Promise<string> {
  const admin = new URL(server);
  const name = `st_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  admin.pathname = `/${name}`;
  return admin.toString();
}
