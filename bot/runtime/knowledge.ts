import type { Logger } from 'pino';
import { ingest, type IngestOptions, type IngestSummary } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { fullTextPlan } from '../../knowledge/search/store-corpus.js';
import { openStore, type Store } from '../../knowledge/store/store.js';
import type { Config } from './config.js';

/** The opened store and the knowledge loaded from it. */
export interface LoadedKnowledge {
  store: Store;
  kb: KnowledgeBase;
  summary: IngestSummary;
}

/**
 * Why the data folder is read: `start` when the bot or a CLI command starts, `ingest` when an
 * operator asks for it (`standing-together ingest`).
 */
export type IngestReason = 'start' | 'ingest';

const NOTHING_READ: IngestSummary = { added: [], changed: [], unchanged: [], removed: [], skipped: [], indicators: { loaded: [], unchanged: [], removed: [], problems: [] } };

/**
 * Opens the store, ingests whatever in the data directory is new or changed, and loads the
 * knowledge base: what `start` and `ask` do before their first question.
 *
 * On a shared PostgreSQL store, starting only seeds an empty database: after that the
 * documents are what operators ingested, and a replica restarting with an older or different
 * data folder must not add, change or remove them for every other replica.
 */
export async function loadKnowledge(
  config: Config,
  log: Logger,
  progress: Omit<IngestOptions, 'maxBytes'> = {},
  reason: IngestReason = 'start',
  options: { background?: boolean } = {},
): Promise<LoadedKnowledge> {
  const store = await openStore(config.databaseUrl ?? config.dbPath);
  try {
    const shared = store.kind === 'postgres' && reason === 'start' && (await store.documents()).length > 0;
    if (shared) log.info('documents come from the shared database; `standing-together ingest` publishes new ones');
    const readData = () => ingest(config.dataDir, store, log, { ...progress, maxBytes: config.maxDocumentBytes, fullText: fullTextPlan(config.searchInStoreAbove) });
    // A server with knowledge already published answers from it at once: a large or slow new
    // file in data/ is read in the background, and the new generation is picked up when it is
    // whole (LiveKnowledge), instead of keeping the port shut until then.
    if (!shared && options.background && (await store.generation()) > 0) {
      const kb = await KnowledgeBase.load(store, log, { searchInStoreAbove: config.searchInStoreAbove });
      log.info({ generation: kb.generation, passages: kb.passageCount }, 'knowledge loaded; reading data/ for changes in the background');
      void readData().then(
        (summary) => log.info({ added: summary.added.length, changed: summary.changed.length, removed: summary.removed.length, skipped: summary.skipped.length }, 'background ingest finished'),
        (error: unknown) => log.error({ err: error }, 'background ingest failed; still answering from the last good generation'),
      );
      return { store, kb, summary: NOTHING_READ };
    }
    const summary = shared ? NOTHING_READ : await readData();
    const kb = await KnowledgeBase.load(store, log, { searchInStoreAbove: config.searchInStoreAbove });
    log.info(
      { generation: kb.generation, added: summary.added.length, changed: summary.changed.length, unchanged: summary.unchanged.length, skipped: summary.skipped.length, passages: kb.passageCount },
      'knowledge loaded',
    );
    return { store, kb, summary };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
