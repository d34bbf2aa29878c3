import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpApp, listen } from '../../../adapters/http.js';
import { FIND_QUOTE_COMMAND, startTeams } from '../../../adapters/teams/app.js';
import { welcome } from '../../../bot/welcome.js';
import { cardProblems } from '../../helpers/cards.js';
import { createFeedback, sentAnswersIn } from '../../../bot/feedback.js';
import { heldRequestsIn } from '../../../bot/runtime/held-requests.js';
import { handle } from '../../../bot/handle.js';
import type { KnowledgeBase } from '../../../knowledge/search/retrieve.js';
import type { Store } from '../../../knowledge/store/store.js';
import { startFakeConnector, type ConnectorPost, type FakeConnector } from '../../fakes/bot-connector.js';
import { captureLog, realKnowledge } from '../../helpers/knowledge.js';
import { eventually } from '../../helpers/eventually.js';

/** The bot's id in Teams: `28:` and its app id. Activities are addressed to it as `recipient`. */
const BOT = { id: '28:bot', name: 'Standing Together' };
const USER = { id: '29:user-1', name: 'Analyst', aadObjectId: '11111111-2222-3333-4444-555555555555' };
const TENANT = '99999999-8888-7777-6666-555555555555';

let kb: KnowledgeBase;
let store: Store;
let connector: FakeConnector;
let server: Server;
let base: string;
let logged: ReturnType<typeof captureLog>;
let authServer: Server | undefined;
let authBase: string;

const servers: Server[] = [];
/** The reply the personal-message test received, for the citation check. */
let personalReply: Record<string, unknown> | undefined;

function closeServer(s: Server): Promise<void> {
  return new Promise((resolve) => {
    s.closeAllConnections();
    s.close(() => resolve());
  });
}

function baseOf(s: Server): string {
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  ({ kb, store } = await realKnowledge());
  connector = await startFakeConnector();
  logged = captureLog();
  const http = createHttpApp();
  await startTeams({ config: { appType: 'MultiTenant' }, answer: (q) => handle(q, kb), welcome: () => welcome(kb), feedback: createFeedback(store), sentAnswers: sentAnswersIn(store, 'teams'), held: heldRequestsIn(store, 'teams'), log: logged.log, http });
  server = await listen(http, 0, '127.0.0.1');
  servers.push(server);
  base = baseOf(server);
});

afterAll(async () => {
  for (const s of servers) await closeServer(s);
  await connector?.close();
  await store?.close();
});

let seq = 0;

type Kind = 'personal' | 'channel' | 'groupChat';

