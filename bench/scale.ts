/**
 * One scale of the benchmark, run in its own process so memory and start-up are its own:
 * build the corpus, ingest it, time a cold start, answer the query mix with the project and with
 * FTS5, and print one JSON line of results.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { handle } from '../bot/handle.js';
import { createLogger } from '../bot/logger.js';
import { ingest } from '../knowledge/ingest.js';
import { KnowledgeBase } from '../knowledge/retrieve.js';
import { openStore } from '../knowledge/store.js';
import { buildScaledCorpus } from './corpus.js';
import { Fts5Baseline } from './fts5-baseline.js';
import { queryMix } from './queries.js';
import { latency, rssMb } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opts = new Command()
  .requiredOption('--scale <n>', 'copies of each document', Number)
  .option('--queries <n>', 'timed queries', Number, 2000)
  .option('--soak <n>', 'queries before the second memory reading', Number, 10_000)
  .option('--dev-set <file>', 'dev questions', path.join(root, '..', 'shared', 'eval', 'qa-dev.jsonl'))
  .parse()
  .opts<{ scale: number; queries: number; soak: number; devSet: string }>();

const dir = mkdtempSync(path.join(tmpdir(), `st-bench-${opts.scale}x-`));
try {
  const corpus = buildScaledCorpus(path.join(root, 'data'), dir, opts.scale);
  const dbPath = path.join(dir, 'bench.sqlite');
  const log = createLogger('silent');

  let t = performance.now();
  const store = await openStore(dbPath);
  await ingest(dir, store, log);
  const ingestMs = performance.now() - t;
  await store.close();

  // The first load after an ingest builds the search index and saves it; every later start
  // loads it. Cold start is measured on such a later start.
  t = performance.now();
  const reopened = await openStore(dbPath);
  const kb = await KnowledgeBase.load(reopened);
  const loadMs = performance.now() - t;
  const rssAfterLoad = rssMb();

  const coldStartMs = await coldStart(dir, dbPath);

  const mix = queryMix(opts.devSet);
  // Both sides answer the mix once untimed first: a server answers warm, so the timings are of
  // answering, not of the JIT compiling it.
  for (const q of mix) handle(q, kb);
  const project: number[] = [];
  for (let i = 0; i < opts.queries; i++) {
    const q = mix[i % mix.length]!;
    const s = performance.now();
    handle(q, kb);
    project.push(performance.now() - s);
  }
  for (let i = 0; i < opts.soak; i++) handle(mix[i % mix.length]!, kb);
  const rssAfterQueries = rssMb();

  const fts = await Fts5Baseline.build([...kb.passages.values()].map((p) => p.text));
  for (const q of mix) await fts.search(q);
  const baseline: number[] = [];
  for (let i = 0; i < opts.queries; i++) {
    const s = performance.now();
    await fts.search(mix[i % mix.length]!);
    baseline.push(performance.now() - s);
  }
  await fts.close();
  await reopened.close();

  const mb = corpus.bytes / 1024 / 1024;
  process.stdout.write(
    `${JSON.stringify({
      scale: opts.scale,
      documents: corpus.documents,
      passages: kb.passages.size,
      corpusMb: Math.round(mb * 100) / 100,
      ingestMs: Math.round(ingestMs),
      ingestMbPerS: Math.round((mb / (ingestMs / 1000)) * 100) / 100,
      passagesPerS: Math.round(kb.passages.size / (ingestMs / 1000)),
      loadMs: Math.round(loadMs),
      coldStartMs: Math.round(coldStartMs),
      rssAfterLoadMb: rssAfterLoad,
      rssAfterQueriesMb: rssAfterQueries,
      project: latency(project),
      fts5: latency(baseline),
    })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Process start to first answer, with the corpus already ingested: what a restart costs. It
 * runs the compiled build (`npm run build`, which the bench runs first), as production does.
 */
function coldStart(dataDir: string, dbPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'dist', 'adapters', 'cli.js'), 'ask', '--json'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DB_PATH: dbPath, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => {
      resolve(performance.now() - started);
      child.stdin.end();
    });
    child.on('error', reject);
    child.stdin.write('CSTR 2023/24\n');
  });
}
