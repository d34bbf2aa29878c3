import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../../adapters/http.js';
import { CANNOT_CLAIM, slackRequestGuard } from '../../../adapters/slack/request-guard.js';
import { startSlack } from '../../../adapters/slack/app.js';
import { handle } from '../../../bot/handle.js';
import { heldRequestsIn } from '../../../bot/runtime/held-requests.js';
import { captureLog } from '../../helpers/knowledge.js';
import { BOT_TOKEN, eventBody, FORM, JSON_TYPE, nowSeconds, postToSlack, SIGNING_SECRET, signatureHeaders, slashCommandBody, startBot, type RunningBot } from './helpers.js';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot?.close();
});

describe('a replayed Slack request', () => {
  it('is refused: the same signature and timestamp sent again gets 401 and no second answer', async () => {
    const body = slashCommandBody('CSTR 2023/24', bot.responses.urlFor('replay'));
    const headers = signatureHeaders(body);
    const first = await postToSlack(bot, body, FORM, { headers, unsigned: true });
    expect(first.status).toBe(200);
    const again = await postToSlack(bot, body, FORM, { headers, unsigned: true });
    expect(again.status).toBe(401);
    await bot.responses.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.responses.posts.filter((p) => p.id === 'replay')).toHaveLength(1);
  });

  it('is refused when sent again with a retry header: a slash command has no event id to be answered once by', async () => {
    const body = slashCommandBody('CSTR 2023/24', bot.responses.urlFor('retry-replay'));
    const headers = signatureHeaders(body);
    expect((await postToSlack(bot, body, FORM, { headers, unsigned: true })).status).toBe(200);
    for (let i = 1; i <= 3; i++) {
      const again = await postToSlack(bot, body, FORM, { headers: { ...headers, 'x-slack-retry-num': String(i), 'x-slack-retry-reason': 'http_timeout' }, unsigned: true });
      expect(again.status).toBe(401);
    }
    await bot.responses.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.responses.posts.filter((p) => p.id === 'retry-replay')).toHaveLength(1);
  });
});

describe('a forged Slack request', () => {
  it('writes nothing: its signature is checked before any is recorded, and outsized headers are refused unread', async () => {
    const body = slashCommandBody('CSTR 2023/24', bot.responses.urlFor('forged-write'));
    const forged = `v0=${'a'.repeat(64)}`;
    const huge = `v0=${'b'.repeat(8 * 1024)}`;
    for (const signature of [forged, huge]) {
      const res = await postToSlack(bot, body, FORM, { headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(nowSeconds()) }, unsigned: true });
      expect(res.status).toBe(401);
      // Had the guard recorded it, claiming it now would say it was already seen.
      expect(await bot.store.claimEvent('slack-signature', signature)).toBe(true);
    }
    expect(bot.responses.posts.filter((p) => p.id === 'forged-write')).toEqual([]);
  });
});

describe('a signed slash command with no text field', () => {
  it('is answered, as an empty command is, with how to ask', async () => {
    const body = new URLSearchParams([...new URLSearchParams(slashCommandBody('', bot.responses.urlFor('no-text')))].filter(([k]) => k !== 'text')).toString();
    expect((await postToSlack(bot, body, FORM)).status).toBe(200);
    for (let waited = 0; waited < 5000 && !bot.responses.posts.some((p) => p.id === 'no-text'); waited += 50) await new Promise((r) => setTimeout(r, 50));
    const [post] = bot.responses.posts.filter((p) => p.id === 'no-text');
    expect(JSON.stringify(post!.body)).toMatch(/Ask about Standing Together/);
  });
});

