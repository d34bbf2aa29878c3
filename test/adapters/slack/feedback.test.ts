import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_DOWN, FEEDBACK_UP, renderSlack } from '../../../adapters/slack/render.js';
import { handle } from '../../../bot/handle.js';
import { FORM, interactivityBody, postToSlack, startBot, type RunningBot } from './helpers.js';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot?.close();
});

function buttonPayload(actionId: string, query: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'block_actions',
    user: { id: 'U9', username: 'analyst', team_id: 'T1' },
    team: { id: 'T1', domain: 'test' },
    channel: { id: 'C1', name: 'general' },
    container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: true },
    trigger_id: '123.456.abc',
    response_url: `${bot.responses.url}/response/fb`,
    actions: [{ action_id: actionId, block_id: 'b', type: 'button', value: query, action_ts: '1.2' }],
    ...extra,
  };
}

async function eventually<T>(find: () => Promise<T | undefined> | T | undefined, ms = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('feedback in Slack', () => {
  it('puts 👍 and 👎 under an answer', async () => {
    const { blocks } = renderSlack(await handle('CSTR 2023/24', bot.kb), { feedback: true });
    const ids = JSON.stringify(blocks);
    expect(ids).toContain(FEEDBACK_UP);
    expect(ids).toContain(FEEDBACK_DOWN);
  });

  it('records a 👎, asks what was wrong in a modal, and keeps the answer with the question for the report', async () => {
    const res = await postToSlack(bot, interactivityBody(buttonPayload(FEEDBACK_DOWN, 'youth reoffending rate')), FORM);
    expect(res.status).toBe(200);
    const modal = await eventually(() => bot.api.requests.find((r) => r.method === 'views.open'));
    expect(JSON.stringify(modal.body)).toContain('What was wrong?');

    const view = {
      type: 'view_submission',
      user: { id: 'U9', team_id: 'T1' },
      team: { id: 'T1' },
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'feedback_comment',
        private_metadata: 'youth reoffending rate',
        state: { values: { comment: { text: { type: 'plain_text_input', value: 'That is the 21/22 figure; I wanted 23/24' } } } },
      },
    };
    expect((await postToSlack(bot, interactivityBody(view), FORM)).status).toBe(200);
    const line = await eventually(async () => (await bot.store.feedback.report('2000-01-01')).find((l) => l.query === 'youth reoffending rate' && l.comments.length > 0));
    expect(line).toMatchObject({ down: 1, comments: ['That is the 21/22 figure; I wanted 23/24'] });
  });

  it('thanks the person for a 👍 and does not report it', async () => {
    await postToSlack(bot, interactivityBody(buttonPayload(FEEDBACK_UP, 'CSTR 2023/24')), FORM);
    const thanks = await eventually(() => bot.responses.posts.find((p) => JSON.stringify(p.body).includes('Thanks for the feedback')));
    expect(thanks).toBeDefined();
    const report = await bot.store.feedback.report('2000-01-01');
    expect(report.find((l) => l.query === 'CSTR 2023/24')).toBeUndefined();
  });
});
