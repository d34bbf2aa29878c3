/**
 * `npm run bench`: answer speed, cold start, ingest and memory at 1×, 50× and 500× the shipped
 * documents, each beside a plain SQLite FTS5 (bm25) baseline over the same passages (and, with
 * `--store postgres`, the same scale again with PostgreSQL as the store). Each scale
 * runs in its own process. Prints a table, a closing line of ratios, and writes the results to
 * bench/results/<time>.json so runs can be compared.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { firstAnswerMs } from './first-answer.js';
import type { Latency } from './stats.js';

interface ScaleResult {
  scale: number;
  /** Where the corpus was stored and searched: the sqlite3 file or PostgreSQL. */
  store: 'sqlite' | 'postgres';
  documents: number;
  passages: number;
  corpusMb: number;
  ingestMs: number;
  ingestMbPerS: number;
  passagesPerS: number;
  loadMs: number;
  /** The first start after the ingest, which checks the newly written data folder. */
  firstStartMs: number;
  /** A restart (median of five): process start to first answer. */
  coldStartMs: number;
  rssAfterLoadMb: number;
  rssAfterQueriesMb: number;
  project: Latency;
  fts5: Latency;
}

/** One replica-throughput run (bench/replicas.ts). */
interface ReplicaRun {
  replicas: number;
  answersPerSecond: number;
  latency: Latency;
  failed: number;
  rssMb: number[];
}

/** From this scale on, fewer queries are timed and soaked (noted in the results). */
const LARGE_SCALE = 500;
const LARGE_QUERIES = 300;
const LARGE_SOAK = 1000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opts = new Command('bench')
  .option('--scales <list>', 'comma-separated scales', '1,50,500')
  .option('--quick', '1× only, fewer queries (under a minute)')
  .option('--queries <n>', 'timed queries per scale', '2000')
  .option('--soak <n>', 'queries before the second memory reading', '10000')
  .option('--replicas <n>', 'also measure answers per second of n bot processes on one PostgreSQL beside one')
  .option('--store <kind>', 'postgres: each scale also on a throwaway PostgreSQL, beside the sqlite3 row', 'sqlite')
  .option('--replica-scale <n>', 'copies of each document the --replicas run serves', '1')
  .option('--big-files <list>', 'sizes in MB of the one-large-document ingest (default 1,8,48; skipped by --quick unless given)')
  .parse()
  .opts<{ scales: string; quick?: boolean; queries: string; soak: string; replicas?: string; replicaScale: string; store: string; bigFiles?: string }>();
const stores: ScaleResult['store'][] = opts.store === 'postgres' ? ['sqlite', 'postgres'] : ['sqlite'];

const scales = opts.quick ? [1] : opts.scales.split(',').map(Number);
// Cold starts and replicas run the compiled build, as production does.
process.stderr.write('bench: npm run build …\n');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
// What a newcomer waits for: `npm start` (npm, then the compiled build it keeps current) and the
// compiled build run directly, each answering one piped question over the shipped documents.
process.stderr.write('bench: first answer at the terminal …\n');
const firstAnswer = {
  npmStartMs: await firstAnswerMs('npm', ['start'], root),
  builtMs: await firstAnswerMs(process.execPath, [path.join(root, 'dist', 'bot', 'index.js')], root),
};
const queries = opts.queries;
const results: ScaleResult[] = [];
for (const scale of scales) {
  for (const store of stores) {
    process.stderr.write(`bench: ${scale}× (${store}) …\n`);
    // At 500× a query takes long enough that the full mix would not fit the time budget.
    const big = scale >= LARGE_SCALE;
    const n = big ? String(Math.min(Number(queries), LARGE_QUERIES)) : queries;
    const soak = big ? String(Math.min(Number(opts.soak), LARGE_SOAK)) : opts.soak;
    const args = ['--max-old-space-size=16384', '--import', 'tsx', path.join(root, 'bench', 'scale.ts'), '--scale', String(scale), '--queries', n, '--soak', soak, '--store', store];
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
    results.push({ ...(JSON.parse(out.trim().split('\n').pop()!) as ScaleResult), store });
  }
}

