import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './read-body.js';

/**
 * A local stand-in for the Bot Framework connector service a Teams activity's `serviceUrl`
 * points at. It listens on 127.0.0.1 on a free port, records every POST (the path, the parsed
 * JSON body and the Authorization header) and answers each with 200 `{id:'reply-N'}`, as the
 * connector does for `POST /v3/conversations/{conversationId}/activities/{activityId}`.
 */

/** One POST as the fake received it. */
export interface ConnectorPost {
  /** Path and query, e.g. `/v3/conversations/a%3A1/activities/m1`. */
  url: string;
  /** The parsed JSON body (an outgoing activity for a reply). */
  body: Record<string, unknown>;
  /** The `Authorization` header, if any (absent when the bot runs unauthenticated). */
  authorization?: string;
}

export interface FakeConnector {
  /** Base URL ending in `/`, to use as an activity's `serviceUrl`. */
  url: string;
  /** Every POST, in arrival order. */
  posts: ConnectorPost[];
  /** When set, every POST is refused with this status (as the connector refuses a bot it does not trust) and not recorded. */
  refuseWith?: number;
  /** Resolves with `posts` once at least `n` arrived; rejects after `ms` saying what was seen. */
  waitFor(n: number, ms?: number): Promise<ConnectorPost[]>;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const posts: ConnectorPost[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      res.setHeader('content-type', 'application/json; charset=utf-8');
      if (req.method !== 'POST') {
        res.statusCode = 405;
        res.end(JSON.stringify({ error: { code: 'MethodNotAllowed', message: `${req.method} not supported` } }));
        return;
      }
      let body: Record<string, unknown>;
      try {
        body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
      } catch {
        res.statusCode = 400;
        res.end(JSON.stringify({ error: { code: 'BadSyntax', message: 'body is not JSON' } }));
        return;
      }
      if (fake.refuseWith) {
        res.statusCode = fake.refuseWith;
        res.end(JSON.stringify({ error: { code: 'Forbidden', message: 'refused by the fake connector' } }));
        return;
      }
      posts.push({ url: req.url ?? '', body, authorization: req.headers.authorization });
      res.statusCode = 200;
      res.end(JSON.stringify({ id: `reply-${posts.length}` }));
    })();
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const fake: FakeConnector = {
    url: `http://127.0.0.1:${port}/`,
    posts,
    waitFor: (n, ms = 5000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const tick = () => {
          if (posts.length >= n) return resolve(posts);
          if (Date.now() - started >= ms) {
            return reject(new Error(`timed out after ${ms} ms: wanted ${n} connector posts, got ${posts.length} (${posts.map((p) => p.url).join(', ') || 'none'})`));
          }
          setTimeout(tick, 10);
        };
        tick();
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return fake;
}
