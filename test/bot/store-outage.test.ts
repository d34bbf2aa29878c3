import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsk, STORE_AWAY, type Ask } from '../../bot/ask.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../scripts/throwaway-postgres.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';
import { freshDatabase } from '../helpers/postgres.js';

const QUESTIONS = ['CSTR 2023/24', 'youth reoffending rate', 'what is MATAC'];

describe('a replica whose PostgreSQL server stops while the corpus is searched there', () => {
  // A server of its own: stopping the one the other test files share would fail them.
  let server: ThrowawayPostgres;
  let store: Store;
  let ask: Ask;
  const logged = captureLog();

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    store = await openStore(await freshDatabase(server.url));
    await ingest(copyOfData(), store, captureLog().log);
    const kb = await KnowledgeBase.load(store, undefined, { searchInStoreAbove: 0 });
    ask = createAsk({ kb: () => kb, store, log: logged.log });
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await server?.stop();
  });

  it('answers "try again" while the server is down, and answers again once it is back', async () => {
    const before = await ask('CSTR 2023/24', { platform: 'cli' });
    expect(before.headline).toContain('1,362');

    // Questions keep coming while the server process stops: each gets an answer, none throws.
    const load = Promise.all(QUESTIONS.flatMap((q) => [q, q]).map((q) => ask(q, { platform: 'cli' })));
    await server.pause();
    await load;
    const during = await Promise.all(QUESTIONS.map((q) => ask(q, { platform: 'cli' })));
    for (const answer of during) {
      expect(answer.status).toBe('no_answer');
      expect(answer.headline).toBe(STORE_AWAY);
    }
    expect(logged.lines.some((l) => l.msg === 'the store could not be reached for a question')).toBe(true);

    await server.restart();
    const after = await ask('CSTR 2023/24', { platform: 'cli' });
    expect(after.status).toBe('answered');
    expect(after.headline).toBe(before.headline);
  }, 60_000);
});
