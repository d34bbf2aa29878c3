import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpApp, listen } from '../../adapters/http.js';
import { startSlack } from '../../adapters/slack/app.js';
import { startTeams } from '../../adapters/teams/app.js';
import { readConfig } from '../../bot/runtime/config.js';
import { handle } from '../../bot/handle.js';
import { captureLog, realKnowledge } from '../helpers/knowledge.js';
import { startFakeSlackApi } from '../fakes/slack-api.js';

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-RECOGNISABLE-BOT-TOKEN-4242',
  SLACK_SIGNING_SECRET: 'RECOGNISABLE-SIGNING-SECRET-4242',
  MICROSOFT_APP_PASSWORD: 'RECOGNISABLE-APP-PASSWORD-4242',
};

describe('secrets', () => {
  it('never appear in a log line or a reply, whatever path a request takes', async () => {
    const { kb, store } = await realKnowledge();
    const api = await startFakeSlackApi();
    const { log, lines } = captureLog();
    const config = readConfig({ ...SECRETS, MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000042', SLACK_API_URL: api.url });
    const http = createHttpApp();
    const slack = await startSlack({ config: config.slack!, answer: (q) => handle(q, kb), claimEvent: async () => true, log, http });
    await startTeams({ config: config.teams!, answer: (q) => handle(q, kb), log, http });
    const server = await listen(http, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const replies: string[] = [];
    const send = async (url: string, init: RequestInit) => replies.push(await (await fetch(`${base}${url}`, init)).text());

    // Failures: forged and missing Slack signatures, a Teams request with no token and a bad one,
    // malformed JSON; and a log line from a digest post to Slack that fails.
    await send('/slack/events', { method: 'POST', headers: { 'x-slack-signature': 'v0=forged', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) }, body: 'command=%2Fstanding-together' });
    await send('/slack/events', { method: 'POST', body: 'command=%2Fstanding-together' });
    await send('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hi' }) });
    await send('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.jwt' }, body: JSON.stringify({ type: 'message', text: 'hi' }) });
    await send('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    await slack.postDigest({ platform: 'slack', channelId: 'C1' }, { week: '2026-W48', weekStart: '', weekEnd: '', documents: [], indicators: [], targetsDue: [], targetsOverdue: [], topQuestions: [], unanswered: [], quiet: true }).catch(() => undefined);
    let configError = '';
    try {
      readConfig({ SLACK_BOT_TOKEN: 'xoxp-RECOGNISABLE-USER-TOKEN-4242', SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET });
    } catch (error) {
      configError = (error as Error).message;
    }

    const everything = [JSON.stringify(lines), ...replies, configError].join('\n');
    for (const secret of [...Object.values(SECRETS), 'xoxp-RECOGNISABLE-USER-TOKEN-4242']) expect(everything).not.toContain(secret);
    expect(lines.length).toBeGreaterThan(0);

    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await api.close();
    await store.close();
  });
});
