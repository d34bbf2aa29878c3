import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SHARE_ACTION } from '../../../adapters/slack/render.js';
import { helpText } from '../../../bot/commands.js';
import type { PostedMessage, ResponsePost } from '../../fakes/slack-api.js';
import { shippedData } from '../../helpers/knowledge.js';
import { eventually } from '../../helpers/eventually.js';
import {
  BOT_TOKEN,
  blockText,
  eventBody,
  FORM,
  interactivityBody,
  JSON_TYPE,
  nowSeconds,
  postToSlack,
  SIGNING_SECRET,
  sleep,
  slashCommandBody,
  startBot,
  type RunningBot,
} from './helpers.js';


/** Slack wants a slash command or event acknowledged within three seconds. */
const SLACK_ACK_LIMIT_MS = 3000;

const catalog = JSON.parse(readFileSync(path.join(shippedData, 'catalog.json'), 'utf8')) as { documents: { title: string; date: string }[] };
const report2024 = catalog.documents.find((d) => d.date.startsWith('2024'))!;

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot?.close();
});

const responsesFor = (id: string) => bot.responses.posts.filter((p) => p.id === id);
const postsIn = (channel: string) => bot.api.calls.filter((c) => c.channel === channel);
const responseFor = (id: string) => eventually<ResponsePost>(() => responsesFor(id)[0], 5000, `a response_url post to /response/${id}`);
const postIn = (channel: string) => eventually<PostedMessage>(() => postsIn(channel)[0], 5000, `chat.postMessage in ${channel}`);

