import { runShell } from '../adapters/shell.js';
import { readConfig } from './config.js';
import { reportFailure } from './errors.js';
import { handle } from './handle.js';
import { loadKnowledge } from './knowledge.js';
import { createLogger } from './logger.js';

/**
 * Starts the bot: configuration, then the store and knowledge (ingesting anything new in data/),
 * then the adapters. With no chat platform configured that is the shell on this terminal.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error)}\n`);
    return 1;
  }
  const log = createLogger(config.logLevel);
  try {
    const { store, kb } = await loadKnowledge(config, log);
    await runShell({
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      answer: (q) => handle(q, kb),
    });
    await store.close();
    return 0;
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error, log)}\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
