/**
 * `npm run bench -- --replicas 3`: answers per second of one bot process, then of three, all on
 * one PostgreSQL — real processes, real HTTP: Teams activities, each acknowledged and then
 * answered with a reply to a local fake connector. An answer counts when its reply arrives.
 * Prints one JSON line of results.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { buildScaledCorpus } from './corpus.js';
import { queryMix } from './queries.js';
import { latency, residentMb, type Latency } from './stats.js';
import { freePort, startThrowawayPostgres } from '../scripts/throwaway-postgres.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opts = new Command()
  .option('--replicas <n>', 'replicas beside the single one', Number, 3)
  .option('--requests <n>', 'questions per run', Number, 1500)
  .option('--concurrency <n>', 'questions in flight at once', Number, 24)
  .option('--dev-set <file>', 'dev questions', path.join(root, '..', 'shared', 'eval', 'qa-dev.jsonl'))
  .option('--scale <n>', 'copies of each shipped document the replicas serve', Number, 1)
  .parse()
  .opts<{ replicas: number; requests: number; concurrency: number; devSet: string; scale: number }>();

interface RunResult {
  replicas: number;
  answersPerSecond: number;
  latency: Latency;
  failed: number;
  /** Resident memory of each replica after the run, MB. */
  rssMb: number[];
}

const server = await startThrowawayPostgres();
/** Replies awaited, by conversation id. */
const awaiting = new Map<string, () => void>();
const connector = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const conversation = /conversations\/([^/]+)\/activities/.exec(req.url ?? '')?.[1];
    if (conversation) awaiting.get(decodeURIComponent(conversation))?.();
    res.setHeader('content-type', 'application/json');
    res.end('{"id":"r"}');
  });
});
/** Waits at most this long for one answer before counting it failed. */
const ANSWER_TIMEOUT_MS = 30_000;
await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
const dbUrl = new URL(server.url);
dbUrl.pathname = '/bench';
const admin = await import('pg');
const client = new admin.default.Client({ connectionString: server.url });
await client.connect();
await client.query('CREATE DATABASE bench');
await client.end();

const work = mkdtempSync(path.join(tmpdir(), 'st-bench-replicas-'));
// The documents served: the shipped ones, or that many copies of them (a large library).
const dataDir = opts.scale > 1 ? path.join(work, 'data') : path.join(root, 'data');
if (opts.scale > 1) buildScaledCorpus(path.join(root, 'data'), dataDir, opts.scale);
/** The replicas started so far, each with the port it serves on. */
const children: { child: ChildProcess; port: number }[] = [];
try {
  const single = await measure(1);
  const many = await measure(opts.replicas);
  process.stdout.write(`${JSON.stringify({ single, many })}\n`);
} finally {
  for (const { child } of children) child.kill('SIGKILL');
  connector.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}

/** Starts `n` replicas (reusing those already up), sends the question mix across them round robin. */
async function measure(n: number): Promise<RunResult> {
  while (children.length < n) await startReplica(children.length);
  const replicas = children.slice(0, n);
  const ports = replicas.map((r) => r.port);
  const mix = queryMix(opts.devSet);
  const times: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      for (let i = next++; i < opts.requests; i = next++) {
        const activity = {
          type: 'message',
          id: `a${n}-${i}`,
          text: mix[i % mix.length],
          channelId: 'msteams',
          serviceUrl,
          from: { id: `u${i % 50}` },
          recipient: { id: '28:bot' },
          conversation: { id: `c${n}-${i}`, conversationType: 'personal' },
        };
        const t = performance.now();
        const replied = new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), ANSWER_TIMEOUT_MS);
          awaiting.set(activity.conversation.id, () => {
            clearTimeout(timer);
            resolve(true);
          });
        });
        const res = await fetch(`http://127.0.0.1:${ports[i % n]}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }).catch(() => undefined);
        await res?.arrayBuffer().catch(() => undefined);
        if (res?.ok && (await replied)) times.push(performance.now() - t);
        else failed++;
        awaiting.delete(activity.conversation.id);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    replicas: n,
    answersPerSecond: Math.round((times.length / seconds) * 10) / 10,
    latency: latency(times),
    failed,
    rssMb: replicas.map(({ child }) => residentMb(child.pid!)),
  };
}

async function startReplica(i: number): Promise<void> {
  const port = await freePort();
  // The compiled build, as production runs it (bench/run.ts builds it first).
  const child = spawn(process.execPath, [path.join(root, 'dist', 'bot', 'index.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl.toString(),
      DATA_DIR: dataDir,
      DB_PATH: path.join(work, `unused-${i}.sqlite`),
      PORT: String(port),
      TEAMS_ENABLED: 'true',
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push({ child, port });
  for (let tries = 0; ; tries++) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok).catch(() => false)) return;
    // The first replica ingests the documents before it is ready: longer for a larger library.
    if (tries > 600 * opts.scale || child.exitCode !== null) throw new Error(`replica ${i + 1} did not become ready`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
