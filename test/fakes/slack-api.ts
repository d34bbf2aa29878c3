import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './read-body.js';

/**
 * Local stand-ins for the two things the Slack adapter talks to: Slack's Web API (pointed at
 * through `clientOptions.slackApiUrl`) and a slash command's `response_url`. Both listen on
 * 127.0.0.1 on a free port and record what they were sent.
 */

/** One Web API call as the fake received it. */
export interface ApiCall {
  /** `chat.postMessage`, `auth.test`, … */
  method: string;
  /** The parsed arguments; `blocks` (sent by the WebClient as a JSON string) is parsed back. */
  body: Record<string, unknown>;
  /** The `Authorization` header (the WebClient sends the token as a bearer token). */
  authorization?: string;
  contentType?: string;
}

/** A Slack message as posted: the fields the adapter sets. */
export interface PostedMessage extends Record<string, unknown> {
  channel?: string;
  text?: string;
  thread_ts?: string;
  blocks?: Record<string, unknown>[];
}

/** The identity the fake's `auth.test` reports. */
export const FAKE_BOT = { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } as const;

/** Form-encoded or JSON arguments; values that are JSON arrays or objects as strings are parsed. */
export function parseApiBody(raw: string, contentType = ''): Record<string, unknown> {
  if (raw === '') return {};
  let body: Record<string, unknown>;
  if (contentType.includes('application/json')) {
    body = JSON.parse(raw) as Record<string, unknown>;
  } else {
    body = Object.fromEntries(new URLSearchParams(raw));
  }
  for (const key of ['blocks', 'attachments', 'metadata']) {
    const value = body[key];
    if (typeof value === 'string' && /^\s*[[{]/.test(value)) body[key] = JSON.parse(value);
  }
  return body;
}

/** Resolves once `ready()` holds, polling; rejects after `ms` with `describe()` in the message. */
function until<T>(ready: () => T | undefined, ms: number, describe: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const value = ready();
      if (value !== undefined) return resolve(value);
      if (Date.now() - started >= ms) return reject(new Error(`timed out after ${ms} ms: ${describe()}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

function listenLocal(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((err) => (err ? reject(err) : resolve()));
  });
}

export interface FakeSlackApi {
  /** Base URL for `slackApiUrl`, ending `/api/`. */
  url: string;
  /** Every `chat.postMessage`, in arrival order. */
  calls: PostedMessage[];
  /** Every Web API call of any method, in arrival order. */
  requests: ApiCall[];
  /**
   * While true, `chat.postMessage` requests are recorded in `held` and never answered (a post
   * stuck in flight, as when Slack is slow or the poster dies); set false to answer new ones
   * normally again. Held requests stay unanswered until `close()` drops them.
   */
  hold: boolean;
  /** `chat.postMessage` requests received while `hold` was set: never answered, not in `calls`. */
  held: PostedMessage[];
  /**
   * Channels `conversations.info` describes, by id: whether the bot is a member and whether the
   * channel is private, or `hidden` (a private channel the bot cannot see: `channel_not_found`).
   * A channel not listed gets `{ok:true}` with no channel, as before. `conversations.join` makes
   * the bot a member.
   */
  channels: Map<string, { is_member: boolean; is_private: boolean } | 'hidden'>;
  /** Resolves with `calls` once at least `n` messages were posted; rejects after `ms`. */
  waitFor(n: number, ms?: number): Promise<PostedMessage[]>;
  /** Resolves with `held` once at least `n` posts are held; rejects after `ms`. */
  waitForHeld(n: number, ms?: number): Promise<PostedMessage[]>;
  close(): Promise<void>;
}

/**
 * A fake Slack Web API: `auth.test` names the bot UBOT/BBOT in team T1, `chat.postMessage` is
 * recorded and answered `{ok:true, ts:'1.1'}` (or held unanswered while `hold` is set), and any
 * other method gets `{ok:true}`.
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: PostedMessage[] = [];
  const requests: ApiCall[] = [];
  const held: PostedMessage[] = [];
  const channels: FakeSlackApi['channels'] = new Map();
  /** Responses of held posts, kept so they are never answered (nor garbage-collected) until close. */
  const unanswered: ServerResponse[] = [];
  let fake: FakeSlackApi | undefined;
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const match = /^\/api\/([\w.]+)/.exec(req.url ?? '');
      res.setHeader('content-type', 'application/json; charset=utf-8');
      if (req.method !== 'POST' || !match) {
        res.statusCode = 404;
        res.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
        return;
      }
      const method = match[1]!;
      let body: Record<string, unknown>;
      try {
        body = parseApiBody(raw, req.headers['content-type']);
      } catch {
        res.end(JSON.stringify({ ok: false, error: 'invalid_arguments' }));
        return;
      }
      requests.push({ method, body, authorization: req.headers.authorization, contentType: req.headers['content-type'] });
      if (method === 'auth.test') {
        res.end(JSON.stringify({ ok: true, url: 'https://t1.slack.example/', team: 'Test', user: 'standing-together', ...FAKE_BOT }));
      } else if (method === 'chat.postMessage' && fake?.hold) {
        held.push(body as PostedMessage);
        unanswered.push(res);
      } else if (method === 'conversations.info' && channels.has(String(body.channel))) {
        const c = channels.get(String(body.channel))!;
        res.end(JSON.stringify(c === 'hidden' ? { ok: false, error: 'channel_not_found' } : { ok: true, channel: { id: body.channel, is_channel: true, ...c } }));
      } else if (method === 'conversations.join' && channels.has(String(body.channel))) {
        const c = channels.get(String(body.channel))!;
        if (c === 'hidden' || c.is_private) res.end(JSON.stringify({ ok: false, error: 'method_not_supported_for_channel_type' }));
        else {
          channels.set(String(body.channel), { ...c, is_member: true });
          res.end(JSON.stringify({ ok: true, channel: { id: body.channel, is_member: true } }));
        }
      } else if (method === 'chat.postMessage' && channels.has(String(body.channel)) && (channels.get(String(body.channel)) === 'hidden' || !(channels.get(String(body.channel)) as { is_member: boolean }).is_member)) {
        // As Slack answers a post to a channel the bot is not in (or cannot see).
        res.end(JSON.stringify({ ok: false, error: channels.get(String(body.channel)) === 'hidden' ? 'channel_not_found' : 'not_in_channel' }));
      } else if (method === 'chat.postMessage') {
        calls.push(body as PostedMessage);
        res.end(JSON.stringify({ ok: true, channel: body.channel, ts: '1.1', message: { text: body.text } }));
      } else {
        res.end(JSON.stringify({ ok: true }));
      }
    })();
  });
  const port = await listenLocal(server);
  fake = {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    requests,
    hold: false,
    held,
    channels,
    waitFor: (n, ms = 5000) =>
      until(
        () => (calls.length >= n ? calls : undefined),
        ms,
        () => `wanted ${n} chat.postMessage calls, got ${calls.length} (methods seen: ${requests.map((r) => r.method).join(', ') || 'none'})`,
      ),
    waitForHeld: (n, ms = 5000) =>
      until(
        () => (held.length >= n ? held : undefined),
        ms,
        () => `wanted ${n} held chat.postMessage requests, got ${held.length} (methods seen: ${requests.map((r) => r.method).join(', ') || 'none'})`,
      ),
    close: () => closeServer(server),
  };
  return fake;
}

/** One POST to a `response_url`. */
export interface ResponsePost {
  /** The `<id>` in `/response/<id>`. */
  id: string;
  body: Record<string, unknown>;
  /** When the post arrived (`Date.now()`). */
  receivedAt?: number;
}

export interface ResponseUrlReceiver {
  /** Base URL; a command's response_url is `urlFor(id)`. */
  url: string;
  urlFor(id: string | number): string;
  posts: ResponsePost[];
  /** Resolves with `posts` once at least `n` arrived; rejects after `ms`. */
  waitFor(n: number, ms?: number): Promise<ResponsePost[]>;
  close(): Promise<void>;
}

/** A stand-in for Slack's `response_url` endpoints: records JSON POSTs to `/response/<id>`. */
export async function startResponseUrlReceiver(): Promise<ResponseUrlReceiver> {
  const posts: ResponsePost[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const match = /^\/response\/([^/?]+)/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.statusCode = 404;
        res.end();
        return;
      }
      try {
        posts.push({ id: decodeURIComponent(match[1]!), body: JSON.parse(raw) as Record<string, unknown>, receivedAt: Date.now() });
      } catch {
        res.statusCode = 400;
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true }));
    })();
  });
  const port = await listenLocal(server);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    urlFor: (id) => `${url}/response/${encodeURIComponent(String(id))}`,
    posts,
    waitFor: (n, ms = 5000) =>
      until(
        () => (posts.length >= n ? posts : undefined),
        ms,
        () => `wanted ${n} response_url posts, got ${posts.length}`,
      ),
    close: () => closeServer(server),
  };
}