async function timed(send: () => Promise<Response>): Promise<{ res: Response; ms: number }> {
  const started = performance.now();
  const res = await send();
  const ms = performance.now() - started;
  await res.arrayBuffer(); // drain so the connection is reused
  return { res, ms };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe('the Slack adapter over HTTP', () => {
  it('serves the shared HTTP app it was mounted on', async () => {
    const res = await fetch(`${bot.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    // Bolt checked the token against the (fake) Web API.
    expect(bot.api.requests.some((r) => r.method === 'auth.test' && r.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);
  });

  describe('/standing-together', () => {
    it('acknowledges at once, then answers through response_url with the figure, its source and a share button', async () => {
      const body = slashCommandBody('CSTR 2023/24', bot.responses.urlFor('1'), { user_id: 'U1', channel_id: 'C1' });
      const { res, ms } = await timed(() => postToSlack(bot, body, FORM));
      expect(res.status).toBe(200);
      expect(ms).toBeLessThan(SLACK_ACK_LIMIT_MS);

      const { body: message } = await responseFor('1');
      expect(message.response_type).toBe('ephemeral');
      const text = blockText(message.blocks);
      expect(text).toContain('1,362');
      expect(text).toContain(report2024.title);
      expect(String(message.text)).toContain('1,362');

      const actions = (message.blocks as { type: string; elements?: Record<string, unknown>[] }[]).filter((b) => b.type === 'actions');
      expect(actions).toHaveLength(1);
      expect(actions[0]!.elements![0]).toMatchObject({ type: 'button', action_id: SHARE_ACTION, value: 'CSTR 2023/24' });

      expect(responsesFor('1')).toHaveLength(1);
      expect(bot.asked).toContain('CSTR 2023/24');
      // Logged once the reply is posted: the fake response_url may see the reply a moment before.
      await vi.waitFor(() => expect(bot.logLines.some((l) => l.msg === 'command answered' && l.status === 'answered' && l.user === 'U1')).toBe(true));
      // The slash command is answered privately, never posted to the channel.
      expect(postsIn('C1')).toEqual([]);
    });

    it('answers an empty command with the help text', async () => {
      const res = await postToSlack(bot, slashCommandBody('', bot.responses.urlFor('help')), FORM);
      expect(res.status).toBe(200);
      const { body: message } = await responseFor('help');
      expect(message.response_type).toBe('ephemeral');
      expect(message.text).toBe(helpText(bot.kb));
      expect(blockText(message.blocks)).toContain('CSTR 2023/24');
      expect(JSON.stringify(message.blocks)).not.toContain(SHARE_ACTION);
    });

    it('reads a question with a user mention and link as plain words', async () => {
      await postToSlack(bot, slashCommandBody('<@U9|someone> youth <https://x.example|reoffending> rate', bot.responses.urlFor('parsed')), FORM);
      const { body: message } = await responseFor('parsed');
      expect(bot.asked).toContain('youth reoffending rate');
      expect(blockText(message.blocks)).toContain('29.6%');
    });
  });

  describe('the Share in channel button', () => {
    it('posts the answer where the command was used through its response_url, naming who shared it, and removes the private copy', async () => {
      const payload = {
        type: 'block_actions',
        api_app_id: 'A1',
        token: 'deprecated-verification-token',
        trigger_id: '123.456.share',
        team: { id: 'T1', domain: 'test' },
        user: { id: 'U1', username: 'analyst', name: 'analyst', team_id: 'T1' },
        channel: { id: 'C1', name: 'general' },
        container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: true },
        response_url: bot.responses.urlFor('share'),
        actions: [
          {
            action_id: SHARE_ACTION,
            block_id: 'share',
            value: 'CSTR 2023/24',
            type: 'button',
            text: { type: 'plain_text', text: 'Share in channel' },
            action_ts: '1700000000.000001',
          },
        ],
      };
      const { res, ms } = await timed(() => postToSlack(bot, interactivityBody(payload), FORM));
      expect(res.status).toBe(200);
      expect(ms).toBeLessThan(SLACK_ACK_LIMIT_MS);

      // The bot is in no channel: the channel (private, a DM) is reached through response_url.
      const { body: shared } = await responseFor('share');
      expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
      const text = blockText(shared.blocks);
      expect(text).toContain('<@U1>');
      expect(text).toContain('1,362');
      expect(JSON.stringify(shared.blocks)).not.toContain(SHARE_ACTION); // no button on the public copy

      await eventually(() => responsesFor('share')[1], 5000, 'the delete of the ephemeral original');
      expect(responsesFor('share')[1]!.body).toMatchObject({ delete_original: true });
      expect(responsesFor('share')).toHaveLength(2);
      expect(bot.api.calls).toEqual([]); // no chat.postMessage, which needs membership
    });
  });

  describe('mentions', () => {
    it('answers in the thread, and answers a retried delivery of the same event only once', async () => {
      const event = { type: 'app_mention', text: '<@UBOT> youth reoffending rate', user: 'U2', channel: 'C2', ts: '111.222', event_ts: '111.222', team: 'T1' };
      const body = eventBody('Ev1', event);
      const first = await postToSlack(bot, body, JSON_TYPE);
      expect(first.status).toBe(200);

      const reply = await postIn('C2');
      expect(reply.thread_ts).toBe('111.222');
      expect(blockText(reply.blocks)).toContain('29.6%');

      // Slack redelivers (e.g. it thought we were slow): same event id, a retry header.
      const retry = await postToSlack(bot, body, JSON_TYPE, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      expect(retry.status).toBe(200);
      await sleep(1000);
      expect(postsIn('C2')).toHaveLength(1);
    });

    it('answers a reply in a thread within that thread', async () => {
      const event = { type: 'app_mention', text: '<@UBOT> CSTR 2023/24', user: 'U2', channel: 'C3', ts: '333.444', thread_ts: '300.000', event_ts: '333.444' };
      expect((await postToSlack(bot, eventBody('Ev-thread', event), JSON_TYPE)).status).toBe(200);
      const reply = await postIn('C3');
      expect(reply.thread_ts).toBe('300.000');
      expect(blockText(reply.blocks)).toContain('1,362');
    });
  });

  describe('direct messages', () => {
    it('answers a DM in that DM', async () => {
      const event = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U3', text: 'youth reoffending rate', ts: '222.333', event_ts: '222.333' };
      expect((await postToSlack(bot, eventBody('Ev-dm', event), JSON_TYPE)).status).toBe(200);
      const reply = await postIn('D1');
      expect(blockText(reply.blocks)).toContain('29.6%');
      expect(reply.thread_ts).toBeUndefined();
    });

    it('ignores a message from a bot, an edit, and a message in a channel', async () => {
      const fromBot = { type: 'message', channel_type: 'im', channel: 'D2', user: 'U4', bot_id: 'B999', text: 'youth reoffending rate', ts: '1.2' };
      const edited = { type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D3', hidden: true, ts: '1.3', message: { type: 'message', user: 'U3', text: 'CSTR 2023/24', ts: '1.0' } };
      const inChannel = { type: 'message', channel_type: 'channel', channel: 'C4', user: 'U3', text: 'CSTR 2023/24', ts: '1.4' };
      for (const [id, event] of [['Ev-bot', fromBot], ['Ev-edit', edited], ['Ev-channel', inChannel]] as const) {
        expect((await postToSlack(bot, eventBody(id, event), JSON_TYPE)).status).toBe(200);
      }
      await sleep(1000);
      expect(postsIn('D2')).toEqual([]);
      expect(postsIn('D3')).toEqual([]);
      expect(postsIn('C4')).toEqual([]);
    });
  });

  describe('request signing', () => {
    const rejects = (label: string, send: (body: string) => Promise<Response>, id: string) =>
      it(`refuses ${label} with 401 and does nothing`, async () => {
        const before = bot.api.calls.length;
        const command = await send(slashCommandBody('CSTR 2023/24', bot.responses.urlFor(id)));
        expect(command.status).toBe(401);
        const event = await send(eventBody(`Ev-${id}`, { type: 'app_mention', text: '<@UBOT> CSTR 2023/24', user: 'U5', channel: `C-${id}`, ts: '9.9' }));
        expect(event.status).toBe(401);
        await sleep(500);
        expect(responsesFor(id)).toEqual([]);
        expect(postsIn(`C-${id}`)).toEqual([]);
        expect(bot.api.calls.length).toBe(before);
      });

    rejects('a forged signature', (body) =>
      postToSlack(bot, body, body.startsWith('{') ? JSON_TYPE : FORM, {
        unsigned: true,
        headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}`, 'x-slack-request-timestamp': String(nowSeconds()) },
      }),
    'forged');

    rejects('a body signed with another secret', (body) =>
      postToSlack(bot, body, body.startsWith('{') ? JSON_TYPE : FORM, {
        unsigned: true,
        headers: { 'x-slack-signature': `v0=${'f'.repeat(64)}`, 'x-slack-request-timestamp': String(nowSeconds()) },
      }),
    'other-secret');

    rejects('a correctly signed request six minutes old', (body) =>
      postToSlack(bot, body, body.startsWith('{') ? JSON_TYPE : FORM, { timestamp: nowSeconds() - 6 * 60 }),
    'stale');

    rejects('a correctly signed request an hour ahead of our clock', (body) =>
      postToSlack(bot, body, body.startsWith('{') ? JSON_TYPE : FORM, { timestamp: nowSeconds() + 60 * 60 }),
    'future');

    rejects('a request with no signature', (body) =>
      postToSlack(bot, body, body.startsWith('{') ? JSON_TYPE : FORM, { unsigned: true }),
    'unsigned');

    it('never writes the token or signing secret to the log', () => {
      const all = JSON.stringify(bot.logLines);
      expect(bot.logLines.length).toBeGreaterThan(0);
      expect(all).not.toContain(SIGNING_SECRET);
      expect(all).not.toContain(BOT_TOKEN);
    });
  });

  describe('load', () => {
    it('acknowledges 50 slash commands sent at once within Slack’s three seconds, and answers every one', async () => {
      const questions = ['CSTR 2023/24', 'youth reoffending rate', 'Challenger disruptions', "quote women's centres", 'CSTR 2022/23'];
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          timed(() => postToSlack(bot, slashCommandBody(questions[i % questions.length]!, bot.responses.urlFor(`load-${i}`), { user_id: `U${100 + i}` }), FORM)),
        ),
      );
      const wall = performance.now() - started;
      expect(results.map((r) => r.res.status)).toEqual(Array(50).fill(200));

      const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);
      const slowest = latencies.at(-1)!;
      console.log(`slack ack latency over 50 concurrent slash commands: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${slowest.toFixed(1)} ms, all acked in ${wall.toFixed(1)} ms`);
      expect(slowest).toBeLessThan(SLACK_ACK_LIMIT_MS);

      await eventually(() => (Array.from({ length: 50 }, (_, i) => responsesFor(`load-${i}`).length === 1).every(Boolean) ? true : undefined), 15_000, 'all 50 response_url posts');
      for (let i = 0; i < 50; i++) {
        const { body } = responsesFor(`load-${i}`)[0]!;
        expect(body.response_type, `load-${i}`).toBe('ephemeral');
        expect(Array.isArray(body.blocks) && body.blocks.length > 0, `load-${i}`).toBe(true);
        expect(body.text, `load-${i}`).not.toMatch(/Sorry, something went wrong/);
      }
      console.log(`all 50 answers reached response_url ${(performance.now() - started).toFixed(1)} ms after the first was sent`);
    });
  });
});
