import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNOT_POST } from '../../../adapters/slack/app.js';
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
