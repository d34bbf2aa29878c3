import type { Logger } from 'pino';
import { ingest, type IngestOptions, type IngestSummary } from '../knowledge/ingest.js';
import { KnowledgeBase } from '../knowledge/retrieve.js';
import { openStore, type Store } from '../knowledge/store.js';
import type { Config } from './config.js';

/** The opened store and the knowledge loaded from it. */
export interface LoadedKnowledge {
  store: Store;
  kb: KnowledgeBase;
  summary: IngestSummary;
}

/**
 * Opens the store, ingests whatever in the data directory is new or changed, and loads the
 * knowledge base: what `start` and `ask` do before their first question.
 */
export async function loadKnowledge(config: Config, log: Logger, progress: Omit<IngestOptions, 'maxBytes'> = {}): Promise<LoadedKnowledge> {
  const store = await openStore(config.databaseUrl ?? config.dbPath);
  try {
    const summary = await ingest(config.dataDir, store, log, { ...progress, maxBytes: config.maxDocumentBytes });
    const kb = await KnowledgeBase.load(store, log);
    log.info(
      { added: summary.added.length, changed: summary.changed.length, unchanged: summary.unchanged.length, skipped: summary.skipped.length, passages: kb.passages.size },
      'knowledge loaded',
    );
    return { store, kb, summary };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
