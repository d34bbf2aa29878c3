import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/knowledge.js';

/**
 * Every command the README shows in a code block is run as written (in a fresh store), and must
 * exit 0 with some output and no stack trace; a block written as a terminal session (`$ command`
 * then its output) must print the lines it shows. Left out: installing, the test suite itself,
 * and `--watch`, which runs until stopped.
 */

const SLOW = 120_000;
const NOT_RUN = [/\bnpm install\b/, /\bnpm test\b/, /--watch\b/, /\bnpm link\b/];

interface Documented {
  command: string;
  /** Lines the README shows it printing ("…" marks where it abbreviates). */
  shows: string[];
}

function documentedCommands(readme: string): Documented[] {
  const out: Documented[] = [];
  for (const block of readme.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)) {
    const lines = block[1]!.split('\n');
    if (lines.some((l) => l.startsWith('$ '))) {
      let current: Documented | undefined;
      for (const line of lines) {
        if (line.startsWith('$ ')) out.push((current = { command: line.slice(2).trim(), shows: [] }));
        else if (current && line.trim() !== '') current.shows.push(line.trim());
      }
      continue;
    }
    for (const line of lines) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command !== '') out.push({ command, shows: [] });
    }
  }
  return out.filter((d) => !NOT_RUN.some((re) => re.test(d.command)));
}

const tmp = mkdtempSync(path.join(tmpdir(), 'st-readme-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const commands = documentedCommands(readFileSync(path.join(projectRoot, 'README.md'), 'utf8'));

describe('the README\'s commands', () => {
  it('are found', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  it.each(commands.map((c) => [c.command, c] as const))('%s works as written', (_name, { command, shows }) => {
    const { DATA_DIR: _d, DB_PATH: _p, LOG_LEVEL: _l, ...inherited } = process.env;
    // The installed command is the project's bin script.
    const runnable = command.replace(/^standing-together\b/, `node ${path.join('bin', 'standing-together.js')}`);
    const run = spawnSync('bash', ['-c', runnable], {
      cwd: projectRoot,
      input: '',
      env: { ...inherited, DB_PATH: path.join(tmp, 'readme.sqlite') },
      encoding: 'utf8',
      timeout: SLOW,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).not.toBe('');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    for (const line of shows) {
      const shown = line.split('…')[0]!.trim();
      expect(run.stdout).toContain(shown);
    }
  }, SLOW);
});