describe('the Slack adapter\'s readiness', () => {
  it('is ready once Slack has accepted the bot token', async () => {
    for (let waited = 0; waited < 5000 && !bot.slack.ready(); waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(bot.slack.ready()).toBe(true);
    expect(bot.api.requests.some((r) => r.method === 'auth.test')).toBe(true);
  });
});

/** A second Slack adapter on the same store, as another process would start. */
function anotherProcess(inFlightMs?: number) {
  return startSlack({
    config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: bot.api.url },
    answer: (q) => handle(q, bot.kb),
    claimEvent: (id) => bot.store.claimEvent('slack', id),
    held: heldRequestsIn(bot.store, 'slack'),
    inFlightMs,
    log: captureLog().log,
  });
}

describe('a slash command acknowledged by a process that then died', () => {
  it('is answered by the next process to start on the store, once, and an answered one leaves nothing behind', async () => {
    // What the killed process kept before its ack: the command, not yet answered.
    const responseUrl = bot.responses.urlFor('held-crash');
    await bot.store.holdRequest('slack', 'command:crash-1', { kind: 'command', question: 'CSTR 2023/24', userId: 'U9', channelId: 'C9', responseUrl });
    // The held command is fresh: this process may answer it at once (a dead one holds it).
    const next = await anotherProcess(0);
    for (let waited = 0; waited < 5000 && !bot.responses.posts.some((p) => p.id === 'held-crash'); waited += 50) await new Promise((r) => setTimeout(r, 50));
    const posts = bot.responses.posts.filter((p) => p.id === 'held-crash');
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.body)).toContain('1,362');
    await next.stop();

    const answered = slashCommandBody('CSTR 2023/24', bot.responses.urlFor('held-done'));
    expect((await postToSlack(bot, answered, FORM)).status).toBe(200);
    for (let waited = 0; waited < 5000 && !bot.responses.posts.some((p) => p.id === 'held-done'); waited += 50) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200));
    expect(await bot.store.takeHeldRequests('slack', new Date(0).toISOString(), new Date().toISOString())).toEqual([]);
  });
});

describe('a slash command another live replica is still answering', () => {
  it('is left to it by a process starting beside it', async () => {
    const responseUrl = bot.responses.urlFor('held-live');
    await bot.store.holdRequest('slack', 'command:live-1', { kind: 'command', question: 'CSTR 2023/24', userId: 'U9', channelId: 'C9', responseUrl });
    const beside = await anotherProcess();
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.responses.posts.filter((p) => p.id === 'held-live')).toEqual([]);
    await beside.stop();
    const still = await bot.store.takeHeldRequests('slack', new Date(0).toISOString(), new Date().toISOString());
    expect(still.map((h) => h.id)).toEqual(['command:live-1']);
  });
});

describe('a signed request whose signature cannot be claimed (the store is away)', () => {
  it('is not acted on: a slash command is told to try again in its acknowledgement, an event gets 503 to be sent again', async () => {
    const app = express();
    const acted: string[] = [];
    const { log, lines } = captureLog();
    app.post('/slack/events', ...slackRequestGuard({ signingSecret: SIGNING_SECRET, claimSignature: () => Promise.reject(new Error('connect ECONNREFUSED')), log }), (req, res) => {
      acted.push(req.path);
      res.status(200).end();
    });
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
      const command = slashCommandBody('CSTR 2023/24', 'http://127.0.0.1:9/unused');
      const commandRes = await fetch(url, { method: 'POST', headers: { 'content-type': FORM, ...signatureHeaders(command) }, body: command });
      expect(commandRes.status).toBe(200);
      expect(await commandRes.json()).toEqual({ response_type: 'ephemeral', text: CANNOT_CLAIM });

      const event = eventBody('Ev0AWAY', { type: 'app_mention', user: 'U1', text: '<@UBOT> CSTR 2023/24', ts: '1.1', channel: 'C1', event_ts: '1.1' });
      const eventRes = await fetch(url, { method: 'POST', headers: { 'content-type': JSON_TYPE, ...signatureHeaders(event) }, body: event });
      expect(eventRes.status).toBe(503);

      expect(acted).toEqual([]);
      expect(lines.filter((l) => String(l.msg).startsWith('could not claim a request signature'))).toHaveLength(2);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
