/**
 * Runs the question sets through the CLI contract with the shared scorer and fails when a score
 * falls below its floor in eval/floors.json (one block of floors per set, named for its file in
 * ../shared/eval/). Floors only ever go up.
 *
 * `--documents <dir>` scores a set about documents the bot does not ship (eval/unseen/): they are
 * added, with no catalog entry, to a copy of data/ in a temporary folder, as a user would drop
 * them in, and answered from a fresh store there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.join(root, '..', 'shared', 'eval');

const program = new Command('eval')
  .option('--qa <file>', 'score this question set alone (against the floors of its name, if any)')
  .option('-v, --verbose', 'list the questions missed')
  .option('--documents <dir>', 'add the documents in this folder (uncatalogued) to a copy of data/ first')
  .parse();
const { qa, verbose, documents } = program.opts<{ qa?: string; verbose?: boolean; documents?: string }>();

/** The environment the bot answers in: the shipped data, or a copy with `documents` added. */
function answeringEnv(): { env: NodeJS.ProcessEnv; done: () => void } {
  if (!documents) return { env: process.env, done: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'st-eval-'));
  cpSync(path.join(root, 'data'), path.join(dir, 'data'), { recursive: true });
  cpSync(path.resolve(documents), path.join(dir, 'data', 'documents'), { recursive: true });
  const env = { ...process.env, DATA_DIR: path.join(dir, 'data'), DB_PATH: path.join(dir, 'store.sqlite') };
  return { env, done: () => rmSync(dir, { recursive: true, force: true }) };
}

const floors = JSON.parse(readFileSync(path.join(root, 'eval', 'floors.json'), 'utf8')) as Record<string, Record<string, number>>;
const sets = qa ? [qa] : Object.keys(floors).map((name) => path.join(shared, `${name}.jsonl`));
// The shared scorer scores every set; a set of our own (eval/) has none beside it.
const scorer = existsSync(path.join(shared, 'score.py')) || !qa ? path.join(shared, 'score.py') : path.join(path.dirname(qa), 'score.py');

let failed = false;
for (const set of sets) {
  if (!existsSync(set) || !existsSync(scorer)) {
    console.error(`eval: no question set at ${set} (with score.py in ${path.dirname(scorer)}); pass --qa`);
    process.exit(2);
  }
  const name = path.basename(set, '.jsonl');
  const args = [scorer, set, ...(verbose ? ['-v'] : []), '--', 'npm', 'run', '--silent', 'ask', '--', '--json'];
  const answering = answeringEnv();
  const run = spawnSync('python3', args, { cwd: root, encoding: 'utf8', env: answering.env });
  answering.done();
  process.stdout.write(`${name}:\n${run.stdout}`);
  process.stderr.write(run.stderr);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  const scores: Record<string, number> = {};
  for (const m of last.matchAll(/(\w+)=([\d.]+)(?:\/(\d+))?/g)) {
    scores[m[1]!] = m[3] ? Number(m[2]) / Number(m[3]) : Number(m[2]);
  }
  const failures = Object.entries(floors[name] ?? {}).filter(([k, floor]) => !(scores[k]! >= floor));
  for (const [k, floor] of failures) console.error(`eval: ${name} ${k}=${scores[k] ?? 'missing'} is below its floor ${floor}`);
  if (run.status !== 0 || failures.length > 0) failed = true;
}
if (failed) process.exit(1);
console.log('eval: every score is at or above its floor');
