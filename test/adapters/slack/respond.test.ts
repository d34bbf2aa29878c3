import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { postToResponseUrl } from '../../../adapters/slack/respond.js';

/** A response_url that answers with the given statuses in turn, recording each body. */
async function receiver(statuses: number[]) {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      const status = statuses.shift() ?? 200;
      res.writeHead(status, status === 429 ? { 'retry-after': '2' } : {});
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/r`, bodies, close: () => server.close() };
}

describe('posting to response_url', () => {
  it('waits for Retry-After when Slack answers 429, then delivers', async () => {
    const r = await receiver([429, 200]);
    const waits: number[] = [];
    await postToResponseUrl(r.url, { text: 'hello' }, async (ms) => {
      waits.push(ms);
    });
    expect(waits).toEqual([2000]);
    expect(r.bodies.map((b) => JSON.parse(b).text)).toEqual(['hello', 'hello']);
    r.close();
  });

  it('gives up after five tries and says so', async () => {
    const r = await receiver([429, 500, 429, 503, 429, 429]);
    await expect(postToResponseUrl(r.url, { text: 'x' }, async () => undefined)).rejects.toThrow(/429/);
    expect(r.bodies).toHaveLength(5);
    r.close();
  });

  it('tries again after a 5xx', async () => {
    const r = await receiver([502, 200]);
    await postToResponseUrl(r.url, { text: 'x' }, async () => undefined);
    expect(r.bodies).toHaveLength(2);
    r.close();
  });

  it('does not retry a 404: the response_url is gone', async () => {
    const r = await receiver([404]);
    await expect(postToResponseUrl(r.url, { text: 'x' }, async () => undefined)).rejects.toThrow(/404/);
    expect(r.bodies).toHaveLength(1);
    r.close();
  });
});
