import type { Server } from 'node:http';
import { hostname } from 'node:os';
import { createHttpApp, listen } from '../adapters/http.js';
import { runShell } from '../adapters/shell.js';
import { startSlack } from '../adapters/slack/app.js';
import { startTeams } from '../adapters/teams/app.js';
import { readConfig, type Config } from './config.js';
import { reportFailure } from './errors.js';
import { createAsk } from './ask.js';
import { LiveKnowledge } from './live-knowledge.js';
import { commentOn, createFeedback } from './feedback.js';
import { startDigestSchedule, type DigestPoster } from './digest/scheduler.js';
import { loadKnowledge } from './knowledge.js';
import { createLogger, type Logger } from './logger.js';

/**
 * Starts the bot: configuration, then the store and knowledge (ingesting anything new in data/),
 * then the adapters. With a chat platform configured it serves that over HTTP (or Slack's Socket
 * Mode) and opens no prompt; with none it is the shell on this terminal.
 */
async function main(): Promise<number> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error)}\n`);
    return 1;
  }
  const log = createLogger(config.logLevel);
  try {
    const { store, kb } = await loadKnowledge(config, log);
    const live = new LiveKnowledge(kb, store, log);
    await live.start();
    const ask = createAsk({ kb: () => live.kb, store, log });
    if (!config.slack && !config.teams) {
      const answer = (q: string) => ask(q, { platform: 'shell' });
      await runShell({ input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), answer });
      live.stop();
      await store.close();
      return 0;
    }
    const http = createHttpApp();
    const feedback = createFeedback(store);
    const comment = commentOn(store);
    const slack = config.slack ? await startSlack({ config: config.slack, answer: ask, feedback, comment, claimEvent: (id) => store.claimEvent('slack', id), log, http }) : undefined;
    const teams = config.teams ? startTeams({ config: config.teams, answer: ask, feedback, log, http }) : undefined;
    const posters = new Map<string, DigestPoster>();
    if (slack) posters.set('slack', slack.postDigest);
    if (teams) posters.set('teams', teams.postDigest);
    const schedule = startDigestSchedule({ kb: () => live.kb, store, posters, log, ...config.digest, worker: `${hostname()}:${process.pid}` });
    // Slack in Socket Mode alone needs no port; anything else is served over HTTP.
    const server = config.teams || !config.slack?.appToken ? await listen(http, config.port) : undefined;
    log.info({ port: server ? config.port : undefined, slack: Boolean(slack), teams: Boolean(config.teams) }, 'serving chat platforms');
    await untilStopped(log, server, async () => {
      schedule.stop();
      live.stop();
      await slack?.stop();
      await store.close();
    });
    return 0;
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error, log)}\n`);
    return 1;
  }
}

/** Resolves on SIGTERM or SIGINT, after the server stops taking requests and `close` runs. */
function untilStopped(log: Logger, server: Server | undefined, close: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'stopping');
      const done = () => close().finally(resolve);
      if (server) server.close(() => void done());
      else void done();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

main().then((code) => {
  process.exitCode = code;
});
