import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createHttpApp, listen } from '../../../adapters/http.js';
import { startSlack, type SlackAdapter } from '../../../adapters/slack/app.js';
import { commentOn, createFeedback } from '../../../bot/feedback.js';
import { welcome } from '../../../bot/welcome.js';
import { handle } from '../../../bot/handle.js';
import { heldRequestsIn } from '../../../bot/runtime/held-requests.js';
import type { KnowledgeBase } from '../../../knowledge/search/retrieve.js';
import type { Store } from '../../../knowledge/store/store.js';
import { startFakeSlackApi, startResponseUrlReceiver, type FakeSlackApi, type ResponseUrlReceiver } from '../../fakes/slack-api.js';
import { captureLog, realKnowledge } from '../../helpers/knowledge.js';

export const SIGNING_SECRET = 'test-secret';
export const BOT_TOKEN = 'xoxb-test';

/** Seconds since the epoch, as Slack puts in `x-slack-request-timestamp`. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Slack's request signature: `v0=` and the hex HMAC-SHA256, keyed by the signing secret, of
 * `v0:<timestamp>:<raw body>`.
 */
export function sign(body: string, secret: string, timestamp: number | string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The two headers Slack signs a request with. */
export function signatureHeaders(body: string, secret = SIGNING_SECRET, timestamp: number = nowSeconds()): Record<string, string> {
  return { 'x-slack-signature': sign(body, secret, timestamp), 'x-slack-request-timestamp': String(timestamp) };
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

/** A slash command's form body, as Slack sends it. */
export function slashCommandBody(text: string, responseUrl: string, fields: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'analyst',
    command: '/standing-together',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '123.456.abc',
    ...fields,
  }).toString();
}

/** An interactivity body: the payload JSON in a `payload` form field. */
export function interactivityBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** An Events API `event_callback` body. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: nowSeconds(),
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event,
  });
}

export interface RunningBot {
  /** Where the shared HTTP app listens, e.g. http://127.0.0.1:54321 (no trailing slash). */
  base: string;
  /** The Slack endpoint, `${base}/slack/events`. */
  events: string;
  api: FakeSlackApi;
  responses: ResponseUrlReceiver;
  slack: SlackAdapter;
  kb: KnowledgeBase;
  store: Store;
  /** The bot's own log lines. */
  logLines: Record<string, unknown>[];
  /** Every question the adapter asked the bot. */
  asked: string[];
  close(): Promise<void>;
}

/**
 * The Slack adapter as the bot runs it: the real corpus in a fresh in-memory store, Bolt's
 * ExpressReceiver mounted on the shared HTTP app, listening on 127.0.0.1 on a free port; only
 * Slack's Web API and response_url are fakes.
 */
export async function startBot(): Promise<RunningBot> {
  const { kb, store } = await realKnowledge();
  const api = await startFakeSlackApi();
  const responses = await startResponseUrlReceiver();
  const { log, lines } = captureLog();
  const http = createHttpApp();
  const asked: string[] = [];
  const slack = await startSlack({
    config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: api.url },
    answer: (q) => {
      asked.push(q);
      return handle(q, kb);
    },
    // As the bot wires it (bot/index.ts): the Slack channels subscribed to the digest are shown.
    welcome: async () => welcome(kb, (await store.digest.subscriptions()).filter((s) => s.platform === 'slack').map((s) => s.channelId)),
    claimEvent: (id) => store.claimEvent('slack', id),
    claimSignature: (sig) => store.claimEvent('slack-signature', sig),
    held: heldRequestsIn(store, 'slack'),
    feedback: createFeedback(store),
    comment: commentOn(store),
    log,
    http,
  });
  const server = await listen(http, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    events: `${base}/slack/events`,
    api,
    responses,
    slack,
    kb,
    store,
    logLines: lines,
    asked,
    close: async () => {
      await slack.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
      await responses.close();
      await store.close();
    },
  };
}

/** POSTs a body to the Slack endpoint, signed unless `headers` say otherwise. */
export async function postToSlack(
  bot: RunningBot,
  body: string,
  contentType: string,
  options: { headers?: Record<string, string>; timestamp?: number; unsigned?: boolean } = {},
): Promise<Response> {
  const signed = options.unsigned ? {} : signatureHeaders(body, SIGNING_SECRET, options.timestamp ?? nowSeconds());
  return fetch(bot.events, { method: 'POST', headers: { 'content-type': contentType, ...signed, ...options.headers }, body });
}

/** Every mrkdwn/plain text in a message's blocks, joined, for "does it mention X" checks. */
export function blockText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(blocks);
  return out.join('\n');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
