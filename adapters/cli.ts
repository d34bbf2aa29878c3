import { realpathSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import type { Answer } from '../bot/answer.js';
import { readConfig } from '../bot/runtime/config.js';
import { reportFailure } from '../bot/errors.js';
import { createAsk } from '../bot/ask.js';
import { reportText } from '../bot/feedback.js';
import { loadKnowledge } from '../bot/runtime/knowledge.js';
import { createLogger, levelFor, terminalDestination, type Logger } from '../bot/runtime/logger.js';
import type { KnowledgeBase } from '../knowledge/search/retrieve.js';
import type { Store } from '../knowledge/store/store.js';
import { renderJson } from './render/json.js';
import { renderText } from './render/text.js';

// What only some commands use (the progress bar, the file watcher, CSV, the digest) is imported
// when that command runs: every start pays for what it loads, and `ask` is what starts most.

/**
 * The `standing-together` command. `ask "question"` prints a readable answer; `ask --json`
 * reads one question per line on stdin and prints one JSON line per question (the contract the
 * scorer uses). Logs go to stderr only.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('standing-together')
    .description('Answers questions about Standing Together, the Greater Manchester police and crime plan')
    .version(pkg.version, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let exitCode = 0;
  program
    .command('ask')
    .description('answer a question (or one per line on stdin)')
    .argument('[question...]', 'the question; omit to read questions from stdin, one per line')
    .option('--json', 'print one JSON object per question (the CLI contract)')
    .action(async (words: string[], options: { json?: boolean }) => {
      // Nothing to read: a bare `ask` at a terminal would sit waiting for input no one types.
      if (words.length === 0 && process.stdin.isTTY) {
        process.stderr.write('standing-together: ask what? e.g. ask "CSTR 2023/24", or pipe questions in, one per line\n');
        exitCode = 2;
        return;
      }
      exitCode = await ask(words.length > 0 ? words.join(' ') : undefined, Boolean(options.json));
    });

  const indicators = program.command('indicators').description('indicator tables');
  indicators
    .command('export')
    .description('print every figure the documents state for a period, as indicator-table CSV rows')
    .action(async () => {
      exitCode = await withKnowledge(async (kb) => {
        const { exportIndicators } = await import('../knowledge/search/indicator-export.js');
        process.stdout.write(await exportIndicators(kb));
      });
    });

  program
    .command('digest')
    .description('the weekly digest')
    .requiredOption('--print', 'print it here instead of posting it')
    .option('--week-ending <date>', 'the last day of the week, YYYY-MM-DD (default: today)')
    .option('--json', 'print the digest as JSON')
    .action(async (options: { weekEnding?: string; json?: boolean }) => {
      const given = weekEndFrom(options.weekEnding);
      if (options.weekEnding !== undefined && !given) {
        process.stderr.write(`standing-together: --week-ending "${options.weekEnding}" is not a date written YYYY-MM-DD\n`);
        exitCode = 2;
        return;
      }
      exitCode = await withKnowledge(async (kb, store) => {
        // "Now" is taken after loading, so documents read by this very run count as this week's.
        const [{ buildDigest }, { renderDigestText }] = await Promise.all([import('../bot/digest/content.js'), import('../bot/digest/render-text.js')]);
        const digest = await buildDigest(kb, store, given ?? new Date());
        process.stdout.write(`${options.json ? JSON.stringify(digest) : renderDigestText(digest)}\n`);
      });
    });

  program
    .command('ingest')
    .description('read new and changed documents and indicator tables in the data directory')
    .argument('[dataDir]', 'a data directory (holding documents/ and catalog.json); default DATA_DIR')
    .option('--watch', 'keep running and ingest again whenever a file in the data directory changes')
    .action(async (dataDir: string | undefined, options: { watch?: boolean }) => {
      exitCode = await runIngest(dataDir);
      if (options.watch && exitCode === 0) await watchData(dataDir);
    });

  program
    .command('report')
    .description('questions marked wrong (👎) or not answered, most frequent first')
    .option('--since <date>', 'from this day, YYYY-MM-DD (default: 30 days ago)')
    .action(async (options: { since?: string }) => {
      if (options.since !== undefined && !weekEndFrom(options.since)) {
        process.stderr.write(`standing-together: --since "${options.since}" is not a date written YYYY-MM-DD\n`);
        exitCode = 2;
        return;
      }
      const since = options.since ? `${options.since}T00:00:00.000Z` : new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString();
      exitCode = await withKnowledge(async (_kb, store) => {
        process.stdout.write(`${await reportText(store, since)}\n`);
      });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return typeof code === 'number' ? code : 1;
  }
  return exitCode;
}

/**
 * `standing-together ingest`: a progress bar on a terminal (JSON log lines otherwise), then a
 * summary — added, changed, unchanged, skipped with reasons.
 */
async function runIngest(dataDir: string | undefined): Promise<number> {
  let log: Logger | undefined;
  try {
    const config = { ...readConfig(), ...(dataDir ? { dataDir: path.resolve(dataDir) } : {}) };
    const tty = Boolean(process.stderr.isTTY);
    const { Presets, SingleBar } = await import('cli-progress');
    const bar = tty ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files · {pages} pages · {passages} passages · {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic) : undefined;
    // On a terminal the bar replaces the info lines; warnings and errors are printed as lines
    // of their own above it (the line the bar is on is cleared first, and the bar drawn again).
    const above = (line: string) => {
      process.stderr.write(`\r\x1b[K${line}\n`);
      if (bar?.isActive) bar.render();
    };
    log = tty ? createLogger(levelFor(config, true), terminalDestination(above)) : createLogger(config.logLevel);
    let pages = 0;
    let passages = 0;
    const started = performance.now();
    const { store, summary } = await loadKnowledge(config, log, {
      onStart: (files) => bar?.start(files, 0, { pages, passages, file: '' }),
      onFile: (p) => {
        pages += p.pages;
        passages += p.passages;
        bar?.increment({ pages, passages, file: p.file });
      },
    }, 'ingest');
    bar?.stop();
    await store.close();
    const seconds = (performance.now() - started) / 1000;
    const lines = [
      `ingested in ${seconds.toFixed(1)} s: ${summary.added.length} added, ${summary.changed.length} changed, ${summary.unchanged.length} unchanged, ${summary.removed.length} removed, ${summary.skipped.length} skipped`,
      ...summary.skipped.map((s) => `  skipped ${s.file}: ${s.reason}`),
      `indicator tables: ${summary.indicators.loaded.length} loaded, ${summary.indicators.unchanged.length} unchanged, ${summary.indicators.problems.length} rows skipped`,
      ...summary.indicators.problems.map((p) => `  ${p.file} line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error, log)}\n`);
    return 1;
  }
}

/** Re-runs the ingest when files in the data directory change (debounced), until interrupted. */
async function watchData(dataDir: string | undefined): Promise<void> {
  const dir = dataDir ? path.resolve(dataDir) : readConfig().dataDir;
  process.stderr.write(`watching ${dir} for changes (Ctrl-C to stop)\n`);
  const { watch } = await import('chokidar');
  // Links are not followed (a link back up the tree would be a loop), and only data/ and the
  // folders in it hold what is read.
  const watcher = watch(dir, { ignoreInitial: true, followSymlinks: false, depth: 2, awaitWriteFinish: { stabilityThreshold: 500 } });
  watcher.on('error', (error) => process.stderr.write(`standing-together: watching ${dir}: ${(error as Error).message}; still watching\n`));
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => runIngest(dataDir));
    }, 300);
  });
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  await watcher.close();
  await running;
}

