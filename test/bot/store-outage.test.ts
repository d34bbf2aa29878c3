import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsk, STORE_AWAY, type Ask } from '../../bot/ask.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';
import { freshDatabase } from '../helpers/postgres.js';

/** Runs one statement as the server's administrator (not on the bot's database, which is shut). */
async function asAdmin(url: string, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('a replica whose PostgreSQL goes away while the corpus is searched there', () => {
  let url: string;
  let store: Store;
  let ask: Ask;
  const logged = captureLog();

  beforeAll(async () => {
    url = await freshDatabase();
    store = await openStore(url);
    await ingest(copyOfData(), store, captureLog().log);
    const kb = await KnowledgeBase.load(store, undefined, { searchInStoreAbove: 0 });
    ask = createAsk({ kb: () => kb, store, log: logged.log });
  });

  afterAll(async () => {
    await store.close();
  });

  it('answers "try again" while the database is unreachable, and answers again once it is back', async () => {
    const before = await ask('CSTR 2023/24', { platform: 'cli' });
    expect(before.headline).toContain('1,362');

    // Nobody may connect, and every connection the bot had is cut mid-stream.
    const database = new URL(url).pathname.slice(1);
    await asAdmin(url, `ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    await asAdmin(url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`);
    const during = await Promise.all(['CSTR 2023/24', 'youth reoffending rate', 'what is MATAC'].map((q) => ask(q, { platform: 'cli' })));
    for (const answer of during) {
      expect(answer.status).toBe('no_answer');
      expect(answer.headline).toBe(STORE_AWAY);
    }
    expect(logged.lines.some((l) => l.msg === 'the store could not be reached for a question')).toBe(true);

    await asAdmin(url, `ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    const after = await ask('CSTR 2023/24', { platform: 'cli' });
    expect(after.status).toBe('answered');
    expect(after.headline).toBe(before.headline);
  });
});
