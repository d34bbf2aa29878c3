import { spawn } from 'node:child_process';

/** Runs a command with one question piped in; resolves with the milliseconds until its answer's first line. */
function timeOne(command: string, args: string[], cwd: string, question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    let seen = '';
    let done = false;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      // npm prints its own banner first; the answer is the first line the bot writes.
      if (!done && /^(?:▸|\[1\]|The plan documents)/m.test(seen)) {
        done = true;
        resolve(performance.now() - started);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!done) reject(new Error(`${command} ${args.join(' ')} exited ${code} without answering`));
    });
    child.stdin.end(`${question}\n`);
  });
}

/**
 * What a person waits at a terminal: from typing the command to the first line of the answer to
 * a piped question, over the shipped data, as a restart (one untimed run first, then the median
 * of `runs`).
 */
export async function firstAnswerMs(command: string, args: string[], cwd: string, runs = 5, question = 'CSTR 2023/24'): Promise<number> {
  await timeOne(command, args, cwd, question);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOne(command, args, cwd, question));
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]!);
}