const rows = [
  ['scale', 'store', 'docs', 'passages', 'ingest s', 'MB/s', 'first ms', 'cold ms', 'RSS MB', 'RSS after', 'p50 ms', 'p95', 'p99', 'max', 'FTS5 p50', 'p95', 'p99', 'max'],
  ...results.map((r) => [
    `${r.scale}×`, r.store, r.documents, r.passages, (r.ingestMs / 1000).toFixed(1), r.ingestMbPerS, r.firstStartMs, r.coldStartMs, r.rssAfterLoadMb, r.rssAfterQueriesMb,
    r.project.p50, r.project.p95, r.project.p99, r.project.max, r.fts5.p50, r.fts5.p95, r.fts5.p99, r.fts5.max,
  ].map(String)),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
console.log(`first answer (shipped documents, one piped question): npm start ${firstAnswer.npmStartMs} ms, compiled build ${firstAnswer.builtMs} ms`);

// One large document read alone: ingest must stay linear in a document's size.
let bigFiles: { mb: number; seconds: number; mbPerS: number; passages: number; rssMb: number }[] | undefined;
if (!opts.quick || opts.bigFiles) {
  process.stderr.write('bench: one large text document …\n');
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', path.join(root, 'bench', 'big-file.ts'), '--sizes', opts.bigFiles ?? '1,8,48'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  bigFiles = JSON.parse(out.trim().split('\n').pop()!) as typeof bigFiles;
  for (const b of bigFiles!) console.log(`ingest of one ${b.mb} MB text document: ${b.seconds} s, ${b.mbPerS} MB/s, ${b.passages} passages, RSS ${b.rssMb} MB`);
}

const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const parts: string[] = [];
for (const r of results) {
  if (r.store === 'sqlite') {
    parts.push(`p50_ratio_x${r.scale}=${ratio(r.project.p50, r.fts5.p50)}`, `p99_ratio_x${r.scale}=${ratio(r.project.p99, r.fts5.p99)}`);
    continue;
  }
  // PostgreSQL against the sqlite3 row of the same run and scale.
  const lite = results.find((o) => o.store === 'sqlite' && o.scale === r.scale);
  if (lite) parts.push(`pg_p50_vs_sqlite_x${r.scale}=${ratio(r.project.p50, lite.project.p50)}`, `pg_p99_vs_sqlite_x${r.scale}=${ratio(r.project.p99, lite.project.p99)}`);
  parts.push(`pg_rss_mb_x${r.scale}=${r.rssAfterLoadMb}/${r.rssAfterQueriesMb}`, `pg_first_answer_ms_x${r.scale}=${r.firstStartMs}`);
}
parts.push(`first_answer_ms_npm_start=${firstAnswer.npmStartMs}`, `first_answer_ms_built=${firstAnswer.builtMs}`);
const x50 = results.find((r) => r.scale === 50 && r.store === 'sqlite');
if (x50) parts.push(`cold_start_ms_x50=${x50.coldStartMs}`, `rss_mb_x50=${x50.rssAfterLoadMb}`);

let replicas: { single: ReplicaRun; many: ReplicaRun } | undefined;
if (opts.replicas) {
  process.stderr.write(`bench: 1 and ${opts.replicas} replicas on one PostgreSQL (${opts.replicaScale}×) …\n`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'replicas.ts'), '--replicas', opts.replicas, '--scale', opts.replicaScale], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  replicas = JSON.parse(out.trim().split('\n').pop()!) as { single: ReplicaRun; many: ReplicaRun };
  console.log('');
  for (const r of [replicas.single, replicas.many]) {
    console.log(`${r.replicas} replica${r.replicas === 1 ? ' ' : 's'} on PostgreSQL at ${opts.replicaScale}×: ${r.answersPerSecond} answers/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.failed} failed, RSS ${r.rssMb.join(' / ')} MB`);
  }
  parts.push(`answers_per_s_replicas1=${replicas.single.answersPerSecond}`, `answers_per_s_replicas${replicas.many.replicas}=${replicas.many.answersPerSecond}`);
}
console.log(parts.join(' '));

mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
const file = path.join(root, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, firstAnswer, results, bigFiles, replicas }, null, 2));
console.log(`results: ${path.relative(root, file)}`);
