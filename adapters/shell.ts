import { createInterface } from 'node:readline';
import type { Answer } from '../bot/answer.js';
import { renderText } from './render/text.js';

/** Options for the shell: where to read and write (tests pass their own streams). */
export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** True on a terminal: show a prompt and a greeting. */
  interactive: boolean;
  answer: (question: string) => Answer | Promise<Answer>;
}

const GOODBYE = /^(exit|quit|bye|\\q)$/i;

/**
 * The shell adapter: a prompt in a terminal, or one answer per line when stdin is a pipe.
 * `help` lists what the bot can do; `exit` leaves.
 */
export async function runShell(options: ShellOptions): Promise<void> {
  const { input, output, interactive, answer } = options;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const prompt = () => {
    if (interactive) rl.prompt();
  };
  if (interactive) {
    output.write('Standing Together bot — ask about the police and crime plan. Type "help" for examples, "exit" to leave.\n');
    rl.setPrompt('standing-together> ');
  }
  prompt();
  for await (const line of rl) {
    const question = line.trim();
    if (GOODBYE.test(question)) break;
    if (question === '') {
      prompt();
      continue;
    }
    output.write(`${renderText(await answer(question))}\n\n`);
    prompt();
  }
  rl.close();
}
