import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM, postToSlack, signatureHeaders, slashCommandBody, startBot, type RunningBot } from './helpers.js';

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
});
