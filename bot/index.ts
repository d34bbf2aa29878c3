import type { Server } from 'node:http';
import { hostname } from 'node:os';
import { runShell } from '../adapters/shell.js';
import { readConfig, type Config } from './runtime/config.js';
import { reportFailure } from './errors.js';
import { createAsk } from './ask.js';
import { heldRequestsIn } from './runtime/held-requests.js';
import { LiveKnowledge } from './runtime/live-knowledge.js';
import type { DigestFailureNotice, DigestPoster } from './digest/scheduler.js';
import { loadKnowledge } from './runtime/knowledge.js';
import { welcome } from './welcome.js';
import { createLogger, levelFor, terminalDestination, type Logger } from './runtime/logger.js';

/**
 * Starts the bot: configuration, then the store and knowledge (ingesting anything new in data/),
 * then the adapters. With a chat platform configured it serves that over HTTP (or Slack's Socket
 * Mode) and opens no prompt; with none it is the shell on this terminal.
 */
/** Set once a server has closed what it opened: the process then exits, whatever timers a client left. */
let served = false;

async function main(): Promise<number> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error)}\n`);
    return 1;
  }
  // A person reading the terminal (the shell, or answers to piped questions shown there) wants
  // answers, not log lines between them: warnings only, as readable lines. Servers, runs whose
  // stderr goes to a file or pipe, and an explicit LOG_LEVEL log as JSON.
  const atTerminal = !config.slack && !config.teams && Boolean(process.stderr.isTTY);
  const log = atTerminal && !config.logLevelSet
    ? createLogger(levelFor(config, true), terminalDestination((line) => process.stderr.write(`${line}\n`)))
    : createLogger(config.logLevel);
  try {
    // A server answers from what is published while data/ is read; the terminal reads it first.
    const { store, kb } = await loadKnowledge(config, log, {}, 'start', { background: Boolean(config.slack || config.teams) });
    const live = new LiveKnowledge(kb, store, log, { searchInStoreAbove: config.searchInStoreAbove });
    await live.start();
    const ask = createAsk({ kb: () => live.kb, store, log, perMinute: config.rateLimitPerMinute });
    if (!config.slack && !config.teams) {
      const answer = (q: string) => ask(q, { platform: 'shell' });
      await runShell({ input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), answer });
      await live.stop();
      await store.close();
      return 0;
    }
    // What only a server uses is loaded when one is configured: the terminal never pays for
    // Express, Bolt, botbuilder or the scheduler (about two seconds of imports).
    const [{ createHttpApp, handleErrors, listen }, { commentOn, createFeedback, sentAnswersIn }, { startDigestSchedule }] = await Promise.all([
      import('../adapters/http.js'),
      import('./feedback.js'),
      import('./digest/scheduler.js'),
    ]);
    const startSlack = config.slack ? (await import('../adapters/slack/app.js')).startSlack : undefined;
    const startTeams = config.teams ? (await import('../adapters/teams/app.js')).startTeams : undefined;
    let stopping = false;
    // Ready while not draining and while every chat adapter can answer (Slack has accepted the token).
    let slackReady = () => true;
    const http = createHttpApp(() => !stopping && slackReady());
    const feedback = createFeedback(store);
    const comment = commentOn(store);
    const slack = config.slack && startSlack ? await startSlack({ config: config.slack, answer: ask, welcome: async () => welcome(live.kb, (await store.digest.subscriptions()).filter((s) => s.platform === 'slack').map((s) => s.channelId)), feedback, comment, claimEvent: (id) => store.claimEvent('slack', id), claimSignature: (sig) => store.claimEvent('slack-signature', sig), held: heldRequestsIn(store, 'slack'), inFlightMs: config.heldRequestGraceMs, log, http }) : undefined;
    if (slack) slackReady = slack.ready;
    const teams = config.teams && startTeams ? await startTeams({ config: config.teams, answer: ask, welcome: () => welcome(live.kb), feedback, sentAnswers: sentAnswersIn(store, 'teams'), held: heldRequestsIn(store, 'teams'), inFlightMs: config.heldRequestGraceMs, log, http }) : undefined;
    const posters = new Map<string, DigestPoster>();
    if (slack) posters.set('slack', slack.postDigest);
    if (teams) posters.set('teams', teams.postDigest);
    const failureNotices = new Map<string, DigestFailureNotice>();
    if (slack) failureNotices.set('slack', slack.tellDigestFailed);
    const schedule = startDigestSchedule({ kb: () => live.kb, store, posters, failureNotices, log, ...config.digest, worker: `${hostname()}:${process.pid}` });
    handleErrors(http, log);
    // Slack in Socket Mode alone needs no port; anything else is served over HTTP.
    const server = config.teams || !config.slack?.appToken ? await listen(http, config.port) : undefined;
    log.info({ port: server ? config.port : undefined, slack: Boolean(slack), teams: Boolean(config.teams) }, 'serving chat platforms');
    await untilStopped(log, server, () => {
      stopping = true;
    }, async () => {
      schedule.stop();
      await live.stop();
      await slack?.stop();
      teams?.stop();
      await store.close();
    });
    served = true;
    return 0;
  } catch (error) {
    process.stderr.write(`standing-together: ${reportFailure(error, log)}\n`);
    return 1;
  }
}

/** How long requests in flight get to finish after SIGTERM before the process closes anyway. */
const SHUTDOWN_GRACE_MS = 10_000;
/** How long closing (scheduler, adapters, database) may take after that before the process exits regardless. */
const CLOSE_MS = 5_000;

/**
 * Resolves on SIGTERM or SIGINT: stops taking requests (readyz turns 503), lets those in flight
 * finish for up to SHUTDOWN_GRACE_MS, then runs `close` (scheduler, adapters, database).
 */
function untilStopped(log: Logger, server: Server | undefined, beginStop: () => void, close: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'stopping: no new requests, finishing those in flight');
      beginStop();
      // A client retrying an unreachable service (Slack's Web API down) must not hold the process
      // past its grace period: whatever is still open then, it exits.
      setTimeout(() => {
        log.error({ graceMs: SHUTDOWN_GRACE_MS + CLOSE_MS }, 'still closing after the grace period; exiting');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS + CLOSE_MS).unref();
      let closed = false;
      const done = () => {
        if (closed) return;
        closed = true;
        void close().finally(resolve);
      };
      if (!server) return done();
      server.close(() => done());
      server.closeIdleConnections();
      setTimeout(() => {
        log.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'requests still in flight after the grace period; closing anyway');
        server.closeAllConnections();
        done();
      }, SHUTDOWN_GRACE_MS).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

// A promise nobody awaited must not take the bot down silently: log it and keep serving.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`${JSON.stringify({ level: 50, msg: 'unhandled rejection', err: String(reason) })}\n`);
});

main().then((code) => {
  process.exitCode = code;
  // Closed in order; a retry timer of a client library would otherwise keep it running.
  if (served) process.exit(code);
});
