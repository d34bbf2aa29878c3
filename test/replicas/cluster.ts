import { eventually } from '../helpers/eventually.js';
import { freePort } from '../../scripts/throwaway-postgres.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openStore } from '../../knowledge/store/store.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/helpers.js';
import { copyOfData, projectRoot } from '../helpers/knowledge.js';

/**
 * Real bot processes (`node --import tsx bot/index.ts`, as production runs it) on free ports,
 * sharing one PostgreSQL database and one fake Slack Web API: the replicas of a deployment.
 * Every child is tracked so a test's afterEach can kill what is left, even after a failure, and
 * print each child's log when the test failed.
 */

export { freePort };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export { eventually };

/** One running bot process. */
export interface Replica {
  name: string;
  port: number;
  /** http://127.0.0.1:<port> */
  base: string;
  /** The Slack endpoint. */
  events: string;
  /** The child's pid: the bot names its digest claims `${hostname()}:${pid}`. */
  pid: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
  /** The child's JSON log lines parsed (non-JSON lines skipped). */
  lines(): Record<string, unknown>[];
  /** Resolves with the exit code (or the signal's name) once the child has exited. */
  exited: Promise<number | string | null>;
  running(): boolean;
  /** Sends `signal` (SIGKILL by default) and waits for the child to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface ReplicaOptions {
  name: string;
  databaseUrl: string;
  slackApiUrl: string;
  /** Extra or overriding environment (DIGEST_CRON, DIGEST_LEASE_SECONDS, …). */
  env?: Record<string, string>;
  /** Defaults to a fresh copy of the shipped data folder. */
  dataDir?: string;
}

/** Every child started here and not yet exited: killed if the test worker itself exits. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
}

/** How long a replica may take from spawn to 200 on /readyz (it ingests the corpus first). */
const READY_MS = 60_000;

/** The replicas (and other children) started by one test, and their clean-up. */
export class Cluster {
  readonly replicas: Replica[] = [];
  private readonly others: { name: string; child: ChildProcess; output: () => string }[] = [];
  private readonly dirs: string[] = [];

  /** Starts one bot process and resolves once its /readyz answers 200. */
  async start(options: ReplicaOptions): Promise<Replica> {
    const port = await freePort();
    const dataDir = options.dataDir ?? this.dataDir();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bot', 'index.ts')], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        DATA_DIR: dataDir,
        PORT: String(port),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: options.slackApiUrl,
        LOG_LEVEL: 'info',
        TEAMS_ENABLED: 'false',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    track(child);
    let output = '';
    child.stdout!.on('data', (c) => (output += String(c)));
    child.stderr!.on('data', (c) => (output += String(c)));
    let alive = true;
    const exited = new Promise<number | string | null>((resolve) => {
      child.once('exit', (code, signal) => {
        alive = false;
        resolve(code ?? signal);
      });
      child.once('error', (error) => {
        alive = false;
        output += `\n[spawn error] ${String(error)}\n`;
        resolve(null);
      });
    });
    const base = `http://127.0.0.1:${port}`;
    const replica: Replica = {
      name: options.name,
      port,
      base,
      events: `${base}/slack/events`,
      pid: child.pid ?? -1,
      dataDir,
      child,
      output: () => output,
      lines: () =>
        output.split('\n').flatMap((l) => {
          if (!l.trim().startsWith('{')) return [];
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
      exited,
      running: () => alive,
      kill: async (signal = 'SIGKILL') => {
        if (alive) child.kill(signal);
        await exited;
      },
    };
    this.replicas.push(replica);
    const started = Date.now();
    for (;;) {
      if (!alive) throw new Error(`replica ${options.name} exited (${String(await exited)}) before it was ready:\n${tail(output)}`);
      const ready = await fetch(`${base}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ready) break;
      if (Date.now() - started > READY_MS) throw new Error(`replica ${options.name} not ready within ${READY_MS} ms:\n${tail(output)}`);
      await sleep(100);
    }
    return replica;
  }

  /** Starts several replicas at once (in parallel, as a deployment rolls them out). */
  startAll(options: ReplicaOptions[]): Promise<Replica[]> {
    return Promise.all(options.map((o) => this.start(o)));
  }

  /** A fresh copy of the shipped data folder, removed at clean-up. */
  dataDir(): string {
    const dir = copyOfData();
    this.dirs.push(dir);
    return dir;
  }

  /**
   * Runs `node --import tsx adapters/cli.ts …args` to its end; resolves with its exit code, its
   * output, and `Date.now()` at the moment it exited.
   */
  runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string; exitedAt: number }> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'adapters', 'cli.ts'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    track(child);
    let output = '';
    child.stdout!.on('data', (c) => (output += String(c)));
    child.stderr!.on('data', (c) => (output += String(c)));
    this.others.push({ name: `cli ${args.join(' ')}`, child, output: () => output });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => resolve({ code, output, exitedAt: Date.now() }));
    });
  }

  /** Every replica's output (the last lines of each), for a failed test's report. */
  report(): string {
    return [
      ...this.replicas.map((r) => `----- replica ${r.name} (pid ${r.pid}, port ${r.port}, ${r.running() ? 'running' : 'exited'}) -----\n${tail(r.output())}`),
      ...this.others.map((o) => `----- ${o.name} -----\n${tail(o.output())}`),
    ].join('\n');
  }

  /** Kills every child still running (SIGKILL: nothing to wait for) and removes the data copies. */
  async cleanup(): Promise<void> {
    await Promise.all([
      ...this.replicas.map((r) => r.kill('SIGKILL')),
      ...this.others.map(async ({ child }) => {
        if (child.exitCode === null && child.signalCode === null) {
          const gone = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGKILL');
          await gone;
        }
      }),
    ]);
    this.replicas.length = 0;
    this.others.length = 0;
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

function tail(text: string, lines = 150): string {
  const all = text.trimEnd().split('\n');
  return (all.length > lines ? [`… ${all.length - lines} earlier lines`, ...all.slice(-lines)] : all).join('\n');
}

/** Runs one query on the database at `url` and returns its rows. */
export async function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A digest claim as stored in `digest_runs`. */
export interface DigestRunRow extends Record<string, unknown> {
  week: string;
  platform: string;
  channel_id: string;
  state: string;
  claimed_at: string;
  claimed_by: string;
  sent_at: string | null;
  attempts: number;
  error: string | null;
}

/** Subscribes Slack channels to the weekly digest in the database at `url`, as `/standing-together digest on` there would. */
export async function subscribeToDigest(url: string, channels: string[]): Promise<void> {
  const store = await openStore(url);
  try {
    for (const channelId of channels) await store.digest.subscribe({ platform: 'slack', channelId }, new Date().toISOString());
  } finally {
    await store.close();
  }
}

export function digestRuns(url: string): Promise<DigestRunRow[]> {
  return query<DigestRunRow>(url, 'SELECT * FROM digest_runs ORDER BY week, platform, channel_id');
}
