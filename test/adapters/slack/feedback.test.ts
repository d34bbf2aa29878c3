import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_DOWN, FEEDBACK_UP, renderSlack, VOTED } from '../../../adapters/slack/render.js';
import { handle } from '../../../bot/handle.js';
import { FORM, interactivityBody, postToSlack, startBot, type RunningBot } from './helpers.js';
import { eventually } from '../../helpers/eventually.js';

/** What the Slack fake saw, polled for up to five seconds. */
const within = <T>(find: () => Promise<T | undefined> | T | undefined, ms = 5000) => eventually(find, ms, 'the Slack fake');

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

describe('feedback in Slack', () => {
  it('puts 👍 and 👎 under an answer, each named for a screen reader', async () => {
    const { blocks } = renderSlack(await handle('CSTR 2023/24', bot.kb), { feedback: true });
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as { action_id: string; accessibility_label?: string }[]);
    const votes = buttons.filter((b) => b.action_id === FEEDBACK_UP || b.action_id === FEEDBACK_DOWN);
    expect(votes.map((b) => b.action_id)).toEqual([FEEDBACK_UP, FEEDBACK_DOWN]);
    // Slack reads out accessibility_label (75 characters at most) instead of the emoji's name.
    for (const b of votes) expect(b.accessibility_label).toMatch(/^This answer .{1,60}$/);
  });

  it('turns the answer voted on into a thanked one with no buttons left to vote again', async () => {
    const shown = renderSlack(await handle('CSTR 2023/24', bot.kb), { feedback: true });
    const payload = buttonPayload(FEEDBACK_UP, 'CSTR 2023/24', {
      container: { type: 'message', message_ts: '1.3', channel_id: 'C1', is_ephemeral: false },
      message: { type: 'message', ts: '1.3', text: shown.text, blocks: shown.blocks },
      response_url: `${bot.responses.url}/response/voted`,
    });
    await postToSlack(bot, interactivityBody(payload), FORM);
    const update = await within(() => bot.responses.posts.find((p) => p.id === 'voted'));
    const body = update.body as { replace_original?: boolean; blocks: { type: string }[] };
    expect(body.replace_original).toBe(true);
    expect(JSON.stringify(body.blocks)).not.toMatch(new RegExp(`${FEEDBACK_UP}|${FEEDBACK_DOWN}`));
    expect(JSON.stringify(body.blocks)).toContain(VOTED);
    // The answer itself is still there.
    expect(JSON.stringify(body.blocks)).toContain('1,362 CSTRs ordered');
  });

  it('records a 👎, asks what was wrong in a modal, and keeps the answer with the question for the report', async () => {
    const res = await postToSlack(bot, interactivityBody(buttonPayload(FEEDBACK_DOWN, 'youth reoffending rate')), FORM);
    expect(res.status).toBe(200);
    const modal = await within(() => bot.api.requests.find((r) => r.method === 'views.open'));
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
    const line = await within(async () => (await bot.store.feedback.report('2000-01-01')).find((l) => l.query === 'youth reoffending rate' && l.comments.length > 0));
    expect(line).toMatchObject({ down: 1, comments: ['That is the 21/22 figure; I wanted 23/24'] });
  });

  it('thanks the person for a 👍 and does not report it', async () => {
    await postToSlack(bot, interactivityBody(buttonPayload(FEEDBACK_UP, 'CSTR 2023/24')), FORM);
    const thanks = await within(() => bot.responses.posts.find((p) => JSON.stringify(p.body).includes(VOTED)));
    expect(thanks).toBeDefined();
    const report = await bot.store.feedback.report('2000-01-01');
    expect(report.find((l) => l.query === 'CSTR 2023/24')).toBeUndefined();
  });
});
