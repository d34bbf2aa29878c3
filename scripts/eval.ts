/**
 * Runs the dev question set through the CLI contract with the shared scorer and fails when a
 * score falls below its floor in eval/floors.json. Floors only ever go up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const program = new Command('eval')
  .option('--qa <file>', 'question set', path.join(root, '..', 'shared', 'eval', 'qa-dev.jsonl'))
  .option('-v, --verbose', 'list the questions missed')
  .parse();
const { qa, verbose } = program.opts<{ qa: string; verbose?: boolean }>();

const scorer = path.join(path.dirname(qa), 'score.py');
if (!existsSync(qa) || !existsSync(scorer)) {
  console.error(`eval: no question set at ${qa} (with score.py beside it); pass --qa`);
  process.exit(2);
}

const args = [scorer, qa, ...(verbose ? ['-v'] : []), '--', 'npm', 'run', '--silent', 'ask', '--', '--json'];
const run = spawnSync('python3', args, { cwd: root, encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const last = run.stdout.trim().split('\n').pop() ?? '';
const scores: Record<string, number> = {};
for (const m of last.matchAll(/(\w+)=([\d.]+)(?:\/(\d+))?/g)) {
  scores[m[1]!] = m[3] ? Number(m[2]) / Number(m[3]) : Number(m[2]);
}
const floors = JSON.parse(readFileSync(path.join(root, 'eval', 'floors.json'), 'utf8')) as Record<string, number>;
const failures = Object.entries(floors).filter(([k, floor]) => !(scores[k]! >= floor));
if (run.status !== 0 || failures.length > 0) {
  for (const [k, floor] of failures) console.error(`eval: ${k}=${scores[k] ?? 'missing'} is below its floor ${floor}`);
  process.exit(1);
}
console.log('eval: every score is at or above its floor');
