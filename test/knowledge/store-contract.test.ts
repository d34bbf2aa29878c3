import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import type { Answer } from '../../bot/answer.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from '../../knowledge/store/postgres-migrations.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../knowledge/store/sqlite-migrations.js';
import { KEEP_CLAIMS_MS, SWEEP_EVERY } from '../../knowledge/store/request-tables.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';
import { freshDatabase } from '../helpers/postgres.js';

/** Every table the store keeps, on either database (PostgreSQL adds its schema_version). */
const STORE_TABLES = [
  'acronyms',
  'digest_runs',
  'digest_subscriptions',
  'documents',
  'feedback',
  'figures',
  'handled_events',
  'held_requests',
  'indicator_tables',
  'indicators',
  'knowledge_state',
  'passages',
  'questions',
  'rate_counts',
  'search_index',
  'sent_answers',
  'source_stamps',
  'word_alternatives',
];

/** Folders and stores a test made, removed and closed after it whatever happened. */
const made: string[] = [];
const opened: Store[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the shipped data, removed after the test. */
function dataCopy(): string {
  const dir = copyOfData();
  made.push(dir);
  return dir;
}

/** Opens a store that is closed after the test. */
async function open(target: string): Promise<Store> {
  const store = await openStore(target);
  opened.push(store);
  return store;
}

/** A new, empty database of each kind: a sqlite3 file (so two connections can share it), or a PostgreSQL database. */
const backends: [string, () => Promise<string>][] = [
  ['sqlite3', async () => path.join(tempDir('st-contract-'), 'store.sqlite')],
  ['PostgreSQL', freshDatabase],
];

/** Runs one statement on the database directly, behind the store's back. */
async function rawSql<T = Record<string, unknown>>(target: string, sql: string): Promise<T[]> {
  if (target.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const conn = new sqlite3.Database(target, (err) => (err ? reject(err) : resolve(conn)));
  });
  try {
    return await new Promise<T[]>((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  } finally {
    await new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
  }
}

/** Resolves with the first value `take` accepts, or rejects after `ms`. */
function within<T>(ms: number, take: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms);
    take((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const NOTE = 'Youth diversion note\n\nIn 2024/25, 640 young people were diverted from court through the Youth Diversion Scheme.\n';

/** Two lists under lead-ins: one that names its period, one that only points back ("This includes:"). */
const LISTS = [
  'Workforce and hate crime note',
  '',
  'As at 30 September 2023, the police workforce in England and Wales was 234,438 full-time equivalent.',
  '',
  'This includes:',
  '',
  '  • 147,098 FTE police officers (up 3.5% on 142,146 last year)',
  '  • 7,651 FTE PCSOs (down 7.4% on 8,263 last year)',
  '',
  'The number of hate crime offences in 2015/16 for the five monitored strands were as follows:',
  '',
  '  • 4,400 (7%) were religious hate crimes;',
  '  • 3,629 (6%) were disability hate crimes.',
  '',
  'Recruitment continues across every force, with new officers joining each month through the national programme and through local schemes that forces run themselves to fill the vacancies they carry; the programme will be reviewed when its funding ends and its lessons written up for the forces that follow it, so that what worked in one place can be tried in the next without each force having to learn it again from the start.',
  '',
].join('\n');

describe.each(backends)('the store contract for replicas, on %s', (name, fresh) => {
  const onPostgres = name === 'PostgreSQL';

  it('publishes the shipped data as one generation and reads back what was written', async () => {
    const store = await open(await fresh());
    expect(await store.generation()).toBe(0);
    await ingest(dataCopy(), store, captureLog().log);
    expect(await store.generation()).toBe(1);
    const docs = await store.documents();
    expect(docs.length).toBeGreaterThan(3);
    const passages = await store.passages();
    expect(passages.length).toBe(docs.reduce((n, d) => n + d.passageCount, 0));
    expect((await store.figures()).length).toBeGreaterThan(10);
    expect(await store.integrityCheck()).toBe('ok');
  });

  it('makes a new generation only when the documents change: an added file, then its removal', async () => {
    const store = await open(await fresh());
    const data = dataCopy();
    const { log } = captureLog();
    await ingest(data, store, log);
    expect(await store.generation()).toBe(1);
    const shipped = (await store.documents()).map((d) => d.id).sort();

    const again = await ingest(data, store, log);
    expect(again.added).toEqual([]);
    expect(await store.generation()).toBe(1);

    writeFileSync(path.join(data, 'documents', 'diversion-note.txt'), NOTE);
    const added = await ingest(data, store, log);
    expect(added.added).toEqual(['diversion-note.txt']);
    expect(await store.generation()).toBe(2);
    const note = (await store.documents()).find((d) => d.id === 'diversion-note');
    expect(note).toMatchObject({ file: 'diversion-note.txt', title: 'Youth diversion note', publisher: '' });
    const notePassages = (await store.passages()).filter((p) => p.docId === 'diversion-note');
    expect(notePassages.length).toBe(note!.passageCount);
    expect(notePassages.map((p) => p.text).join(' ')).toContain('640 young people were diverted from court');

    unlinkSync(path.join(data, 'documents', 'diversion-note.txt'));
    const removed = await ingest(data, store, log);
    expect(removed.removed).toEqual(['diversion-note.txt']);
    expect(await store.generation()).toBe(3);
    expect((await store.documents()).map((d) => d.id).sort()).toEqual(shipped);
    expect((await store.passages()).filter((p) => p.docId === 'diversion-note')).toEqual([]);
    expect((await store.figures()).filter((f) => f.docId === 'diversion-note')).toEqual([]);
  });

  it("gives a list item the lead-in it reads on from, and a bare 'This includes:' the passage it points back at", async () => {
    const store = await open(await fresh());
    const data = dataCopy();
    writeFileSync(path.join(data, 'documents', 'workforce-note.txt'), LISTS);
    await ingest(data, store, captureLog().log);
    const passages = (await store.passages()).filter((p) => p.docId === 'workforce-note');
    const idOf = (start: string) => passages.find((p) => p.text.startsWith(start))!.id;
    const before = await store.passagesBefore([idOf('3,629'), idOf('7,651'), idOf('Recruitment continues')]);
    expect(before.get(idOf('3,629'))?.text).toMatch(/^The number of hate crime offences in 2015\/16/);
    expect(before.get(idOf('7,651'))?.text).toMatch(/^As at 30 September 2023, the police workforce/);
    // A paragraph after the list reads on from the passage before it, as any other does.
    expect(before.get(idOf('Recruitment continues'))?.text).toMatch(/^3,629/);
  });

  it('claims a platform event once, across every store on the database', async () => {
    const target = await fresh();
    const a = await open(target);
    const b = await open(target);
    expect(await a.claimEvent('slack', 'Ev001')).toBe(true);
    expect(await a.claimEvent('slack', 'Ev001')).toBe(false);
    expect(await b.claimEvent('slack', 'Ev001')).toBe(false);
    // The same id from another platform is another event.
    expect(await b.claimEvent('teams', 'Ev001')).toBe(true);
    expect(await a.claimEvent('teams', 'Ev001')).toBe(false);

    // A retry landing on two replicas at once is answered by exactly one of them.
    const raced = await Promise.all([a.claimEvent('slack', 'Ev002'), b.claimEvent('slack', 'Ev002'), a.claimEvent('slack', 'Ev002'), b.claimEvent('slack', 'Ev002')]);
    expect(raced.filter(Boolean)).toHaveLength(1);
  });

  it('forgets claims older than a day as it goes, so the table does not grow for ever', async () => {
    const target = await fresh();
    const store = await open(target);
    const old = new Date(Date.now() - KEEP_CLAIMS_MS - 60_000).toISOString();
    await rawSql(target, `INSERT INTO handled_events (platform, id, handled_at) VALUES ('slack-signature', 'v0=old', '${old}')`);
    for (let i = 0; i < SWEEP_EVERY; i++) await store.claimEvent('slack', `Ev-sweep-${i}`);
    const left = await rawSql<{ id: string }>(target, "SELECT id FROM handled_events WHERE platform = 'slack-signature'");
    expect(left).toEqual([]);
    // Recent claims stay claimed.
    expect(await store.claimEvent('slack', 'Ev-sweep-0')).toBe(false);
  });

  it('counts requests per key and window, adding up across every store on the database', async () => {
    const target = await fresh();
    const a = await open(target);
    const b = await open(target);
    const window = '2025-03-01T10:00:00.000Z';
    const next = '2025-03-01T10:01:00.000Z';
    expect(await a.countRequest('slack:U1', window)).toBe(1);
    expect(await a.countRequest('slack:U1', window)).toBe(2);
    expect(await a.countRequest('slack:U1', window)).toBe(3);
    expect(await a.countRequest('slack:U1', next)).toBe(1);
    expect(await a.countRequest('slack:U2', window)).toBe(1);
    // Another replica on the same database carries on from the same count.
    expect(await b.countRequest('slack:U1', window)).toBe(4);
    expect(await a.countRequest('slack:U1', window)).toBe(5);

    // Counted at the same moment on both, every request gets its own number.
    const counts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).countRequest('teams:U3', window)));
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('keeps digest subscriptions, claims posts once (taking over a stale claim), and logs questions', async () => {
    const target = await fresh();
    const a = await open(target);
    const b = await open(target);
    const at = '2025-03-03T09:00:00.000Z';
    const reference = { serviceUrl: 'https://smba.example/emea/', conversation: { id: '19:abc@thread.tacv2', isGroup: true }, bot: { id: '28:bot' } };

    expect(await a.digest.subscribe({ platform: 'teams', channelId: '19:abc', reference }, at)).toBe(true);
    expect(await b.digest.subscribe({ platform: 'teams', channelId: '19:abc', reference }, at)).toBe(false);
    expect(await a.digest.subscribe({ platform: 'slack', channelId: 'C0123' }, at)).toBe(true);
    expect(await b.digest.subscriptions()).toEqual([
      { platform: 'slack', channelId: 'C0123', reference: undefined },
      { platform: 'teams', channelId: '19:abc', reference },
    ]);
    expect(await b.digest.unsubscribe('teams', '19:abc')).toBe(true);
    expect(await a.digest.unsubscribe('teams', '19:abc')).toBe(false);
    expect(await a.digest.subscriptions()).toEqual([{ platform: 'slack', channelId: 'C0123', reference: undefined }]);

    const week = '2025-W10';
    const minutes = (n: number) => new Date(Date.parse(at) + n * 60_000).toISOString();
    const HOUR = 60;
    expect(await a.digest.lastSent()).toBeUndefined();
    expect(await a.digest.claimDigest(week, 'slack', 'C0123', 'worker-a', at, minutes(-HOUR))).toBe(true);
    // B's claim while A's is fresh fails, from another store on the database.
    expect(await b.digest.claimDigest(week, 'slack', 'C0123', 'worker-b', minutes(5), minutes(5 - HOUR))).toBe(false);
    expect(await a.digest.claimDigest(week, 'slack', 'C9999', 'worker-a', at, minutes(-HOUR))).toBe(true);
    expect(await b.digest.unsentClaims(week)).toBe(2);
    // Once A's claim is older than staleBefore, B takes it over (A died before sending).
    expect(await b.digest.claimDigest(week, 'slack', 'C0123', 'worker-b', minutes(2 * HOUR), minutes(HOUR))).toBe(true);
    // B's claim is now the fresh one.
    expect(await a.digest.claimDigest(week, 'slack', 'C0123', 'worker-a', minutes(2 * HOUR + 5), minutes(HOUR + 5))).toBe(false);
    await b.digest.markDigestSent(week, 'slack', 'C0123', minutes(2 * HOUR + 1));
    // A sent post is never claimed again, however stale its claim.
    expect(await a.digest.claimDigest(week, 'slack', 'C0123', 'worker-a', minutes(48 * HOUR), minutes(47 * HOUR))).toBe(false);
    expect(await a.digest.unsentClaims(week)).toBe(1);
    expect(await a.digest.unsentClaims('2025-W11')).toBe(0);
    expect(await a.digest.lastSent()).toBe(minutes(2 * HOUR + 1));

    const asked = [
      { askedAt: '2025-03-03T10:00:00.000Z', platform: 'slack', channelKind: 'dm', userHash: 'hash-u1', query: 'CSTR 2023/24', intent: 'figure', status: 'answered', topDoc: '000_35f14ea1fa3973a0' },
      { askedAt: '2025-03-03T11:00:00.000Z', platform: 'cli', query: 'what is MATAC', intent: 'passage', status: 'answered' },
      { askedAt: '2025-03-04T09:00:00.000Z', platform: 'teams', channelKind: 'channel', userHash: 'hash-u1', query: 'knife crime 2031', intent: 'figure', status: 'no_answer' },
      { askedAt: '2025-03-05T09:00:00.000Z', platform: 'slack', userHash: 'hash-u2', query: 'later', intent: 'passage', status: 'answered' },
    ];
    for (const q of asked) await (q.platform === 'teams' ? b : a).digest.recordQuestion(q);
    // From inclusive, to exclusive, in the order asked.
    expect(await b.digest.questionsBetween('2025-03-03T10:00:00.000Z', '2025-03-05T09:00:00.000Z')).toEqual(asked.slice(0, 3));
    expect(await b.digest.forgetUser('hash-u1')).toBe(2);
    expect(await a.digest.forgetUser('hash-u1')).toBe(0);
    expect(await a.digest.questionsBetween('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toEqual([asked[1], asked[3]]);
  });

  it('keeps feedback and reports thumbs-down and unanswered questions together, with numbers and comments', async () => {
    const target = await fresh();
    const a = await open(target);
    const b = await open(target);
    const query = 'How many CSTRs in 2023/24?';
    // An old verdict (before the report's window), then the person's newer one on the same question.
    await a.feedback.record({ givenAt: '2025-02-01T09:00:00.000Z', platform: 'slack', userHash: 'hash-u1', query, verdict: 'down' });
    await a.feedback.record({ givenAt: '2025-03-03T09:00:00.000Z', platform: 'slack', userHash: 'hash-u1', query, verdict: 'down', topDoc: '000_35f14ea1fa3973a0' });
    await b.feedback.addComment('slack', 'hash-u1', query, 'wrong year');
    // From the shell or CLI there is no user: the comment still finds its verdict.
    await b.feedback.record({ givenAt: '2025-03-03T10:00:00.000Z', platform: 'cli', query: 'youth reoffending rate', verdict: 'down' });
    await a.feedback.addComment('cli', undefined, 'youth reoffending rate', 'no figure given');
    await a.feedback.record({ givenAt: '2025-03-03T11:00:00.000Z', platform: 'slack', userHash: 'hash-u2', query: 'what is MATAC', verdict: 'up' });
    // The same question, unanswered, written differently.
    await b.digest.recordQuestion({ askedAt: '2025-03-04T09:00:00.000Z', platform: 'teams', userHash: 'hash-u3', query: '  HOW MANY CSTRS IN 2023/24? ', intent: 'figure', status: 'no_answer' });
    await b.digest.recordQuestion({ askedAt: '2025-03-04T10:00:00.000Z', platform: 'teams', query: 'asdf qwerty', intent: 'invalid', status: 'no_answer' });

    const report = await a.feedback.report('2025-03-01T00:00:00.000Z');
    expect(report.map((r) => ({ ...r, query: r.query.trim().toLowerCase() }))).toEqual([
      { query: query.toLowerCase(), down: 1, unanswered: 1, comments: ['wrong year'] },
      { query: 'youth reoffending rate', down: 1, unanswered: 0, comments: ['no figure given'] },
    ]);
    for (const line of report) {
      expect(typeof line.down).toBe('number');
      expect(typeof line.unanswered).toBe('number');
    }
    // The old verdict counts once it is in the window, still without the comment (it went to the newer one).
    const all = await b.feedback.report('2025-01-01T00:00:00.000Z');
    expect(all[0]).toMatchObject({ down: 2, unanswered: 1, comments: ['wrong year'] });
  });

  it('saves one search index at a time: saving another key replaces the first', async () => {
    const store = await open(await fresh());
    expect(await store.savedIndex('key-1')).toBeUndefined();
    const body = JSON.stringify({ terms: ['ü', '£12', 'naïve'], big: 'x'.repeat(2_000_000) });
    await store.saveIndex('key-1', body);
    expect(await store.savedIndex('key-1')).toBe(body);
    await store.saveIndex('key-2', 'second');
    expect(await store.savedIndex('key-2')).toBe('second');
    expect(await store.savedIndex('key-1')).toBeUndefined();
  });

  it('saves one word-alternatives table at a time, apart from the search index', async () => {
    const store = await open(await fresh());
    expect(await store.savedAlternatives('corpus-1')).toBeUndefined();
    await store.saveIndex('corpus-1', 'index');
    await store.saveAlternatives('corpus-1', '{"rows":[["kid",["child"],[]]]}');
    expect(await store.savedAlternatives('corpus-1')).toBe('{"rows":[["kid",["child"],[]]]}');
    await store.saveAlternatives('corpus-2', 'second');
    expect(await store.savedAlternatives('corpus-1')).toBeUndefined();
    expect(await store.savedIndex('corpus-1')).toBe('index');
  });

  it('keeps the data files\' stamps, replacing them whole', async () => {
    const store = await open(await fresh());
    expect(await store.sourceStamps()).toEqual(new Map());
    const first = new Map([
      ['documents/plan.pdf', { stamp: 'v17:10:1:1:7', hash: 'aa' }],
      ['indicators/cstr.csv', { stamp: 'v17:20:2:2:8', hash: 'bb' }],
    ]);
    await store.saveSourceStamps(first);
    expect(await store.sourceStamps()).toEqual(first);
    const second = new Map([['documents/plan.pdf', { stamp: 'v17:11:3:3:7', hash: 'cc' }]]);
    await store.saveSourceStamps(second);
    expect(await store.sourceStamps()).toEqual(second);
  });

  it('keys Teams subscriptions made in a thread on their channel when it migrates an older database', async () => {
    const target = await fresh();
    const store = await open(target);
    const at = new Date().toISOString();
    for (const channelId of ['19:c@thread.tacv2;messageid=1', '19:c@thread.tacv2;messageid=2', '19:d@thread.tacv2;messageid=3']) {
      await store.digest.subscribe({ platform: 'teams', channelId }, at);
    }
    await store.digest.subscribe({ platform: 'slack', channelId: 'C1;messageid=4' }, at);
    await store.close();
    // Back to the schema before that step, as a database written by that older version is: the
    // steps after it undone too (a list item's leans_on column, the held requests, who subscribed, document links, PostgreSQL's full-text table, the full-text build's terms version).
    const onPg = target.startsWith('postgres');
    const step = (onPg ? PG_MIGRATIONS : MIGRATIONS).findIndex((m) => m.includes(';messageid='));
    await rawSql(target, 'ALTER TABLE passages DROP COLUMN leans_on');
    await rawSql(target, 'DROP TABLE held_requests');
    await rawSql(target, 'ALTER TABLE digest_subscriptions DROP COLUMN subscribed_by');
    await rawSql(target, 'ALTER TABLE documents DROP COLUMN url');
    await rawSql(target, 'DROP TABLE sent_answers');
    if (onPg) await rawSql(target, 'DROP TABLE passage_search; DROP TABLE passage_search_state');
    else await rawSql(target, 'ALTER TABLE passage_search_state DROP COLUMN terms_version');
    await rawSql(target, onPg ? `UPDATE schema_version SET version = ${step}` : `PRAGMA user_version = ${step}`);
    const again = await open(target);
    const kept = (await again.digest.subscriptions()).map((s) => `${s.platform}:${s.channelId}`).sort();
    expect(kept).toEqual(['slack:C1;messageid=4', 'teams:19:c@thread.tacv2', 'teams:19:d@thread.tacv2']);
    // Subscriptions made before anyone was recorded as their subscriber still post; no one is told of a failure.
    expect((await again.digest.subscriptions()).every((s) => s.subscribedBy === undefined)).toBe(true);
  });

  it('migrates once when three processes open a new database together', async () => {
    const target = await fresh();
    const stores = await Promise.all([openStore(target), openStore(target), openStore(target)]);
    opened.push(...stores);
    for (const s of stores) expect(await s.integrityCheck()).toBe('ok');
    // All three work on the one schema.
    expect(await stores[0]!.claimEvent('slack', 'E1')).toBe(true);
    expect(await stores[1]!.claimEvent('slack', 'E1')).toBe(false);
    expect(await stores[2]!.claimEvent('slack', 'E1')).toBe(false);

    if (onPostgres) {
      const tables = await rawSql<{ table_name: string }>(target, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
      // Its full-text table too: a tsvector of the passages' terms, and each build's statistics.
      expect(tables.map((t) => t.table_name)).toEqual([...STORE_TABLES, 'passage_search', 'passage_search_state', 'schema_version'].sort());
      expect(await rawSql(target, 'SELECT version FROM schema_version')).toEqual([{ version: PG_SCHEMA_VERSION }]);
    } else {
      const tables = await rawSql<{ name: string }>(target, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
      // sqlite3 also keeps the full-text table (FTS5 adds its own shadow tables beside it).
      const names = tables.map((t) => t.name);
      expect(names.filter((n) => !n.startsWith('passage_search'))).toEqual(STORE_TABLES);
      expect(names).toEqual(expect.arrayContaining(['passage_search_a', 'passage_search_b', 'passage_search_state']));
      expect(await rawSql(target, 'PRAGMA user_version')).toEqual([{ user_version: SCHEMA_VERSION }]);
    }
  });

  it('refuses a database written by a newer version, without touching it or showing the password', async () => {
    const target = await fresh();
    await (await openStore(target)).close();
    if (onPostgres) await rawSql(target, 'UPDATE schema_version SET version = 99');
    else await rawSql(target, 'PRAGMA user_version = 99');

    const refused = await openStore(target).then(
      (s) => {
        opened.push(s);
        throw new Error('a database at schema 99 was opened');
      },
      (error: Error) => error,
    );
    expect(refused.message).toContain('newer version');
    expect(refused.message).toContain('99');
    if (onPostgres) {
      const { password, hostname } = new URL(target);
      expect(refused.message).toContain(hostname);
      expect(password).not.toBe('');
      expect(refused.message).not.toContain(password);
      expect(await rawSql(target, 'SELECT version FROM schema_version')).toEqual([{ version: 99 }]);
    } else {
      expect(await rawSql(target, 'PRAGMA user_version')).toEqual([{ user_version: 99 }]);
    }
  });

  it.runIf(onPostgres)('names the host but never the password when PostgreSQL cannot be reached (PostgreSQL only: a sqlite3 path has no password)', async () => {
    const refused = await openStore('postgres://u:SECRET-PW-123@127.0.0.1:1/x').then(
      (s) => {
        opened.push(s);
        throw new Error('a store opened on a port nothing listens on');
      },
      (error: Error) => error,
    );
    expect(refused.message).toContain('127.0.0.1');
    expect(refused.message).not.toContain('SECRET-PW-123');
    // Nor anywhere a log line of the error would show: its stack, its cause.
    expect(inspect(refused, { depth: 5 })).not.toContain('SECRET-PW-123');
  });

  it.runIf(onPostgres)('tells another store of a new generation as soon as it is published, until told to stop (PostgreSQL only: sqlite3 cannot push, readers poll)', async () => {
    const target = await fresh();
    const publisher = await open(target);
    const reader = await open(target);
    const heard: number[] = [];
    let notify: ((generation: number) => void) | undefined;
    const stop = await reader.onGeneration((generation) => {
      heard.push(generation);
      notify?.(generation);
    });
    try {
      const data = dataCopy();
      const first = within<number>(2000, (resolve) => (notify = resolve));
      await ingest(data, publisher, captureLog().log);
      expect(await first).toBe(1);

      await stop();
      writeFileSync(path.join(data, 'documents', 'diversion-note.txt'), NOTE);
      await ingest(data, publisher, captureLog().log);
      expect(await reader.generation()).toBe(2);
      await sleep(500);
      expect(heard).toEqual([1]);
    } finally {
      await stop();
    }
  });

  it.runIf(!onPostgres)('never calls a generation listener, so readers poll the number (sqlite3 only: it cannot push)', async () => {
    const target = await fresh();
    const publisher = await open(target);
    const reader = await open(target);
    const heard: number[] = [];
    const stop = await reader.onGeneration((generation) => heard.push(generation));
    await ingest(dataCopy(), publisher, captureLog().log);
    await sleep(200);
    expect(heard).toEqual([]);
    expect(await reader.generation()).toBe(1);
    await stop();
  });
});

describe('replicas on sqlite3 and on PostgreSQL, given the same data', () => {
  it('give the same answers', async () => {
    const data = dataCopy();
    const lite = await open(path.join(tempDir('st-contract-'), 'store.sqlite'));
    const postgres = await open(await freshDatabase());
    await ingest(data, lite, captureLog().log);
    await ingest(data, postgres, captureLog().log);
    // The same knowledge reads back from both.
    expect(await postgres.passages()).toEqual(await lite.passages());
    expect(await postgres.figures()).toEqual(await lite.figures());
    expect(await postgres.acronyms()).toEqual(await lite.acronyms());

    const liteKb = await KnowledgeBase.load(lite);
    const postgresKb = await KnowledgeBase.load(postgres);
    for (const question of ['CSTR 2023/24', 'what is MATAC', 'youth reoffending rate']) {
      const fromLite = await handle(question, liteKb);
      const fromPostgres = await handle(question, postgresKb);
      expect(fromLite.status, question).not.toBe('no_answer');
      expect(fromPostgres.headline, question).toBe(fromLite.headline);
      expect(fromPostgres.figures, question).toEqual(fromLite.figures);
      const firstPassages = async (a: Answer, from: Store) => {
        const all = await from.passages();
        // (An excerpt opens with the first of the passages it joins.)
        return a.passages.slice(0, 3).map((p) => all.find((x) => x.docId === p.docId && p.text.startsWith(x.text))?.id);
      };
      expect(fromLite.passages.length, question).toBeGreaterThan(0);
      const ids = await firstPassages(fromLite, lite);
      expect(ids, question).not.toContain(undefined);
      expect(await firstPassages(fromPostgres, postgres), question).toEqual(ids);
    }
  });
});
