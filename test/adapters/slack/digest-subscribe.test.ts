import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNOT_POST } from '../../../adapters/slack/app.js';
import { runDigest } from '../../../bot/digest/scheduler.js';
import { captureLog } from '../../helpers/knowledge.js';
import { FORM, postToSlack, slashCommandBody, startBot, type RunningBot } from './helpers.js';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot?.close();
});

function subscribe(channel: string, n: number) {
  return postToSlack(bot, slashCommandBody('digest subscribe', bot.responses.urlFor(`sub-${n}`), { channel_id: channel, trigger_id: `sub.${n}.x` }), FORM);
}

describe('subscribing a Slack channel to the digest', () => {
  it('joins a public channel the bot is not in, then subscribes it', async () => {
    bot.api.channels.set('CPUBLIC', { is_member: false, is_private: false });
    expect((await subscribe('CPUBLIC', 1)).status).toBe(200);
    await bot.responses.waitFor(1);
    expect(bot.api.requests.some((r) => r.method === 'conversations.join' && r.body.channel === 'CPUBLIC')).toBe(true);
    expect(bot.asked).toContain('digest subscribe');
  });

  it('tells the person how to add the bot to a private channel it cannot see, and subscribes nothing', async () => {
    bot.api.channels.set('GPRIVATE', 'hidden');
    const asked = bot.asked.length;
    expect((await subscribe('GPRIVATE', 2)).status).toBe(200);
    const posts = await bot.responses.waitFor(2);
    const reply = posts.find((p) => p.id === 'sub-2')!;
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: CANNOT_POST });
    expect(String(reply.body.text)).toContain('/invite');
    expect(bot.asked.length).toBe(asked);
    expect(bot.api.requests.some((r) => r.method === 'conversations.join' && r.body.channel === 'GPRIVATE')).toBe(false);
  });

  it('subscribes a channel the bot is already in without joining anything', async () => {
    bot.api.channels.set('CMEMBER', { is_member: true, is_private: true });
    await subscribe('CMEMBER', 3);
    await bot.responses.waitFor(3);
    expect(bot.api.requests.some((r) => r.method === 'conversations.join' && r.body.channel === 'CMEMBER')).toBe(false);
    expect(bot.asked.filter((q) => q === 'digest subscribe')).toHaveLength(2);
  });
});

describe('a Monday digest that Slack refuses', () => {
  it('is reported to the person who subscribed the channel, with how to fix it, and counted as failed', async () => {
    // Subscribed by U5 while the bot was a member; removed from the channel since.
    await bot.store.digest.subscribe({ platform: 'slack', channelId: 'CLEFT', subscribedBy: 'U5' }, new Date().toISOString());
    bot.api.channels.set('CLEFT', { is_member: false, is_private: false });
    const run = await runDigest(
      {
        kb: () => bot.kb,
        store: bot.store,
        posters: new Map([['slack', bot.slack.postDigest]]),
        failureNotices: new Map([['slack', bot.slack.tellDigestFailed]]),
        log: captureLog().log,
        cron: '0 8 * * 1',
        timezone: 'Europe/London',
        worker: 'test',
        sleep: async () => undefined,
      },
      new Date(),
    );
    expect(run.failed).toContain('slack:CLEFT');
    const notice = bot.api.calls.find((c) => c.channel === 'U5');
    expect(notice?.text).toMatch(/couldn’t post the weekly digest .* in <#CLEFT>/);
    expect(notice?.text).toContain('/invite @Standing Together');
  });
});