/** The end of the week whose last day is `date` (midnight after it). */
function weekEndFrom(date: string | undefined): Date | undefined {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const t = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(t.getTime()) ? undefined : new Date(t.getTime() + 24 * 60 * 60 * 1000);
}

/** Loads the knowledge, runs `work` on it, closes the store; returns the exit code. */
async function withKnowledge(work: (kb: KnowledgeBase, store: Store, log: Logger) => Promise<void>): Promise<number> {
  let log: Logger | undefined;
  try {
    const config = readConfig();
    const tty = Boolean(process.stderr.isTTY);
    log = tty ? createLogger(levelFor(config, true), terminalDestination((line) => process.stderr.write(`${line}\n`))) : createLogger(config.logLevel);
    const { store, kb } = await loadKnowledge(config, log);
    try {
      await work(kb, store, log);
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error, log)}\n`);
    return 1;
  }
}

/** Answers `question`, or (undefined) each line of standard input; an empty question is answered as one ("The question is empty…"). */
function ask(question: string | undefined, json: boolean): Promise<number> {
  return withKnowledge(async (kb, store, quietLog) => {
    const render = json ? renderJson : renderText;
    const ask = createAsk({ kb: () => kb, store, log: quietLog });
    const answerOne = (q: string): Promise<Answer> => ask(q, { platform: 'cli' });
    if (question !== undefined) {
      process.stdout.write(`${render(await answerOne(question))}\n`);
    } else {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (!json && line.trim() === '') continue;
        process.stdout.write(`${render(await answerOne(line))}\n${json ? '' : '\n'}`);
      }
    }
  });
}

// Run when executed directly (tsx adapters/cli.ts …), not when imported by the bin shim or tests.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
