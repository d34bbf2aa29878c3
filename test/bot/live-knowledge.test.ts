import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { LiveKnowledge } from '../../bot/live-knowledge.js';
import { ingest } from '../../knowledge/ingest.js';
import { KnowledgeBase } from '../../knowledge/retrieve.js';
import { openStore } from '../../knowledge/store.js';
import { captureLog, copyOfData } from '../helpers/knowledge.js';

describe('a running bot and a new ingest', () => {
  it('keeps answering from the old knowledge during an ingest and picks up the new one without a restart', async () => {
    const data = copyOfData();
    const store = await openStore(':memory:');
    const { log } = captureLog();
    await ingest(data, store, log);
    const live = new LiveKnowledge(await KnowledgeBase.load(store), store, log);
    await live.start(60_000);
    const question = 'how many young people were diverted from court in 2024/25?';
    expect(handle(question, live.kb).passages[0]?.text ?? '').not.toContain('640 young people');

    writeFileSync(path.join(data, 'documents', 'diversion.txt'), 'Youth diversion\n\nIn 2024/25, 640 young people were diverted from court through the Youth Diversion Scheme.\n');
    const ingesting = ingest(data, store, log);
    // Questions asked while the ingest runs are answered, from the knowledge already loaded.
    expect(handle('CSTR 2023/24', live.kb).status).toBe('answered');
    await ingesting;

    expect(await live.check()).toBe(true);
    expect(handle(question, live.kb).passages[0]!.text).toContain('640 young people');
    expect(await live.check()).toBe(false);
    live.stop();
    await store.close();
  });
});
