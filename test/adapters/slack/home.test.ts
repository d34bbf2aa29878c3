import type { HomeView } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText, eventBody, JSON_TYPE, postToSlack, startBot, type RunningBot } from './helpers.js';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot?.close();
});

async function published(user: string): Promise<{ user_id: string; view: HomeView }> {
  const started = Date.now();
  for (;;) {
    const call = bot.api.requests.find((r) => r.method === 'views.publish' && (r.body as { user_id?: string }).user_id === user);
    if (call) {
      const body = call.body as { user_id: string; view: string | HomeView };
      return { user_id: body.user_id, view: typeof body.view === 'string' ? (JSON.parse(body.view) as HomeView) : body.view };
    }
    if (Date.now() - started > 5000) throw new Error('no views.publish');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the App Home tab', () => {
  it('shows a person who opens it how to ask, with examples from the documents, and what it answers from', async () => {
    const res = await postToSlack(bot, eventBody('EvHome1', { type: 'app_home_opened', user: 'U42', channel: 'D42', tab: 'home', event_ts: '1.1' }), JSON_TYPE);
    expect(res.status).toBe(200);
    const { view } = await published('U42');
    expect(view.type).toBe('home');
    const text = blockText(view.blocks);
    expect(text).toContain('/standing-together CSTR 2023/24');
    expect(text).toContain("quote women's centres");
    // Every document, with its month and year.
    for (const d of bot.kb.documents.values()) expect(text).toContain(d.title.replace(/&/g, '&amp;'));
    expect(text).toMatch(/GMCA, July 2024/);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    // No channel is subscribed yet: it says how to subscribe one.
    expect(text).toContain('no channel gets it yet');
  });

  it('names the channels that get the weekly digest', async () => {
    await bot.store.digest.subscribe({ platform: 'slack', channelId: 'CBRIEF', subscribedBy: 'U1' }, new Date().toISOString());
    await bot.store.digest.subscribe({ platform: 'teams', channelId: '19:x@thread.tacv2' }, new Date().toISOString());
    await postToSlack(bot, eventBody('EvHome3', { type: 'app_home_opened', user: 'U44', channel: 'D44', tab: 'home', event_ts: '1.3' }), JSON_TYPE);
    const text = blockText((await published('U44')).view.blocks);
    expect(text).toContain('posted on Mondays to <#CBRIEF>');
    expect(text).not.toContain('19:x');
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    await postToSlack(bot, eventBody('EvHome2', { type: 'app_home_opened', user: 'U43', channel: 'D43', tab: 'messages', event_ts: '1.2' }), JSON_TYPE);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.api.requests.some((r) => r.method === 'views.publish' && (r.body as { user_id?: string }).user_id === 'U43')).toBe(false);
  });
});
