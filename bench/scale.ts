/**
 * One scale of the benchmark: build the corpus, ingest it (into a sqlite3 file, or with `--store
 * postgres` into a throwaway PostgreSQL), time the query mix with the project and with FTS5 (in
 * this process), then start the compiled bot as a process of its own: its first
 * start after the ingest and its memory (resident after the first answer, and after the soak
 * questions sent to it), then five restarts for the cold start; and print one JSON line of results.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { handle } from '../bot/handle.js';
import { createLogger } from '../bot/runtime/logger.js';
import { DEFAULT_INGEST_OPTIONS, ingest } from '../knowledge/documents/ingest.js';
import { SEARCH_IN_STORE_ABOVE } from '../knowledge/search/corpus.js';
import { KnowledgeBase } from '../knowledge/search/retrieve.js';
import { fullTextPlan } from '../knowledge/search/store-corpus.js';
import { openStore } from '../knowledge/store/store.js';
import { buildScaledCorpus } from './corpus.js';
import { Fts5Baseline } from './fts5-baseline.js';
import { queryMix } from './queries.js';
import { latency, residentMb } from './stats.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/throwaway-postgres.js';

/** Untimed passes over the query mix before timing, on both sides. */
const WARM_UP_PASSES = 5;
/** Restarts timed for the cold start (their median is reported). */
const RESTARTS = 5;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opts = new Command()
  .requiredOption('--scale <n>', 'copies of each document', Number)
  .option('--queries <n>', 'timed queries', Number, 2000)
  .option('--soak <n>', 'queries before the second memory reading', Number, 10_000)
  .option('--dev-set <file>', 'dev questions', path.join(root, '..', 'shared', 'eval', 'qa-dev.jsonl'))
  .option('--store <kind>', 'sqlite (the file) or postgres (a throwaway server)', 'sqlite')
  .parse()
  .opts<{ scale: number; queries: number; soak: number; devSet: string; store: 'sqlite' | 'postgres' }>();

const dir = mkdtempSync(path.join(tmpdir(), `st-bench-${opts.scale}x-`));
let postgres: ThrowawayPostgres | undefined;
try {
  const corpus = buildScaledCorpus(path.join(root, 'data'), dir, opts.scale);
  // The store: a sqlite3 file, or a database on a throwaway PostgreSQL (as a replica reads it).
  postgres = opts.store === 'postgres' ? await startThrowawayPostgres() : undefined;
  const dbPath = postgres ? postgres.url : path.join(dir, 'bench.sqlite');
  const log = createLogger('silent');

  let t = performance.now();
  const store = await openStore(dbPath);
  // A corpus searched in the store is published with its full-text table, as a server's ingest does.
  await ingest(dir, store, log, { ...DEFAULT_INGEST_OPTIONS, fullText: fullTextPlan(SEARCH_IN_STORE_ABOVE) });
  const ingestMs = performance.now() - t;
  await store.close();

  // The first load after an ingest builds the search index and saves it; every later start
  // loads it. Cold start is measured on such a later start.
  t = performance.now();
  const reopened = await openStore(dbPath);
  const kb = await KnowledgeBase.load(reopened);
  const loadMs = performance.now() - t;

  const mix = queryMix(opts.devSet);
  // Both sides answer the mix untimed first, five times: a server answers warm, so the timings
  // are of answering, not of the JIT compiling it (V8 goes on optimizing the pipeline for several
  // hundred questions; after one pass its compiling still showed in the timed part).
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const q of mix) await handle(q, kb);
  const project: number[] = [];
  for (let i = 0; i < opts.queries; i++) {
    const q = mix[i % mix.length]!;
    const s = performance.now();
    await handle(q, kb);
    project.push(performance.now() - s);
  }

  const fts = await Fts5Baseline.build((await reopened.passages()).map((p) => p.text));
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const q of mix) await fts.search(q);
  const baseline: number[] = [];
  for (let i = 0; i < opts.queries; i++) {
    const s = performance.now();
    await fts.search(mix[i % mix.length]!);
    baseline.push(performance.now() - s);
  }
  await fts.close();
  await reopened.close();

  const bot = await botProcess(dir, dbPath, mix, opts.soak);
  // Restarts, as a server is restarted (a deploy, a crash, another replica): the data folder was
  // checked by the first start, so these show what any later start costs. The median of five.
  const restarts: number[] = [];
  for (let i = 0; i < RESTARTS; i++) restarts.push((await botProcess(dir, dbPath, mix, 0)).coldStartMs);
  restarts.sort((a, b) => a - b);

  const mb = corpus.bytes / 1024 / 1024;
  process.stdout.write(
    `${JSON.stringify({
      scale: opts.scale,
      documents: corpus.documents,
      passages: kb.passageCount,
      corpusMb: Math.round(mb * 100) / 100,
      ingestMs: Math.round(ingestMs),
      ingestMbPerS: Math.round((mb / (ingestMs / 1000)) * 100) / 100,
      passagesPerS: Math.round(kb.passageCount / (ingestMs / 1000)),
      loadMs: Math.round(loadMs),
      firstStartMs: Math.round(bot.coldStartMs),
      coldStartMs: Math.round(restarts[Math.floor(restarts.length / 2)]!),
      rssAfterLoadMb: bot.rssAfterLoadMb,
      rssAfterQueriesMb: bot.rssAfterQueriesMb,
      project: latency(project),
      fts5: latency(baseline),
    })}\n`,
  );
} finally {
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The bot as production runs it (the compiled CLI, `npm run build` having been run by the
 * bench), over the ingested corpus: the time from process start to its first answer, its
 * resident memory then, and again after `soak` more questions sent to it one per line.
 */
async function botProcess(dataDir: string, dbPath: string, mix: string[], soak: number): Promise<{ coldStartMs: number; rssAfterLoadMb: number; rssAfterQueriesMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'adapters', 'cli.js'), 'ask', '--json'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, ...(dbPath.startsWith('postgres') ? { DATABASE_URL: dbPath } : { DB_PATH: dbPath }), LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = answerCounter(child);
  child.stdin!.write('CSTR 2023/24\n');
  await answers.reach(1);
  const coldStartMs = performance.now() - started;
  const rssAfterLoadMb = residentMb(child.pid!);
  // Sent in slices, so the pipe never holds more than a slice of questions waiting.
  for (let sent = 0; sent < soak; ) {
    const slice = Math.min(500, soak - sent);
    child.stdin!.write(Array.from({ length: slice }, (_, k) => mix[(sent + k) % mix.length]!.replace(/\n/g, ' ')).join('\n') + '\n');
    sent += slice;
    await answers.reach(1 + sent);
  }
  const rssAfterQueriesMb = residentMb(child.pid!);
  child.stdin!.end();
  await new Promise((resolve) => child.once('exit', resolve));
  return { coldStartMs, rssAfterLoadMb, rssAfterQueriesMb };
}

/** Counts the answer lines a bot process prints; `reach(n)` resolves once n have come. */
function answerCounter(child: ChildProcess): { reach(n: number): Promise<void> } {
  let count = 0;
  let waiting: { n: number; resolve: () => void; reject: (e: Error) => void } | undefined;
  child.stdout!.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) count++;
    if (waiting && count >= waiting.n) waiting.resolve();
  });
  child.once('exit', (code) => waiting?.reject(new Error(`the bot exited (code ${code}) after ${count} answers`)));
  return {
    reach: (n) =>
      new Promise((resolve, reject) => {
        if (count >= n) return resolve();
        waiting = { n, resolve, reject };
      }),
  };
}