/** A message activity as the Bot Framework channel delivers it from Teams. */
function messageActivity(text: string, kind: Kind = 'personal', extra: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  const conversationId =
    kind === 'channel' ? `19:channel-${seq}@thread.tacv2;messageid=${1700000000000 + seq}` : kind === 'groupChat' ? `19:group-${seq}@thread.v2` : `a:personal-${seq}`;
  return {
    type: 'message',
    id: `1700000000${String(seq).padStart(3, '0')}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: USER,
    recipient: BOT,
    conversation: { id: conversationId, conversationType: kind, tenantId: TENANT, ...(kind === 'personal' ? {} : { isGroup: true }) },
    text,
    textFormat: 'plain',
    locale: 'en-GB',
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
    channelData: { tenant: { id: TENANT }, ...(kind === 'channel' ? { teamsTeamId: '19:team@thread.tacv2', teamsChannelId: '19:channel@thread.tacv2' } : {}) },
    ...extra,
  };
}

function mentionOf(name = BOT.name, id = BOT.id) {
  return { type: 'mention', mentioned: { id, name }, text: `<at>${name}</at>` };
}

function conversationOf(activity: Record<string, unknown>): string {
  return (activity.conversation as { id: string }).id;
}

async function post(to: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${to}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** The connector posts that reply in the activity's conversation. */
function repliesTo(activity: Record<string, unknown>): ConnectorPost[] {
  const prefix = `/v3/conversations/${encodeURIComponent(conversationOf(activity))}/activities`;
  return connector.posts.filter((p) => p.url.startsWith(prefix));
}

async function waitForReplies(activity: Record<string, unknown>, n = 1, ms = 5000): Promise<ConnectorPost[]> {
  const started = Date.now();
  for (;;) {
    const found = repliesTo(activity);
    if (found.length >= n) return found;
    if (Date.now() - started > ms) {
      throw new Error(`timed out after ${ms} ms: wanted ${n} replies in ${conversationOf(activity)}; connector saw ${connector.posts.map((p) => p.url).join(', ') || 'nothing'}`);
    }
    await sleep(10);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Claim {
  position: number;
  appearance: { name: string; abstract: string };
}

function markers(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

function citationsIn(reply: Record<string, unknown>): Claim[] {
  const entities = (reply.entities ?? []) as Record<string, unknown>[];
  const message = entities.find((e) => e['@type'] === 'Message' && Array.isArray(e.citation));
  return (message?.citation ?? []) as Claim[];
}

function adaptiveCards(reply: Record<string, unknown>): Record<string, unknown>[] {
  const attachments = (reply.attachments ?? []) as { contentType: string; content: Record<string, unknown> }[];
  return attachments.filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content);
}

describe('Teams adapter over HTTP (no app id: unauthenticated, for local use)', () => {
  it('answers a personal message with an Adaptive Card and numbered citations, as a reply to it', async () => {
    const activity = messageActivity('CSTR 2023/24');
    const res = await post(base, activity);
    expect(res.status).toBe(200);
    const [reply] = await waitForReplies(activity);
    // Sent back to the serviceUrl as a reply to the activity that asked.
    expect(reply!.url).toBe(`/v3/conversations/${encodeURIComponent(conversationOf(activity))}/activities/${encodeURIComponent(String(activity.id))}`);
    const body = reply!.body;
    expect(body.type).toBe('message');
    expect(body.replyToId).toBe(activity.id);
    expect((body.conversation as { id: string }).id).toBe(conversationOf(activity));
    expect((body.recipient as { id: string }).id).toBe(USER.id);
    expect((body.from as { id: string }).id).toBe(BOT.id);
    const cards = adaptiveCards(body);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.version).toBe('1.5');
    expect(JSON.stringify(cards[0])).toContain('1,362');
    const text = String(body.text);
    const inText = markers(text);
    expect(inText.length).toBeGreaterThan(0);
    expect(inText).toEqual(inText.map((_, i) => i + 1));
    // The citation entity goes out too; see the known-bug test below for what survives of it.
    const entities = (body.entities ?? []) as Record<string, unknown>[];
    expect(entities.some((e) => e.type === 'https://schema.org/Message')).toBe(true);
    personalReply = body;
    // Unauthenticated: no bearer token is sent to the connector.
    expect(reply!.authorization).toBeUndefined();
    // Exactly one reply for the one message, even after a moment.
    await sleep(200);
    expect(repliesTo(activity)).toHaveLength(1);
    expect(logged.lines.some((l) => l.msg === 'message answered' && l.platform === 'teams' && l.status === 'answered' && l.kind === 'personal')).toBe(true);
  });

  // botbuilder 4.23.3 drops entity properties on the wire unless the Entity mapper is patched
  // (adapters/teams/entity-serialization.ts): this checks what actually reaches the connector.
  it('delivers the citation entity to Teams with positions matching the [n] markers', async () => {
    expect(personalReply, 'the personal-message test above ran and got a reply').toBeDefined();
    const inText = markers(String(personalReply!.text));
    expect(inText.length).toBeGreaterThan(0);
    const claims = citationsIn(personalReply!);
    expect(claims.map((c) => c.position)).toEqual(inText);
    for (const c of claims) {
      expect(c.appearance.name.length).toBeLessThanOrEqual(80);
      expect(c.appearance.abstract.length).toBeLessThanOrEqual(160);
    }
  });

  it('asks for Teams\' own feedback under an answer, and records a 👎 with what the form said, posting nothing', async () => {
    const asked = messageActivity('youth reoffending rate');
    await post(base, asked);
    const [reply] = await waitForReplies(asked);
    expect(reply!.body.channelData).toMatchObject({ feedbackLoopEnabled: true });
    // No buttons of our own left in the card to press twice.
    expect(JSON.stringify(adaptiveCards(reply!.body)[0])).not.toContain('Action.Submit');
    // The connector gave the reply this id; Teams names it in the feedback.
    const replyId = `reply-${connector.posts.indexOf(reply!) + 1}`;
    const before = connector.posts.length;
    const invoke = messageActivity('', 'personal', {
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: replyId,
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Wanted the GM rate only' }) } },
    });
    const res = await post(base, invoke);
    expect(res.status).toBe(200);
    const voted = await eventually(async () => (await store.feedback.report('2000-01-01')).find((l) => l.query === 'youth reoffending rate'), 5000, 'the vote to be recorded');
    expect(voted).toMatchObject({ down: 1, comments: ['Wanted the GM rate only'] });
    expect(connector.posts.length).toBe(before);
  });

  it('still records a vote from an answer card sent before Teams\' own feedback, and thanks the person', async () => {
    const submit = messageActivity('', 'personal', { value: { action: 'feedback', verdict: 'down', query: 'CSTR 2023/24', comment: 'I needed the 2024/25 figure' } });
    expect((await post(base, submit)).status).toBe(200);
    const [thanks] = await waitForReplies(submit);
    expect(thanks!.body.text).toBe('Thanks for the feedback.');
    const report = await store.feedback.report('2000-01-01');
    expect(report.find((l) => l.query === 'CSTR 2023/24')).toMatchObject({ down: 1, comments: ['I needed the 2024/25 figure'] });
  });

  it('ignores a channel message that does not @mention the bot', async () => {
    const activity = messageActivity('youth reoffending rate', 'channel');
    const res = await post(base, activity);
    expect(res.status).toBe(200);
    await sleep(1000);
    expect(repliesTo(activity)).toEqual([]);
  });

  it('ignores a channel message that @mentions someone else', async () => {
    const other = mentionOf('Jo Bloggs', '29:someone-else');
    const activity = messageActivity('<at>Jo Bloggs</at> youth reoffending rate', 'channel', { entities: [other] });
    expect((await post(base, activity)).status).toBe(200);
    await sleep(500);
    expect(repliesTo(activity)).toEqual([]);
  });

  it('answers a channel message that @mentions the bot, without the mention in the question', async () => {
    const mention = mentionOf();
    const activity = messageActivity(`${mention.text} youth reoffending rate`, 'channel', { entities: [mention] });
    const res = await post(base, activity);
    expect(res.status).toBe(200);
    const [reply] = await waitForReplies(activity);
    const body = reply!.body;
    const shown = `${String(body.text)} ${JSON.stringify(adaptiveCards(body))}`;
    expect(shown).toContain('29.6%');
    expect(markers(String(body.text)).length).toBeGreaterThan(0);
  });

  it('answers a group chat message that @mentions the bot', async () => {
    const mention = mentionOf();
    const activity = messageActivity(`${mention.text} CSTR 2023/24`, 'groupChat', { entities: [mention] });
    expect((await post(base, activity)).status).toBe(200);
    const [reply] = await waitForReplies(activity);
    expect(JSON.stringify(adaptiveCards(reply!.body))).toContain('1,362');
  });

  it('greets a team it is added to with a card: how to ask, with examples, and what it answers from', async () => {
    const added = { ...messageActivity('', 'channel'), type: 'installationUpdate', action: 'add', text: undefined };
    expect((await post(base, added)).status).toBe(200);
    const [reply] = await waitForReplies(added);
    const [card] = adaptiveCards(reply!.body);
    expect(cardProblems(card!)).toEqual([]);
    const shown = JSON.stringify(card);
    for (const example of ['CSTR 2023/24', "quote women's centres"]) expect(shown).toContain(example);
    for (const d of kb.documents.values()) expect(shown).toContain(d.publisher);
    expect(shown).toContain('Jul 2024');
  });

  it('sends nothing when it is removed', async () => {
    const removed = { ...messageActivity('', 'channel'), type: 'installationUpdate', action: 'remove', text: undefined };
    expect((await post(base, removed)).status).toBe(200);
    await sleep(300);
    expect(repliesTo(removed)).toEqual([]);
  });

  it('answers "help" in personal chat with a card listing examples', async () => {
    const activity = messageActivity('help');
    expect((await post(base, activity)).status).toBe(200);
    const [reply] = await waitForReplies(activity);
    const card = JSON.stringify(adaptiveCards(reply!.body));
    expect(card).toContain('CSTR 2023/24');
    expect(card).toContain('youth reoffending rate');
    expect(card).toContain("quote women's centres");
    expect(String(reply!.body.text)).toMatch(/^Ask about Standing Together/);
  });

  it('treats a bare @mention in a channel as asking for help', async () => {
    const mention = mentionOf();
    const activity = messageActivity(`${mention.text}&nbsp;`, 'channel', { entities: [mention] });
    expect((await post(base, activity)).status).toBe(200);
    const [reply] = await waitForReplies(activity);
    expect(JSON.stringify(adaptiveCards(reply!.body))).toContain('CSTR 2023/24');
  });

  it('says so when the documents do not cover a question', async () => {
    const activity = messageActivity('bananas on mars');
    expect((await post(base, activity)).status).toBe(200);
    const [reply] = await waitForReplies(activity);
    expect(String(reply!.body.text)).toBe("The documents don't cover that.");
    expect(reply!.body.attachments ?? []).toEqual([]);
  });

  it('answers the "Find a quote" message extension in the HTTP response, not via the connector', async () => {
    seq += 1;
    const invoke = {
      type: 'invoke',
      name: 'composeExtension/query',
      id: `invoke-${seq}`,
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: USER,
      recipient: BOT,
      conversation: { id: `a:personal-${seq}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, source: { name: 'compose' } },
      value: { commandId: FIND_QUOTE_COMMAND, parameters: [{ name: 'query', value: "women's centres" }], queryOptions: { skip: 0, count: 25 } },
      locale: 'en-GB',
    };
    expect(FIND_QUOTE_COMMAND).toBe('findQuote');
    const before = connector.posts.length;
    const res = await post(base, invoke);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as {
      composeExtension: { type: string; attachments: { contentType: string; content: unknown; preview: { content: { title: string; text: string } } }[] };
    };
    expect(body.composeExtension.type).toBe('result');
    expect(body.composeExtension.attachments.length).toBeGreaterThanOrEqual(1);
    for (const a of body.composeExtension.attachments) {
      expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(a.preview.content.title.trim()).not.toBe('');
      expect(a.preview.content.text).toMatch(/ · [A-Z][A-Za-z]+, [A-Z][a-z]{2} \d{4}/);
    }
    expect(JSON.stringify(body).toLowerCase()).toContain('women');
    await sleep(100);
    expect(connector.posts.length).toBe(before);
  });

  it('answers a malformed JSON body with 400 and keeps serving', async () => {
    const bad = await post(base, '{bad');
    expect(bad.status).toBe(400);
    const activity = messageActivity('CSTR 2023/24');
    expect((await post(base, activity)).status).toBe(200);
    const [reply] = await waitForReplies(activity);
    expect(JSON.stringify(adaptiveCards(reply!.body))).toContain('1,362');
  });

  it('refuses a body over the size limit with 413 and keeps serving', async () => {
    const huge = messageActivity('x'.repeat(300 * 1024));
    const res = await post(base, huge);
    expect(res.status).toBe(413);
    expect(repliesTo(huge)).toEqual([]);
    const activity = messageActivity('help');
    expect((await post(base, activity)).status).toBe(200);
    await waitForReplies(activity);
  });

  it('still serves /healthz alongside /api/messages', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('Teams adapter with an app id (Bot Framework auth)', () => {
  beforeAll(async () => {
    const http = createHttpApp();
    await startTeams({
      config: { appId: '00000000-0000-0000-0000-000000000001', appPassword: 'x', appType: 'MultiTenant' },
      answer: (q) => handle(q, kb),
      log: captureLog().log,
      http,
    });
    authServer = await listen(http, 0, '127.0.0.1');
    servers.push(authServer);
    authBase = baseOf(authServer);
  });

  it.each([
    ['without an Authorization header', {}],
    ['whose bearer token is not a JWT', { authorization: 'Bearer not-a-token' }],
  ])('refuses a message %s with 401, sends nothing and prints no stack trace', async (_label, headers) => {
    // botbuilder's own request handling prints the refusal with console.error, whatever LOG_LEVEL says.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const activity = messageActivity('CSTR 2023/24');
      const res = await post(authBase, activity, headers);
      expect(res.status).toBe(401);
      await sleep(300);
      expect(repliesTo(activity)).toEqual([]);
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
  });
});

describe('Teams adapter when answering fails', () => {
  let failing: Server;
  const failLog = captureLog();

  beforeAll(async () => {
    const http = createHttpApp();
    await startTeams({
      config: { appType: 'MultiTenant' },
      answer: () => {
        throw new Error('knowledge base unavailable');
      },
      log: failLog.log,
      http,
    });
    failing = await listen(http, 0, '127.0.0.1');
    servers.push(failing);
  });

  it('tells the user something went wrong, logs the error and keeps serving', async () => {
    for (const text of ['CSTR 2023/24', 'help']) {
      const activity = messageActivity(text);
      expect((await post(baseOf(failing), activity)).status).toBe(200);
      const [reply] = await waitForReplies(activity);
      expect(String(reply!.body.text)).toMatch(/sorry, something went wrong/i);
      expect(reply!.body.attachments ?? []).toEqual([]);
    }
    const errors = failLog.lines.filter((l) => l.msg === 'answering failed');
    expect(errors).toHaveLength(2);
    expect(JSON.stringify(errors[0])).toContain('knowledge base unavailable');
  });
});

describe('a Teams message acknowledged by a process that then died', () => {
  it('is answered by the next process to start on the store, once, in its conversation; an answered one leaves nothing held', async () => {
    // What the killed process kept before Teams got its 200: the message, not yet answered.
    const conversation = { id: 'a:personal-crashed', conversationType: 'personal', tenantId: TENANT };
    const reference = { activityId: '1700000000999', user: USER, bot: BOT, conversation, channelId: 'msteams', serviceUrl: connector.url };
    await store.holdRequest('teams', 'activity:1700000000999', { question: 'CSTR 2023/24', userId: USER.aadObjectId, channelKind: 'personal', reference, replyToId: '1700000000999' });
    const next = await startTeams({ config: { appType: 'MultiTenant' }, answer: (q) => handle(q, kb), held: heldRequestsIn(store, 'teams'), inFlightMs: 0, log: captureLog().log, http: createHttpApp() });
    const into = `/v3/conversations/${encodeURIComponent(conversation.id)}/activities`;
    for (let waited = 0; waited < 5000 && !connector.posts.some((p) => p.url.startsWith(into)); waited += 50) await sleep(50);
    next.stop();
    const posts = connector.posts.filter((p) => p.url.startsWith(into));
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.body)).toContain('1,362');
    expect(posts[0]!.body.replyToId).toBe('1700000000999');

    // A message this process answers is released once answered.
    const asked = messageActivity('youth reoffending rate');
    await post(base, asked);
    await waitForReplies(asked);
    await sleep(200);
    expect(await store.takeHeldRequests('teams', new Date(0).toISOString(), new Date().toISOString())).toEqual([]);
  });
});
