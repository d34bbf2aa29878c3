import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { LiveKnowledge } from '../../bot/runtime/live-knowledge.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore } from '../../knowledge/store/store.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';
import { freshDatabase } from '../helpers/postgres.js';

const DIVERSION = 'Youth diversion\n\nIn 2024/25, 640 young people were diverted from court through the Youth Diversion Scheme.\n';
const DIVERSION_QUESTION = 'how many young people were diverted from court in 2024/25?';

describe('a running bot and a new ingest', () => {
  it('keeps answering from the old knowledge during an ingest and picks up the new one without a restart', async () => {
    const data = copyOfData();
    const store = await openStore(':memory:');
    const { log } = captureLog();
    await ingest(data, store, log);
    const live = new LiveKnowledge(await KnowledgeBase.load(store), store, log);
    await live.start(60_000);
    const question = DIVERSION_QUESTION;
    expect((await handle(question, live.kb)).passages[0]?.text ?? '').not.toContain('640 young people');

    writeFileSync(path.join(data, 'documents', 'diversion.txt'), DIVERSION);
    const ingesting = ingest(data, store, log);
    // Questions asked while the ingest runs are answered, from the knowledge already loaded.
    expect((await handle('CSTR 2023/24', live.kb)).status).toBe('answered');
    await ingesting;

    expect(await live.check()).toBe(true);
    expect((await handle(question, live.kb)).passages[0]!.text).toContain('640 young people');
    expect(await live.check()).toBe(false);
    live.stop();
    await store.close();
  });
});

/** A store target of each kind, and what removes it afterwards. */
const stores = [
  { kind: 'PostgreSQL', open: async () => ({ target: await freshDatabase(), remove: () => {} }) },
  {
    kind: 'sqlite3 file',
    open: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'st-live-'));
      return { target: path.join(dir, 'store.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];

describe.each(stores)('knowledge loaded from a $kind store', ({ open }) => {
  it('picks up a generation published between loading the knowledge and starting to watch, as a replica would when another replica or the CLI ingests meanwhile', async () => {
    const { target, remove } = await open();
    const first = copyOfData();
    const second = copyOfData();
    writeFileSync(path.join(second, 'documents', 'diversion.txt'), DIVERSION);
    const store = await openStore(target);
    const { log, lines } = captureLog();
    let live: LiveKnowledge | undefined;
    try {
      await ingest(first, store, log);
      const kb = await KnowledgeBase.load(store);
      expect((await handle(DIVERSION_QUESTION, kb)).passages[0]?.text ?? '').not.toContain('640');

      // Another process publishes a generation after this one read its knowledge but before it
      // starts watching for new ones (a bot's start-up: load, then set up adapters, then watch).
      const summary = await ingest(second, store, log);
      expect(summary.added).toEqual(['diversion.txt']);
      expect(await store.generation()).not.toBe(kb.generation);

      live = new LiveKnowledge(kb, store, log);
      await live.start(60_000);
      expect(await live.check()).toBe(true);
      expect((await handle(DIVERSION_QUESTION, live.kb)).passages[0]?.text ?? '').toContain('640');
      expect(live.kb.generation).toBe(await store.generation());
      expect(lines.some((l) => l.msg === 'new knowledge loaded without a restart')).toBe(true);
      // Caught up: nothing more to load.
      expect(await live.check()).toBe(false);
    } finally {
      await live?.stop();
      await store.close();
      for (const dir of [first, second]) rmSync(dir, { recursive: true, force: true });
      remove();
    }
  });
});
