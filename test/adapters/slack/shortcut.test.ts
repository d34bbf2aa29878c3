import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { ASK_ABOUT_MESSAGE, NOTHING_TO_ASK } from '../../../adapters/slack/app.js';
import { FORM, blockText, interactivityBody, postToSlack, startBot, type RunningBot } from './helpers.js';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot?.close();
});

/** What Slack sends when someone picks the message shortcut on a post (a `message_action` payload). */
function shortcutPayload(text: string | undefined, id: string) {
  return {
    type: 'message_action',
    callback_id: ASK_ABOUT_MESSAGE,
    trigger_id: `trigger-${id}`,
    action_ts: '1700000000.1',
    user: { id: 'U7', username: 'policy', team_id: 'T1', name: 'policy' },
    team: { id: 'T1', domain: 'test' },
    channel: { id: 'C42', name: 'briefings' },
    message_ts: '1700000000.000100',
    message: { type: 'message', user: 'U3', ts: '1700000000.000100', ...(text === undefined ? { files: [{ id: 'F1' }] } : { text }) },
    response_url: `${bot.responses.url}/response/${id}`,
  };
}

async function responseTo(id: string, ms = 8000) {
  const started = Date.now();
  for (;;) {
    const found = bot.responses.posts.find((p) => p.id === id);
    if (found) return found.body as { response_type?: string; text?: string; blocks?: unknown[] };
    if (Date.now() - started > ms) throw new Error(`no response to ${id}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the "Ask Standing Together" message shortcut', () => {
  it('is declared in the Slack manifest with the callback id the adapter listens for', () => {
    const shortcut = manifest.features.shortcuts.find((s) => s.callback_id === ASK_ABOUT_MESSAGE);
    expect(shortcut).toMatchObject({ type: 'message', name: expect.stringMatching(/\S/) });
    // Slack's limit on a shortcut's description.
    expect(shortcut!.description.length).toBeLessThanOrEqual(150);
  });

  it('answers the message it was used on, to the person who used it only', async () => {
    const res = await postToSlack(bot, interactivityBody(shortcutPayload('Does anyone know how many CSTRs were ordered in 2023/24?', 'cstr')), FORM);
    expect(res.status).toBe(200);
    const body = await responseTo('cstr');
    expect(body.response_type).toBe('ephemeral');
    expect(blockText(body.blocks)).toContain('1,362');
    // Nothing was posted for the channel to see.
    expect(bot.api.requests.filter((r) => r.method === 'chat.postMessage')).toEqual([]);
  });

  it('says so when the message has no text to look up', async () => {
    await postToSlack(bot, interactivityBody(shortcutPayload(undefined, 'file-only')), FORM);
    const body = await responseTo('file-only');
    expect(body).toMatchObject({ response_type: 'ephemeral', text: NOTHING_TO_ASK });
  });
});
