import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createHttpApp, listen } from '../../adapters/http.js';
import { startSlack } from '../../adapters/slack/app.js';
import { startTeams } from '../../adapters/teams/app.js';
import { createAsk } from '../../bot/ask.js';
import { userHash } from '../../bot/user-hash.js';
import { buildDigest } from '../../bot/digest/content.js';
import { renderDigestText } from '../../bot/digest/render-text.js';
import { previousFire, runDigest, type DigestPoster, type DigestScheduleOptions } from '../../bot/digest/scheduler.js';
import { handle } from '../../bot/handle.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import { startFakeConnector } from '../fakes/bot-connector.js';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack-api.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';

const MINUTE = 60_000;

/** A copy of the shipped data ingested into a sqlite file, and a second connection to that file. */
async function setup() {
  const data = copyOfData();
  const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'st-digest-')), 'db.sqlite');
  const store = await openStore(dbPath);
  const { log } = captureLog();
  await ingest(data, store, log);
  const kb = await KnowledgeBase.load(store);
  return { data, dbPath, store, kb, log };
}

describe('the weekly digest', () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('reports a new document and a new indicator row in the week they arrive, and is quiet a week later', async () => {
    const { data, store, log } = await setup();
    appendFileSync(path.join(data, 'indicators', 'plan-measures.csv'), 'CSTRs ordered,CSTRs,2024/25,1500,count,Greater Manchester,,2025-07-01\n');
    // A series rising from nothing has no change in percent: its earlier value is set beside it.
    appendFileSync(path.join(data, 'indicators', 'plan-measures.csv'), 'Weapons surrendered,Weapons,2023/24,0,count,Greater Manchester,,2024-07-01\nWeapons surrendered,Weapons,2024/25,40,count,Greater Manchester,,2025-07-01\n');
    writeFileSync(path.join(data, 'documents', 'new-report.txt'), 'Youth diversion update\n\nIn 2024/25, 640 young people were diverted from court.\n');
    await ingest(data, store, log);
    const kb = await KnowledgeBase.load(store);

    const thisWeek = await buildDigest(kb, store, new Date(Date.now() + MINUTE));
    expect(thisWeek.documents.map((d) => [d.title, d.change])).toContainEqual(['Youth diversion update', 'new']);
    const cstr = thisWeek.indicators.find((i) => i.indicator === 'CSTRs ordered' && i.period === '2024/25');
    expect(cstr).toMatchObject({ value: '1,500', previous: { period: '2023/24', value: '1,362', change: '+10.1%' } });
    // One line per series: its newest row, not every row that arrived with it.
    expect(thisWeek.indicators.filter((i) => i.indicator === 'CSTRs ordered')).toHaveLength(1);
    expect(renderDigestText(thisWeek)).toContain('CSTRs ordered (Greater Manchester): 1,500 in 2024/25, +10.1% on 2023/24 (1,362)');
    expect(renderDigestText(thisWeek)).toContain('Weapons surrendered (Greater Manchester): 40 in 2024/25, against 0 in 2023/24');

    const nextWeek = await buildDigest(kb, store, new Date(Date.now() + 8 * 24 * 60 * MINUTE));
    expect(nextWeek.quiet).toBe(true);
    expect(renderDigestText(nextWeek).split('\n')).toHaveLength(2);
    await store.close();
  });

  it('counts the week’s questions and lists those the documents could not answer; forget me removes a person’s', async () => {
    const { store, kb, log } = await setup();
    const ask = createAsk({ kb: () => kb, store, log });
    await ask('CSTR 2023/24', { platform: 'slack', userId: 'U1', channelKind: 'command' });
    await ask('cstr 2023/24', { platform: 'teams', userId: 'U2', channelKind: 'personal' });
    await ask("what's the average time to answer a 999 call?", { platform: 'slack', userId: 'U1' });
    const digest = await buildDigest(kb, store, new Date(Date.now() + MINUTE));
    expect(digest.topQuestions[0]).toEqual({ query: 'CSTR 2023/24', count: 2 });
    expect(digest.unanswered).toEqual(["what's the average time to answer a 999 call?"]);

    const logged = await store.digest.questionsBetween('2000-01-01', '2100-01-01');
    expect(logged.some((q) => q.userHash === 'U1')).toBe(false);
    expect(logged.filter((q) => q.userHash === userHash('slack', 'U1'))).toHaveLength(2);
    const forgot = await ask('forget me', { platform: 'slack', userId: 'U1' });
    expect(forgot.headline).toContain('2 questions');
    expect(await store.digest.questionsBetween('2000-01-01', '2100-01-01')).toHaveLength(1);
    await store.close();
  });

  it('posts once per channel when two bots on one database run at the same moment', async () => {
    const { dbPath, store, kb, log } = await setup();
    const other = await openStore(dbPath);
    const slack = await startSlack({ config: { botToken: 'xoxb-test', signingSecret: 'test-secret', apiUrl: fake.url }, answer: (q) => handle(q, kb), claimEvent: async () => true, log, http: createHttpApp() });
    const teamsPosts: string[] = [];
    const teamsPoster: DigestPoster = async (sub) => {
      teamsPosts.push(sub.channelId);
    };
    const ask = createAsk({ kb: () => kb, store, log });
    await ask('digest subscribe', { platform: 'slack', userId: 'U1', channelId: 'CDIGEST' });
    await ask('digest subscribe', { platform: 'teams', userId: 'U2', channelId: '19:team', reference: { conversation: { id: '19:team' } } });
    // Who subscribed is kept, to be told if a week's post fails there.
    expect((await store.digest.subscriptions()).map((s) => [s.channelId, s.subscribedBy])).toEqual([['CDIGEST', 'U1'], ['19:team', 'U2']]);

    const before = fake.calls.length;
    const options = (s: Store, worker: string): DigestScheduleOptions => ({
      kb: () => kb,
      store: s,
      posters: new Map([['slack', slack.postDigest], ['teams', teamsPoster]]),
      log,
      cron: '0 8 * * 1',
      timezone: 'Europe/London',
      worker,
    });
    const at = new Date();
    const [a, b] = await Promise.all([runDigest(options(store, 'one'), at), runDigest(options(other, 'two'), at)]);
    expect([...a.posted, ...b.posted].sort()).toEqual(['slack:CDIGEST', 'teams:19:team']);
    expect([...a.skipped, ...b.skipped].sort()).toEqual(['slack:CDIGEST', 'teams:19:team']);
    const posted = fake.calls.slice(before);
    expect(posted.map((c) => c.channel)).toEqual(['CDIGEST']);
    expect(JSON.stringify(posted[0]!.blocks)).toContain('Standing Together weekly digest');
    expect(teamsPosts).toEqual(['19:team']);

    // Run again the same week: nothing is posted twice.
    const again = await runDigest(options(store, 'one'), at);
    expect(again.posted).toEqual([]);
    await other.close();
    await store.close();
  });

  /** One channel subscribed on Teams with its conversation at `serviceUrl`, and a digest run for it. */
  async function teamsDigestRun(serviceUrl: string, channel: string) {
    const { store, kb, log } = await setup();
    const teams = await startTeams({ config: { appType: 'MultiTenant' }, answer: (q) => handle(q, kb), log, http: createHttpApp() });
    const reference = { channelId: 'msteams', serviceUrl, conversation: { id: channel, conversationType: 'channel', isGroup: true }, bot: { id: '28:bot', name: 'Standing Together' } };
    await store.digest.subscribe({ platform: 'teams', channelId: channel, reference }, new Date().toISOString());
    const run = await runDigest(
      // The back-off between tries is not waited out.
      { kb: () => kb, store, posters: new Map([['teams', teams.postDigest]]), log, cron: '0 8 * * 1', timezone: 'Europe/London', worker: 'w', sleep: async () => undefined },
      new Date(),
    );
    await store.close();
    return run;
  }

  it('posts a Teams digest proactively to the stored conversation, through the connector', async () => {
    const connector = await startFakeConnector();
    const run = await teamsDigestRun(connector.url, '19:digest@thread.tacv2');
    expect(run.posted).toEqual(['teams:19:digest@thread.tacv2']);
    const [post] = await connector.waitFor(1);
    expect(post!.url).toContain(encodeURIComponent('19:digest@thread.tacv2'));
    expect(JSON.stringify(post!.body)).toContain('Standing Together weekly digest');
    await connector.close();
  });

  it('counts a Teams digest the connector refused as failed, not sent, so the next run tries again', async () => {
    const connector = await startFakeConnector();
    connector.refuseWith = 403;
    const run = await teamsDigestRun(connector.url, '19:refused@thread.tacv2');
    expect(run.posted).toEqual([]);
    expect(run.failed).toEqual(['teams:19:refused@thread.tacv2']);
    await connector.close();
  });

  it('keys a Teams subscription on the channel: two threads subscribing make one subscription, posted as one new thread', async () => {
    const { store, kb, log } = await setup();
    const connector = await startFakeConnector();
    const http = createHttpApp();
    const teams = await startTeams({ config: { appType: 'MultiTenant' }, answer: createAsk({ kb: () => kb, store, log }), log, http });
    const server = await listen(http, 0, '127.0.0.1');
    const channel = '19:planning@thread.tacv2';
    const bot = { id: '28:bot', name: 'Standing Together' };
    for (const thread of ['1700000000001', '1700000000002']) {
      const activity = {
        type: 'message',
        id: thread,
        channelId: 'msteams',
        serviceUrl: connector.url,
        from: { id: '29:user-1', name: 'Analyst', aadObjectId: 'aad-1' },
        recipient: bot,
        conversation: { id: `${channel};messageid=${thread}`, conversationType: 'channel', isGroup: true },
        text: '<at>Standing Together</at> digest subscribe',
        entities: [{ type: 'mention', mentioned: bot, text: '<at>Standing Together</at>' }],
        channelData: { tenant: { id: 't' }, channel: { id: channel }, team: { id: '19:team@thread.tacv2' } },
      };
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      expect(res.status).toBe(200);
    }
    await connector.waitFor(2); // both threads told they are subscribed
    expect((await store.digest.subscriptions()).filter((s) => s.platform === 'teams').map((s) => s.channelId)).toEqual([channel]);

    const run = await runDigest({ kb: () => kb, store, posters: new Map([['teams', teams.postDigest]]), log, cron: '0 8 * * 1', timezone: 'Europe/London', worker: 'w' }, new Date());
    expect(run.posted).toEqual([`teams:${channel}`]);
    const posts = await connector.waitFor(3);
    const digest = posts.filter((p) => JSON.stringify(p.body).includes('Standing Together weekly digest'));
    expect(digest).toHaveLength(1);
    // A new post in the channel, not a reply in either thread.
    expect(digest[0]!.url).toBe(`/v3/conversations/${encodeURIComponent(channel)}/activities`);
    expect(digest[0]!.body.replyToId).toBeUndefined();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await connector.close();
    await store.close();
  });

  it('posts what a process killed between claim and send left, when the next one starts', async () => {
    const { store, kb, log } = await setup();
    await store.digest.subscribe({ platform: 'slack', channelId: 'CCRASH' }, new Date().toISOString());
    const at = new Date();
    const week = (await buildDigest(kb, store, at)).week;
    // The dead process claimed the post and never sent it.
    const claimedAt = new Date(at.getTime() - 11 * MINUTE).toISOString();
    expect(await store.digest.claimDigest(week, 'slack', 'CCRASH', 'dead', claimedAt, claimedAt)).toBe(true);
    const posts: string[] = [];
    const run = await runDigest(
      { kb: () => kb, store, posters: new Map([['slack', async (s) => void posts.push(s.channelId)]]), log, cron: '0 8 * * 1', timezone: 'Europe/London', worker: 'next', now: () => at },
      at,
    );
    expect(run.posted).toEqual(['slack:CCRASH']);
    expect(posts).toEqual(['CCRASH']);
    await store.close();
  });

  it('retries a failing channel with back-off, then goes on to the next channel', async () => {
    const { store, kb, log } = await setup();
    await store.digest.subscribe({ platform: 'slack', channelId: 'CBAD' }, '2026-01-01T00:00:00Z');
    await store.digest.subscribe({ platform: 'slack', channelId: 'CGOOD' }, '2026-01-01T00:00:00Z');
    const waits: number[] = [];
    let badTries = 0;
    const poster: DigestPoster = async (sub) => {
      if (sub.channelId === 'CBAD') {
        badTries++;
        throw new Error('channel_not_found');
      }
    };
    const run = await runDigest(
      { kb: () => kb, store, posters: new Map([['slack', poster]]), log, cron: '0 8 * * 1', timezone: 'Europe/London', worker: 'w', sleep: async (ms) => void waits.push(ms) },
      new Date(),
    );
    expect(run).toMatchObject({ posted: ['slack:CGOOD'], failed: ['slack:CBAD'] });
    expect(badTries).toBe(4);
    expect(waits).toEqual([1000, 5000, 25000]);
    await store.close();
  });

  it('fires at 08:00 London time on the Mondays either side of both clock changes', async () => {
    // Clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(previousFire('0 8 * * 1', 'Europe/London', new Date('2026-03-30T12:00:00Z'))?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(previousFire('0 8 * * 1', 'Europe/London', new Date('2026-03-23T12:00:00Z'))?.toISOString()).toBe('2026-03-23T08:00:00.000Z');
    expect(previousFire('0 8 * * 1', 'Europe/London', new Date('2026-10-26T12:00:00Z'))?.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(previousFire('0 8 * * 1', 'Europe/London', new Date('2026-10-19T12:00:00Z'))?.toISOString()).toBe('2026-10-19T07:00:00.000Z');
  });
});
